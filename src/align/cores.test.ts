// Golden cases, end to end from text: two sources telling one outcome (who did what) in different words are
// corroboration, even when every word is the story's own; another object or the opposite polarity is not.
import { describe, expect, it } from 'vitest';
import { briefTexts, claimStatus } from '../../test/support/brief-text.ts';

// Each article tells the story's background in its own words: the story's common words are everywhere.
const before =
  'Governor Ana Ruiz has fought the harbour tax bill for months, and harbour workers marched again. ';
const after = 'The harbour tax bill passed the assembly in May; Ruiz and the workers met twice since. ';
const story = (a: string, b: string) => briefTexts([`${before}${a}`, `${b} ${after}`], '2026-03-07');

describe('claims with one core', () => {
  it('corroborates one actor and outcome told in other words', () => {
    const b = story(
      'Ruiz vetoed the measure on Friday, telling lawmakers it would hurt the port.',
      'Ruiz vetoed the bill on Friday and issued a lengthy statement with it.',
    );
    expect(claimStatus(b, /vetoed/)).toEqual([['corroborated', ['a', 'b']]]);
  });
  it('must not match: the opposite polarity', () => {
    const b = story(
      'Ruiz vetoed the measure on Friday, telling lawmakers it would hurt the port.',
      'Ruiz did not veto the bill on Friday and issued a lengthy statement instead.',
    );
    expect(claimStatus(b, /veto/).every(([s]) => s !== 'corroborated')).toBe(true);
  });
  it('must not match: the same verb with another object', () => {
    const b = story(
      'Ruiz vetoed the school budget on Friday, telling lawmakers it was too costly.',
      'Ruiz vetoed the fishing quota on Friday and issued a lengthy statement with it.',
    );
    expect(claimStatus(b, /vetoed/).every(([s]) => s !== 'corroborated')).toBe(true);
  });
});

describe('claims giving one clock time', () => {
  const quake = (a: string, b: string) =>
    briefTexts(
      [
        `A strong earthquake shook the Velmor valley early on Thursday. ${a}`,
        `Residents of the Velmor valley were woken by an earthquake on Thursday. ${b}`,
      ],
      '2026-03-07',
    );
  it('corroborates one moment told with different details', () => {
    const b = quake(
      'The temblor struck at 3:17 a.m. and was centred near Port Sael, officials said.',
      'The quake occurred at 3:17 a.m., about 9 miles north of Lorvik.',
    );
    // ...and the distance only b gives rests on b alone (align/residual).
    expect(claimStatus(b, /3:17/)).toEqual([
      ['corroborated', ['a', 'b']],
      ['single-source', ['b']],
    ]);
    expect(b.claims.find((c) => c.status === 'single-source' && /3:17/.test(c.text))?.figures).toEqual(['9']);
  });
  it('must not match: two clock times, or none, with the same details', () => {
    const b = quake(
      'The temblor struck at 3:17 a.m. and was centred near Port Sael, according to the survey.',
      'The aftershock came at 4:15 a.m. and was centred near Port Sael, the survey said.',
    );
    expect(claimStatus(b, /3:17|4:15/).every(([s]) => s !== 'corroborated')).toBe(true);
  });
});
