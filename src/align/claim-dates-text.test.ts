// Golden cases, end to end from text: a date both sources give is one more thing they say alike, however each
// writes it; other dates, or a date and a name alone, never make two sentences one fact.
import { describe, expect, it } from 'vitest';
import { briefTexts, claimStatus } from '../../test/support/brief-text.ts';

// Each article tells the story's background in its own words: the story's common words are everywhere.
const before =
  'Governor Ana Ruiz has fought the harbour tax bill for months, and the dock union marched again. ';
const after = 'The harbour tax bill passed the assembly last year; Ruiz and the union have not met since. ';
const story = (a: string, b: string) => briefTexts([`${before}${a}`, `${b} ${after}`], '2026-03-07');

describe('claims giving one date', () => {
  it('corroborates one planned meeting dated alike and worded apart', () => {
    const b = story(
      'Ruiz will hold talks with the dock union at a summit in September or early October, her office said on Monday.',
      'Ruiz is also expected to sit down with the union in September or early October.',
    );
    expect(claimStatus(b, /October/)).toEqual([['corroborated', ['a', 'b']]]);
  });
  it('must not match: the same talks in other months', () => {
    const b = story(
      'The dock union will sit down with Ruiz for a summit in late August or early September, its leaders said.',
      'Ruiz and the union leaders should hold their talks in September or early October.',
    );
    expect(claimStatus(b, /September/).every(([s]) => s !== 'corroborated')).toBe(true);
  });
  it('must not match: two things said at one time of one day', () => {
    const b = story(
      'The union vote on Saturday morning local time may be a ploy to win a bigger pay rise, analysts said.',
      'Ruiz told state radio on Saturday morning local time that the harbour would reopen within weeks.',
    );
    expect(claimStatus(b, /Saturday/).every(([s]) => s !== 'corroborated')).toBe(true);
  });
  it('must not match: two things said to be shortly after something in one month', () => {
    const b = story(
      'A union letter from late March, shortly after the inauguration, also asked Ruiz for more pumps.',
      'Ruiz said the timing suggested the leak came shortly after the levee report was released in early March, just before the inauguration.',
    );
    expect(claimStatus(b, /March/).every(([s]) => s !== 'corroborated')).toBe(true);
  });
  it('must not match: two things said on one day', () => {
    const b = story(
      'On Thursday the union said the strike fund would last until May, its treasurer told members.',
      'The port authority said on Thursday it would open a new container berth in May.',
    );
    expect(claimStatus(b, /May/).every(([s]) => s !== 'corroborated')).toBe(true);
  });
  it('must not match: one person on the same dates, nothing else alike', () => {
    const b = story(
      'Ruiz toured the flooded dockyards on March 3 and March 5, meeting families there.',
      'On March 3 and March 5, Ruiz vetoed two pay deals the assembly had sent her.',
    );
    expect(claimStatus(b, /March 3/).every(([s]) => s !== 'corroborated')).toBe(true);
  });
});
