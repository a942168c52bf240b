// The real articles of ../shared: the annotated single-source claims are among the claims found, and the
// article's own predictions and reader questions are not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../context.ts';
import type { ClaimMention } from '../../model/mention.ts';
import { segment } from '../../segment/index.ts';
import { findEntities } from '../entities/index.ts';
import { makeDoc } from '../quotes/testkit.ts';
import { findClaims } from './index.ts';
import { keysOf } from './words.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../../../shared');
const ctx = makeContext({ now: new Date('2026-01-15T00:00:00Z') });

interface Ann {
  docs: string[];
  single_source: { claim: string; doc: string }[];
}

const ann = JSON.parse(readFileSync(path.join(shared, 'eval/cartel-strikes.json'), 'utf8')) as Ann;
const byDoc = new Map<string, { text: string; claims: ClaimMention[] }>();
for (const doc of ann.docs) {
  const text = readFileSync(path.join(shared, 'corpus/cartel-strikes', `${doc}.txt`), 'utf8');
  const seg = segment(makeDoc(text), ctx).value;
  byDoc.set(doc, { text, claims: findClaims(seg, findEntities(seg, ctx).value, ctx).value });
}

/** Share of the annotated claim's content words found in a found claim's words. */
function overlap(want: string, got: ClaimMention): number {
  const w = keysOf(want);
  const g = new Set(keysOf(got.text));
  return w.filter((x) => g.has(x)).length / Math.max(1, w.length);
}

describe('findClaims over the cartel-strikes articles', () => {
  it('finds the sentence of every annotated single-source claim', () => {
    const misses = ann.single_source.filter((a) => {
      const found = byDoc.get(a.doc)?.claims ?? [];
      return !found.some((c) => overlap(a.claim, c) >= 0.6);
    });
    expect(misses.map((m) => m.claim)).toEqual([]);
  });

  it('every span points at its text; no questions, no first-person predictions', () => {
    for (const { text, claims } of byDoc.values()) {
      for (const c of claims) {
        expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
        expect(c.text.trim().endsWith('?')).toBe(false);
        expect(c.text).not.toMatch(/^I predict/);
        expect(['opinion', 'advice', 'reader-engagement']).not.toContain(c.sectionKind);
      }
    }
  });

  it('an unnamed source speaking on background is attributed as such', () => {
    const all = [...byDoc.values()].flatMap((d) => d.claims);
    const bg = all.find((c) => c.text.includes('speaking on background'));
    expect(bg?.attribution).toBe('unnamed source');
  });
});
