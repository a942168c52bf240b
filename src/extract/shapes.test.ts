// Objects the stages pass around have one shape (the same keys in the same order, optional ones present as
// undefined): V8 then keeps one hidden class per kind, and the code reading them is compiled once, not again each
// time a new shape turns up mid-batch. JSON leaves undefined out, so the output is the same either way.
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context.ts';
import type { RawDocument } from '../model/document.ts';
import { cleanDoc, tryExtract } from '../pipeline.ts';

const ctx = makeContext({ now: new Date('2026-03-02T00:00:00Z') });
const raw = (id: string, body: string): RawDocument => ({
  id,
  source: `${id}.txt`,
  kind: 'text',
  body,
  meta: {},
});

const PLAIN = raw(
  'plain',
  'Officials said 12 people were hurt in the fire on Monday.\n\nBetween 20 and 30 homes were damaged, the mayor said, and 3.5 percent of the town lost power on March 1, 2026.',
);
const DATELINED = raw(
  'datelined',
  'LISBON (Harbour Wire) — About 40 workers walked out on Friday, the union said.\n\nThe vote was 61-38, and talks resume next Tuesday.',
);

function extracted(r: RawDocument) {
  const doc = cleanDoc(r, ctx).value!;
  return { doc, x: tryExtract(doc, ctx).value! };
}

describe('one shape per kind of object', () => {
  const a = extracted(PLAIN);
  const b = extracted(DATELINED);

  it('documents with and without a dateline or wire credit have the same keys in the same order', () => {
    expect(b.doc.dateline).toBeTruthy();
    expect(a.doc.dateline).toBeUndefined();
    expect(Object.keys(a.doc)).toEqual(Object.keys(b.doc));
  });

  it('every quantity has the same keys in the same order, ranges and tallies included', () => {
    const all = [...a.x.quantities, ...b.x.quantities];
    expect(all.some((q) => q.low !== undefined)).toBe(true);
    expect(all.some((q) => q.low === undefined)).toBe(true);
    for (const q of all) expect(Object.keys(q)).toEqual(Object.keys(all[0]!));
  });

  it('every date has the same keys in the same order, written and relative ones alike', () => {
    const all = [...a.x.dates, ...b.x.dates];
    expect(all.some((d) => d.written !== undefined)).toBe(true);
    expect(all.some((d) => d.offset !== undefined)).toBe(true);
    for (const d of all) expect(Object.keys(d)).toEqual(Object.keys(all[0]!));
  });

  it('JSON leaves the absent fields out, as when they were not set at all', () => {
    const json = JSON.parse(JSON.stringify(a.doc)) as Record<string, unknown>;
    expect('dateline' in json).toBe(false);
    expect('wire' in json).toBe(false);
  });
});
