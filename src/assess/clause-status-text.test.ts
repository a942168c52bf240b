// Golden cases, end to end from text: a clause one article adds to a contested sentence ("…and 9 arrested for
// throwing stones") is that article's own claim, not part of the dispute over the figure beside it; and the clauses
// of a shared sentence that hold no contested figure still tell their fact, corroborated or not.
import { describe, expect, it } from 'vitest';
import { briefTexts, claimStatus } from '../../test/support/brief-text.ts';

const lead = 'Riot police cleared the Dunmore harbour square on Friday night. ';
const story = (b: string) =>
  briefTexts([`${lead}Officers said 12 people were hurt in the clashes, 9 of them officers.`, `${lead}${b}`]);

describe('a clause beside a contested figure', () => {
  it('is the article’s own claim when it does not hold the figure', () => {
    const b = story('Officers said 18 people were hurt in the clashes and 9 arrested for throwing stones.');
    expect(b.disputes.some((d) => d.sides.some((s) => s.value === '18'))).toBe(true);
    expect(claimStatus(b, /^…?9 arrested/)).toEqual([['single-source', ['b']]]);
    expect(claimStatus(b, /12 people/)).toEqual([['disputed', ['a', 'b']]]);
  });
  it('must not match: a clause that holds the figure stays disputed', () => {
    const b = story(
      'Officers said 9 of their own were among the hurt, and 18 people were hurt in the clashes overall.',
    );
    expect(claimStatus(b, /18 people/).every(([s]) => s === 'disputed')).toBe(true);
  });
});

describe('a contested figure in a clause of a shared sentence', () => {
  const quake = (a: string, b: string) =>
    briefTexts([
      `A strong tremor shook the Velm valley before dawn on Monday, waking families and cutting power to two farms. ${a}`,
      `Residents of the Velm valley were woken by a tremor on Monday; the fire service said no calls came in. ${b}`,
    ]);
  it('leaves the clauses outside the dispute to tell their fact, and the clause with the figure disputed', () => {
    const b = quake(
      'The tremor struck 9 miles north of Orlen and had a focal depth of 3 miles.',
      'The quake struck 9 miles north of Orlen and had a focal depth of 5 miles, the survey said.',
    );
    expect(claimStatus(b, /^The tremor struck 9 miles/)).toEqual([['corroborated', ['a', 'b']]]);
    expect(claimStatus(b, /depth/)).toEqual([['disputed', ['a', 'b']]]);
  });
  it('must not match: a figure in every clause leaves nothing outside the dispute', () => {
    const b = quake(
      'The tremor struck 3 miles below Orlen and had a magnitude of 4.1.',
      'The quake struck 5 miles below Orlen and had a magnitude of 4.1, the survey said.',
    );
    expect(claimStatus(b, /struck/).every(([s]) => s === 'disputed')).toBe(true);
  });
});
