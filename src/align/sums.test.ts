// Golden cases, end to end from text: sums of money. One sum to the unit in two articles is one sum even when
// one gives it only as a conversion in brackets; two things valued at one sum stay two.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const briefOf = (...texts: string[]) => briefTexts(texts);
const groupsWith = (b: ReturnType<typeof briefOf>, value: number) =>
  b.quantities.filter((q) => q.values.some((v) => v.value === value)).map((q) => q.values.map((v) => v.doc));

describe('sums of money', () => {
  it('joins one sum written plainly and as a bracketed conversion', () => {
    const b = briefOf(
      'Four men rammed a van into the Velda store in Port Sael on Monday, making off with a €3 million ($4.2 million) booty.',
      'Thieves stole watches and rings valued at $4.2 million from the Velda store in Port Sael on Monday.',
    );
    // a's euro sum is that amount too: its conversion joins it.
    expect(groupsWith(b, 4_200_000)).toEqual([['a', 'a', 'b']]);
  });
  it('must not match: two things each valued at one sum', () => {
    const b = briefOf(
      'Thieves stole a necklace worth $4.1 million from a hotel in Lorvik in July.',
      'Four men stole $4.1 million worth of watches from the Velda store in Port Sael on Monday.',
    );
    expect(groupsWith(b, 4_100_000)).toEqual([['a'], ['b']]);
  });
  it('reads "worth of" as what a sum is the value of', () => {
    const b = briefOf('Four men stole $4.1 million worth of watches from the Velda store on Monday.');
    expect(b.quantities.find((q) => q.values.some((v) => v.value === 4_100_000))?.about).toBe('watches');
  });
  it('joins one sum told as a bailout in one article and as loans in another', () => {
    const b = briefOf(
      'Lenders agreed a $9 billion bailout for Orvania on Sunday after weeks of talks in Kesten.',
      'Orvania will get $9 billion in loans by 2031, the finance ministry in Kesten said.',
    );
    expect(groupsWith(b, 9_000_000_000)).toEqual([['a', 'b']]);
  });
  it('must not match: one sum told as a bailout in one article and as exports in another', () => {
    const b = briefOf(
      'Lenders agreed a $9 billion bailout for Orvania on Sunday after weeks of talks in Kesten.',
      'Orvania sold $9 billion in fish exports last year, the finance ministry in Kesten said.',
    );
    expect(groupsWith(b, 9_000_000_000)).toEqual([['a'], ['b']]);
  });
});
