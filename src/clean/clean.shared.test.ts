// Cleaning the annotated story of ../shared: boilerplate dropped and kept as the annotation says.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markDuplicates } from './index.ts';
import { ctx, mustClean, raw } from './testkit.ts';

describe('the annotated story in ../shared', () => {
  const shared = fileURLToPath(new URL('../../../shared/', import.meta.url));
  const ann = JSON.parse(readFileSync(`${shared}eval/cartel-strikes.json`, 'utf8')) as {
    boilerplate: { must_drop: { doc: string; text: string }[]; must_keep: { doc: string; text: string }[] };
  };
  const dir = `${shared}corpus/cartel-strikes/`;
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      mustClean(raw({ id: f.replace(/\.txt$/, ''), source: f, body: readFileSync(dir + f, 'utf8') })),
    );
  const byId = new Map(docs.map((d) => [d.id, d]));

  it.each(ann.boilerplate.must_drop.map((b) => [b.doc, b.text]))('%s drops "%s"', (doc, text) => {
    expect(byId.get(doc)!.text.toLowerCase()).not.toContain(text.toLowerCase());
  });

  it.each(ann.boilerplate.must_keep.map((b) => [b.doc, b.text]))('%s keeps "%s"', (doc, text) => {
    expect(byId.get(doc)!.text).toContain(text);
  });

  it('invents no publication day and finds no duplicates among five different articles', () => {
    for (const d of docs)
      if (d.publishedBasis !== 'metadata') expect(d.published ?? '').not.toMatch(/^\d{4}-\d{2}-\d{2}/);
    const marked = markDuplicates(docs, ctx);
    expect(marked.value.flatMap((d) => d.flags)).toEqual([]);
  });
});
