import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../../test/support/cpu.ts';
import { documentOf } from '../../../test/support/document.ts';
import { makeContext } from '../../context.ts';
import type { Document } from '../../model/document.ts';
import { contentHash, markDuplicates } from './index.ts';

const ctx = makeContext({ now: new Date('2032-01-01T00:00:00Z') });

const doc = (id: string, text: string): Document =>
  documentOf(text, { id, source: `${id}.txt`, contentHash: contentHash(text) });

const STORY = [
  'The harbour authority of Port Velmar closed the northern pier on Tuesday after a storm tore away part of its deck.',
  'Three cargo ships operated by the Kestrel Shipping Company were held at anchor outside the breakwater overnight.',
  'Harbour master Ilse Moravec said divers would inspect the pilings on Wednesday morning before any decision on reopening.',
  'Fishermen in the old basin said they had lost two days of work and asked the council for compensation.',
  'The council of Velmar will meet on Thursday to discuss the cost of the repairs, which engineers put at four million crowns.',
  'Ferry services to the island of Ostra continued from the southern terminal, with delays of up to an hour.',
].join('\n\n');

const OTHER = [
  'Storm damage in Port Velmar will cost the city at least four million crowns, engineers told the council on Thursday.',
  'The northern pier, closed since Tuesday, needs new pilings, according to a report by the firm Dunmore Marine.',
  'Council members argued over whether the harbour authority should have reinforced the pier after a survey last year.',
  'The Kestrel Shipping Company said its ships had been moved to the southern terminal and that cargo would be delayed.',
  'Fishermen protested outside the town hall, asking for compensation for the days they could not go to sea.',
  'The mayor, Henrik Solberg, promised a decision on the repairs within two weeks.',
].join('\n\n');

describe('markDuplicates', () => {
  it('flags an exact copy, ignoring case, quotes and spacing', () => {
    const copy = STORY.toUpperCase().replace(/\n\n/g, '\n');
    const r = markDuplicates([doc('a', STORY), doc('b', OTHER), doc('c', copy)], ctx);
    expect(r.value.map((d) => d.flags)).toEqual([
      [],
      [],
      [{ kind: 'duplicate-of', of: 'a', evidence: '100% of its text matches a (identical text)' }],
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(['clean.duplicate']);
  });

  it('flags a near copy with a few edits and says how much matches', () => {
    const edited = STORY.replace('on Tuesday', 'late on Tuesday')
      .replace('four million crowns', '4 million crowns')
      .concat('\n\nThis report was updated with the cost of repairs.');
    const r = markDuplicates([doc('a', STORY), doc('b', edited)], ctx);
    const flag = r.value[1]!.flags[0]!;
    expect(flag).toMatchObject({ kind: 'duplicate-of', of: 'a' });
    const pct = Number(/^(\d+)% of its text matches a$/.exec(flag.evidence)?.[1]);
    expect(pct).toBeGreaterThanOrEqual(80);
    expect(pct).toBeLessThan(100);
    expect(r.value[0]!.flags).toEqual([]);
  });

  it('does not match two different articles on the same story', () => {
    const r = markDuplicates([doc('a', STORY), doc('b', OTHER)], ctx);
    expect(r.value.every((d) => d.flags.length === 0)).toBe(true);
    expect(r.issues).toEqual([]);
  });

  it('points a copy of a copy at the first text and keeps order', () => {
    const r = markDuplicates([doc('a', STORY), doc('b', STORY), doc('c', `${STORY} `)], ctx);
    expect(r.value.map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(r.value.map((d) => d.flags[0]?.of ?? null)).toEqual([null, 'a', 'a']);
  });

  it('is deterministic and fast on a larger batch', () => {
    const docs = Array.from({ length: 200 }, (_, i) =>
      doc(`d${i}`, `${OTHER} Item ${i} of the batch, number ${i * 7}.`),
    );
    const t = cpuNow();
    const a = markDuplicates(docs, ctx);
    expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
    const b = markDuplicates(docs, ctx);
    expect(a.value.map((d) => d.flags)).toEqual(b.value.map((d) => d.flags));
    expect(a.value.filter((d) => d.flags.length).length).toBe(199);
  });
});

describe('which copy is the original', () => {
  it('is the one with the earlier stated date, whatever the input order', () => {
    const later = { ...doc('late', STORY), published: '2031-05-02', publishedBasis: 'metadata' as const };
    const earlier = { ...doc('early', STORY), published: '2031-05-01', publishedBasis: 'text' as const };
    const r = markDuplicates([later, earlier], ctx);
    expect(r.value.map((d) => d.id)).toEqual(['late', 'early']);
    expect(r.value[0]!.flags[0]).toMatchObject({ kind: 'duplicate-of', of: 'early' });
    expect(r.value[1]!.flags).toEqual([]);
  });

  it('ignores inferred dates and falls back to input order', () => {
    const a = { ...doc('a', STORY), published: '2031-05', publishedBasis: 'inferred' as const };
    const b = { ...doc('b', STORY), published: '2031-04', publishedBasis: 'inferred' as const };
    expect(markDuplicates([a, b], ctx).value[1]!.flags[0]).toMatchObject({ of: 'a' });
  });
});
