// Golden end-to-end cases: small invented stories run through the whole pipeline, checked against what must
// and must not appear in the briefing (disputes by kind and side, flags, merged entities, sources, claims).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/context.ts';
import type { Briefing } from '../../src/model/briefing.ts';
import type { RawDocument } from '../../src/model/document.ts';
import { briefStory, cleanAll, ingestInput } from '../../src/pipeline.ts';

interface Expected {
  disputes?: { kind: string; sides: { value: string; doc: string }[]; note?: string }[];
  no_disputes?: string[];
  flags?: { doc: string; kind: string }[];
  no_flags?: { doc: string; kind: string }[];
  entities?: { forms: string[] }[];
  separate?: string[][];
  claims?: { doc: string; contains: string; status: string }[];
  sources_together?: string[][];
  sources_apart?: string[][];
  timeline?: { date: string; docs: string[] }[];
  /** No timeline entry of this date (prefix) may cite this doc. */
  no_timeline?: { date: string; doc: string }[];
  /** Values (doc and number) that must stand in one quantity group, and whether that group agrees. */
  quantities?: { values: { doc: string; value: number }[]; agree: boolean }[];
  /** Values that must not stand in one quantity group. */
  quantities_apart?: { doc: string; value: number }[][];
}

const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
const ctx = makeContext({ now: new Date('2025-07-01T00:00:00Z') });

function run(dir: string): Briefing {
  const raws: RawDocument[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const file = path.join(dir, name);
    raws.push(
      ...ingestInput(
        { name: file, bytes: new Uint8Array(readFileSync(file)), contentType: 'text/plain' },
        ctx,
      ).value.docs,
    );
  }
  return briefStory(cleanAll(raws, ctx).value, { id: path.basename(dir), title: path.basename(dir) }, ctx)
    .value;
}

const lower = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function sideFits(
  b: Briefing['disputes'][number]['sides'][number],
  want: { value: string; doc: string },
): boolean {
  const text = lower(`${b.value} ${b.evidence.map((e) => e.text).join(' ')}`);
  return b.docs.includes(want.doc) && text.includes(lower(want.value));
}

function formsOf(e: Briefing['entities'][number]): string[] {
  return [e.name, ...e.aliases];
}

for (const name of readdirSync(casesDir).sort()) {
  const exp = JSON.parse(readFileSync(path.join(casesDir, name, 'expected.json'), 'utf8')) as Expected;
  describe(`golden case ${name}`, () => {
    const b = run(path.join(casesDir, name));
    for (const want of exp.disputes ?? [])
      it(`reports the ${want.kind} dispute`, () => {
        const hit = b.disputes.find(
          (d) => d.kind === want.kind && want.sides.every((w) => d.sides.some((s) => sideFits(s, w))),
        );
        expect(hit, JSON.stringify(b.disputes, null, 1)).toBeDefined();
        if (want.note) expect(hit!.note ?? '').toContain(want.note);
      });
    for (const kind of exp.no_disputes ?? [])
      it(`reports no ${kind} dispute`, () => {
        expect(b.disputes.filter((d) => d.kind === kind)).toEqual([]);
      });
    for (const f of exp.flags ?? [])
      it(`flags ${f.doc} ${f.kind}`, () => {
        const doc = b.documents.find((d) => d.id === f.doc)!;
        expect(doc.flags.map((x) => x.kind)).toContain(f.kind);
      });
    for (const f of exp.no_flags ?? [])
      it(`does not flag ${f.doc} ${f.kind}`, () => {
        const doc = b.documents.find((d) => d.id === f.doc)!;
        expect(doc.flags.map((x) => x.kind)).not.toContain(f.kind);
      });
    for (const e of exp.entities ?? [])
      it(`merges ${e.forms.join(' / ')}`, () => {
        const hit = b.entities.find((x) => e.forms.every((f) => formsOf(x).includes(f)));
        expect(hit, JSON.stringify(b.entities.map(formsOf))).toBeDefined();
      });
    for (const [x, y] of exp.separate ?? [])
      it(`keeps ${x} and ${y} apart`, () => {
        expect(b.entities.some((e) => formsOf(e).includes(x!) && formsOf(e).includes(y!))).toBe(false);
        expect(b.entities.some((e) => formsOf(e).includes(y!))).toBe(true);
      });
    for (const c of exp.claims ?? [])
      it(`gives "${c.contains}" the status ${c.status}`, () => {
        const hit = b.claims.find((x) => x.docs.includes(c.doc) && x.text.includes(c.contains));
        expect(hit?.status).toBe(c.status);
      });
    for (const t of exp.timeline ?? [])
      it(`dates an event ${t.date} in ${t.docs.join(', ')}`, () => {
        const hit = b.timeline.find(
          (x) => x.date.startsWith(t.date) && t.docs.every((d) => x.docs.includes(d)),
        );
        expect(hit, JSON.stringify(b.timeline)).toBeDefined();
      });
    for (const t of exp.no_timeline ?? [])
      it(`does not date ${t.doc} to ${t.date}`, () => {
        expect(b.timeline.filter((x) => x.date.startsWith(t.date) && x.docs.includes(t.doc))).toEqual([]);
      });
    const holds = (g: Briefing['quantities'][number], v: { doc: string; value: number }) =>
      g.values.some((x) => x.doc === v.doc && x.value === v.value);
    for (const q of exp.quantities ?? [])
      it(`groups ${q.values.map((v) => `${v.doc}:${v.value}`).join(', ')} (agree ${q.agree})`, () => {
        const hit = b.quantities.find((g) => q.values.every((v) => holds(g, v)));
        expect(
          hit,
          JSON.stringify(b.quantities.map((g) => g.values.map((v) => `${v.doc}:${v.value}`))),
        ).toBeDefined();
        expect(hit!.agree).toBe(q.agree);
      });
    for (const vs of exp.quantities_apart ?? [])
      it(`keeps ${vs.map((v) => `${v.doc}:${v.value}`).join(' and ')} in different groups`, () => {
        expect(b.quantities.some((g) => vs.every((v) => holds(g, v)))).toBe(false);
        for (const v of vs) expect(b.quantities.some((g) => holds(g, v))).toBe(true);
      });
    for (const group of exp.sources_together ?? [])
      it(`counts ${group.join(', ')} as one source`, () => {
        expect(b.sources?.some((s) => group.every((d) => s.docs.includes(d)))).toBe(true);
      });
    for (const group of exp.sources_apart ?? [])
      it(`counts ${group.join(', ')} as independent`, () => {
        expect(b.sources?.some((s) => group.every((d) => s.docs.includes(d)))).toBe(false);
      });
  });
}
