// Golden cases, end to end from text: a count in a sentence that opens on a past period written with its year is
// background, never set against the day's count; the same counts told as news are compared.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const story = (second: string) =>
  briefTexts(
    [
      'Four men rammed a van into the Velda jewellery shop in Port Sael on Monday and fled with watches.',
      second,
    ],
    '2026-03-09',
  );

describe('background counts', () => {
  it('does not set a count of a past period against the news', () => {
    const b = story(
      'In December 2019, three men rammed a van into the Velda jewellery shop in Port Sael and fled with watches.',
    );
    expect(b.disputes.filter((d) => d.kind === 'number')).toEqual([]);
  });
  it('must not match: the same counts told as news are a dispute', () => {
    const b = story(
      'Three men rammed a van into the Velda jewellery shop in Port Sael on Monday and fled with watches.',
    );
    expect(b.disputes.filter((d) => d.kind === 'number').map((d) => d.sides.map((s) => s.value))).toEqual([
      ['Three', 'Four'],
    ]);
  });
});
