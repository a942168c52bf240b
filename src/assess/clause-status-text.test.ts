// Golden cases, end to end from text: a clause one article adds to a contested sentence ("…and 9 arrested for
// throwing stones") is that article's own claim, not part of the dispute over the figure beside it.
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
