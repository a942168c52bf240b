import { describe, expect, it } from 'vitest';
import { wordValue } from './numbers.ts';
import { wordTable } from './table.ts';

describe('word tables', () => {
  it('find nothing for the names of Object.prototype members, as for any unlisted word', () => {
    const t = wordTable({ fire: 'fire' });
    for (const w of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'])
      expect(t[w], w).toBeUndefined();
    expect(t.fire).toBe('fire');
    expect(Object.isFrozen(t)).toBe(true);
  });

  it('must not match: "constructor" is no number word', () => {
    expect(wordValue('constructor')).toBeNull();
    expect(wordValue('toString')).toBeNull();
    expect(wordValue('seven')).toEqual({ value: 7, ordinal: false });
  });
});
