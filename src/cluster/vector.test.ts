// The cached shape of a vector and the cosines read from it give, to the last bit, what walking the record gives.
import { describe, expect, it } from 'vitest';
import { NAME, NUMBER, TERM } from './features.ts';
import {
  addInto,
  cachedShape,
  type Family,
  familyCosines,
  familyNorms,
  familySizes,
  leadName,
  shapeOf,
  topKeys,
  type Vector,
  without,
  yearKeys,
} from './vector.ts';

/** A small deterministic generator, so that every run checks the same vectors. */
function generator(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
    return x / 2 ** 32;
  };
}

const PREFIXES = [NAME, TERM, NUMBER];

/** A vector of `n` keys from a shared pool (so that two vectors overlap), some of them years. */
function randomVector(next: () => number, n: number): Vector {
  const v: Vector = {};
  for (let i = 0; i < n; i++) {
    const prefix = PREFIXES[Math.floor(next() * PREFIXES.length)]!;
    const word =
      prefix === NUMBER && next() < 0.3
        ? String(1990 + Math.floor(next() * 40))
        : `w${Math.floor(next() * 80)}`;
    v[prefix + word] = next() * 3 - 0.2;
  }
  return v;
}

/** The cosines as the record walk computes them: the reference the cached arrays must match. */
function walkedCosines(a: Vector, b: Vector): Record<Family, number | null> {
  const dot: Record<string, number> = { [NAME]: 0, [TERM]: 0, [NUMBER]: 0 };
  for (const k in a) {
    const w = b[k];
    if (w === undefined) continue;
    const f = k.startsWith(NAME) ? NAME : k.startsWith(TERM) ? TERM : NUMBER;
    dot[f] = dot[f]! + a[k]! * w;
  }
  const na = familyNorms(a);
  const nb = familyNorms(b);
  const cos = (f: Family): number | null => (na[f] > 0 && nb[f] > 0 ? dot[f]! / (na[f] * nb[f]) : null);
  return { [NAME]: cos(NAME), [TERM]: cos(TERM), [NUMBER]: cos(NUMBER) } as Record<Family, number | null>;
}

describe('vector shapes', () => {
  it('one walk gives the norms, sizes, lead name and years of the separate walks', () => {
    const next = generator(7);
    for (let i = 0; i < 50; i++) {
      const v = randomVector(next, 1 + Math.floor(next() * 120));
      const s = shapeOf(v);
      expect(s.norms).toEqual(familyNorms(v));
      expect(s.sizes).toEqual(familySizes(v));
      expect(s.lead).toBe(leadName(v));
      expect(s.years).toEqual(yearKeys(v));
      expect(s.keys).toEqual(Object.keys(v));
    }
  });

  it('cosines read from the cached shape equal those of the record walk, bit for bit', () => {
    const next = generator(11);
    for (let i = 0; i < 50; i++) {
      const a = randomVector(next, 1 + Math.floor(next() * 90));
      const b = randomVector(next, 1 + Math.floor(next() * 250));
      expect(familyCosines(a, b, cachedShape(a), familyNorms(b))).toEqual(walkedCosines(a, b));
    }
  });

  it('a vector changed by addInto is measured again: shape and heaviest keys follow the change', () => {
    const v: Vector = { 'n:orlesk': 1, 't:ferry': 0.5, '#:12': 0.25 };
    expect(cachedShape(v).lead).toBe('n:orlesk');
    expect(topKeys(v, 1)).toEqual(['n:orlesk']);
    addInto(v, { 'n:kelmar': 4, 't:ferry': 1 });
    expect(cachedShape(v).lead).toBe('n:kelmar');
    expect(cachedShape(v).sizes[NAME]).toBe(2);
    expect(cachedShape(v).norms).toEqual(familyNorms(v));
    expect(topKeys(v, 1)).toEqual(['n:kelmar']);
    // asked for another count, the heaviest keys are sorted again, not the last answer handed back
    expect(topKeys(v, 2)).toEqual(['n:kelmar', 't:ferry']);
    expect(topKeys(v, 10)).toEqual(Object.keys(v));
  });

  it('a score without a member sees the weight taken out, then finds the vector as it was, bit for bit', () => {
    const v: Vector = { 'n:orlesk': 0.1, 't:ferry': 0.7, '#:12': 0.3 };
    const member: Vector = { 'n:orlesk': 0.1, 't:pier': 0.2 };
    const shape = cachedShape(v);
    const seen = without(v, member, () => ({ weights: { ...v }, lead: cachedShape(v).lead }));
    expect(seen.weights['n:orlesk']).toBe(0);
    expect(seen.weights['t:pier']).toBe(-0.2);
    expect(seen.lead).toBe(null);
    // 0.7 - 0.2 + 0.2 style round trips change last bits; the record is restored instead, keys in their order
    expect(Object.entries(v)).toEqual([
      ['n:orlesk', 0.1],
      ['t:ferry', 0.7],
      ['#:12', 0.3],
    ]);
    expect(cachedShape(v)).toBe(shape);
    // must not keep: a vector changed for good is measured again
    addInto(v, member);
    expect(cachedShape(v)).not.toBe(shape);
  });
});
