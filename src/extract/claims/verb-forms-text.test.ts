// Golden cases, end to end from text: what makes a sentence a claim beyond the listed fact verbs. Any verb in the
// progressive ("has been dealing with"), a state that ends its clause ("the blaze was out by noon"), and a stance
// ("disagreed") state facts; twins: an -ing judgement ("was stunning"), "out of" and "over the" before an object.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../../test/support/brief-text.ts';
import { cpuNow } from '../../../test/support/cpu.ts';

const claimed = (sentence: string): boolean => {
  const b = briefTexts([
    sentence,
    'The Lorvik council met on Monday to discuss the harbour budget for next year.',
  ]);
  return b.claims.some((c) => c.docs.includes('a'));
};

describe('verbs outside the fact list', () => {
  it('a progressive of any verb', () => {
    expect(claimed('Governor Ana Ruiz has been bargaining with the dock union through a go-between.')).toBe(
      true,
    );
    expect(claimed('Officials in Lorvik were quietly drafting a second budget, aides said.')).toBe(true);
  });
  it('must not match: an -ing judgement after "be"', () => {
    expect(claimed('The speech by Governor Ana Ruiz was stunning.')).toBe(false);
    expect(claimed('For the dock union in Lorvik the result is deeply worrying.')).toBe(false);
  });
  it('a state that ends its clause, or is followed by a time', () => {
    expect(
      claimed('By about noon the blaze at the Lorvik depot was largely out by then, the crews said.'),
    ).toBe(true);
    expect(claimed('The whole raid on the Lorvik jeweller was over within seconds.')).toBe(true);
  });
  it('must not match: "out of" and "over the" before an object', () => {
    expect(claimed('For the dock union in Lorvik the deal was out of reach.')).toBe(false);
    expect(claimed('For the dock union in Lorvik the bill was over the limit.')).toBe(false);
  });
  it('a stance', () => {
    expect(claimed('Senator Ana Ruiz, D-Lorvik, disagreed, posting that the report was a whitewash.')).toBe(
      true,
    );
  });
  it('stays linear on a long run of -ing words after "be"', () => {
    const text = `Ruiz was ${'still '.repeat(50_000)}bargaining.`;
    const t0 = cpuNow();
    briefTexts([text]);
    expect(cpuNow() - t0).toBeLessThan(5000);
  });
});

describe('a long sentence that names nothing', () => {
  it('is a claim when its verb reports a state', () => {
    expect(claimed('Once the van hit the window, the whole raid was over within a few seconds.')).toBe(true);
  });
  it('must not match: a long sentence with no fact verb and no state', () => {
    expect(claimed('Once the van hit the window, it was a terrible shock to all of the staff inside.')).toBe(
      false,
    );
  });
});
