import { describe, expect, it } from 'vitest';
import { mapList } from './list.ts';

describe('mapList', () => {
  it('gives what Array.prototype.map gives, element and index passed, order kept', () => {
    const xs = ['a', 'bb', 'ccc'];
    expect(mapList(xs, (x, i) => `${i}:${x.length}`)).toEqual(xs.map((x, i) => `${i}:${x.length}`));
    expect(mapList([], (x: number) => x + 1)).toEqual([]);
  });

  it('returns a new array and leaves its input alone', () => {
    const xs = [{ n: 1 }, { n: 2 }];
    const out = mapList(xs, (x) => x.n * 10);
    expect(out).toEqual([10, 20]);
    expect(out).not.toBe(xs as unknown);
    expect(xs).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
