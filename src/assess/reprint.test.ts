// Independent statements of one fact: a long sentence reprinted word for word is one source; a short formula
// every reporter writes alike is not a reprint.
import { describe, expect, it } from 'vitest';
import { independentCount } from './claims.ts';

const noSources: Record<string, string> = {};

describe('independent statements', () => {
  it('count two outlets writing the same short sentence as two', () => {
    const items = [
      { doc: 'a', text: 'No one was injured in the fire.' },
      { doc: 'b', text: 'No one was injured in the fire.' },
    ];
    expect(independentCount(items, noSources)).toBe(2);
  });
  it('must not match: a long sentence reprinted word for word is one text, counted once', () => {
    const text =
      'The heist near the upscale square is the latest to hit the country after a spate of robberies in the south.';
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
      { doc: 'a', text: 'No one was injured in the fire.' },
      { doc: 'b', text: 'Nobody was hurt.' },
    ];
    expect(independentCount(items, { a: 'S1', b: 'S1' })).toBe(1);
  });
});
