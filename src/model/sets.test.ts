import { describe, expect, it } from 'vitest';
import { DisjointSets } from './sets.ts';

describe('DisjointSets', () => {
  it('names each set by its smallest member, whatever the order of unions', () => {
    const s = new DisjointSets(6);
    expect(s.union(4, 2)).toBe(2);
    expect(s.union(5, 4)).toBe(2);
    expect(s.union(1, 0)).toBe(0);
    expect([0, 1, 2, 3, 4, 5].map((i) => s.find(i))).toEqual([0, 0, 2, 3, 2, 2]);
  });
  it('walks a long chain without recursion', () => {
    const n = 200_000;
    const s = new DisjointSets(n);
    for (let i = n - 1; i > 0; i--) s.union(i, i - 1);
    expect(s.find(n - 1)).toBe(0);
  });
});
