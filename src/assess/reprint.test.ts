// Independent statements of one fact: a long sentence reprinted word for word is one source; a short formula
// every reporter writes alike is not a reprint.
import { describe, expect, it } from 'vitest';
import { independentCount } from './claims.ts';

const noSources: Record<string, string> = {};

describe('independent statements', () => {
  it('count two outlets writing the same short sentence as two', () => {
    const items = [
      { doc: 'a', text: 'Nobody was hurt in the blaze.' },
      { doc: 'b', text: 'Nobody was hurt in the blaze.' },
    ];
    expect(independentCount(items, noSources)).toBe(2);
  });
  it('must not match: a long sentence reprinted word for word is one text, counted once', () => {
    const text =
      'The flood along the lower valley is the worst to strike the province since a run of storms battered its coast.';
    expect(
      independentCount(
        [
          { doc: 'a', text },
          { doc: 'b', text },
        ],
        noSources,
      ),
    ).toBe(1);
  });
  it('counts articles of one source once, however they are worded', () => {
    const items = [
      { doc: 'a', text: 'Nobody was hurt in the blaze.' },
      { doc: 'b', text: 'Nobody was hurt.' },
    ];
    expect(independentCount(items, { a: 'S1', b: 'S1' })).toBe(1);
  });
});
