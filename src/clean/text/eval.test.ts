// The hand annotation's boilerplate lists, over the real articles in ../shared (read, never copied).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanPlainText } from './index.ts';

const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const annotation = JSON.parse(readFileSync(`${shared}eval/cartel-strikes.json`, 'utf8')) as {
  boilerplate: { must_drop: { doc: string; text: string }[]; must_keep: { doc: string; text: string }[] };
};
const docText = (doc: string): string => {
  const path = `${shared}corpus/cartel-strikes/${doc}.txt`;
  expect(existsSync(path)).toBe(true);
  return cleanPlainText(readFileSync(path, 'utf8')).text;
};

describe('boilerplate of the annotated story', () => {
  it.each(annotation.boilerplate.must_drop.map((b) => [b.doc, b.text]))('%s drops "%s"', (doc, text) => {
    expect(docText(doc).toLowerCase()).not.toContain(text.toLowerCase());
  });
  it.each(annotation.boilerplate.must_keep.map((b) => [b.doc, b.text]))('%s keeps "%s"', (doc, text) => {
    expect(docText(doc)).toContain(text);
  });
});
