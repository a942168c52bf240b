// Golden cases end to end: a sentence that tells a shared fact with a figure only its article gives. The fact is
// corroborated; the sentence also stands as a single-source claim, since its figure rests on that one source.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const OTHER = 'Sael harbor pilots voted on Tuesday evening to end their strike at the Lorvik docks.';
const singles = (b: ReturnType<typeof briefTexts>) =>
  b.claims
    .filter((c) => c.status === 'single-source' && c.docs.length === 1 && /voted/.test(c.text))
    .map((c) => c.docs);
const corroborated = (b: ReturnType<typeof briefTexts>) =>
  b.claims.filter((c) => c.status === 'corroborated' && /voted/.test(c.text)).map((c) => c.docs);

describe('a figure only one source gives', () => {
  it('makes its sentence a single-source claim beside the corroborated fact', () => {
    const b = briefTexts([
      'The Sael harbor pilots voted 41-9 on Tuesday evening to end their strike at the Lorvik docks.',
      OTHER,
    ]);
    expect(corroborated(b)).toEqual([['a', 'b']]);
    expect(singles(b)).toEqual([['a']]);
    expect(b.claims.find((c) => c.status === 'single-source')?.figures).toEqual(['41', '9']);
  });

  it('must not match: the other source gives the same figure', () => {
    const b = briefTexts([
      'The Sael harbor pilots voted 41-9 on Tuesday evening to end their strike at the Lorvik docks.',
      'Sael harbor pilots voted 41-9 on Tuesday evening to end their strike at the Lorvik docks, a union official said.',
    ]);
    expect(singles(b)).toEqual([]);
  });

  it('must not match: a day of the month or a year is when, not a figure of its own', () => {
    const b = briefTexts([
      'The Sael harbor pilots voted on 10 March 2026 to end their strike at the Lorvik docks.',
      OTHER,
    ]);
    expect(singles(b)).toEqual([]);
  });
});
