// Golden cases, end to end from text: a headline giving a figure its own text gives otherwise is a
// self-contradiction; a rounded headline, a qualified one, or one counting something else is not.
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../test/support/brief-text.ts';
import { brief } from '../api/run.ts';

/** The article's text opens with its headline, as the title says (the first line of `text`). */
const slipsOf = (text: string) => {
  const title = text.split('\n')[0]!;
  const other = {
    id: 'b',
    title: 'Port Sael raid',
    text: 'Port Sael raid\n\nThieves robbed a jeweller on Monday.',
  };
  const b = brief(
    [
      { id: 'a', title, published: '2026-03-09', text },
      { ...other, published: '2026-03-09' },
    ],
    {
      now: TEST_NOW,
    },
  ).briefing;
  return b.documents.find((d) => d.id === 'a')!.flags.filter((f) => f.kind === 'self-contradiction');
};

const body =
  'Thieves rammed a car into a jeweller in Port Sael on Monday and made off with a $4.2 million haul.';

describe('a headline figure its own text contradicts', () => {
  it('flags "$4.1 million" over a text saying "$4.2 million"', () => {
    const f = slipsOf(`Thieves nab $4.1 million in Port Sael raid.\n\n${body}`);
    expect(f.map((x) => x.evidence)).toEqual(['the headline gives "$4.1 million", the text "$4.2 million"']);
  });

  it('must not match: a headline rounding the figure, or qualifying it', () => {
    expect(slipsOf(`Thieves nab $4 million in Port Sael raid.\n\n${body}`)).toEqual([]);
    expect(slipsOf(`Thieves nab nearly $4.1 million in Port Sael raid.\n\n${body}`)).toEqual([]);
  });

  it('must not match: a headline figure the text also gives, beside another', () => {
    const text = `Thieves take $4.1 million necklace in Port Sael.\n\nA $4.1 million necklace was among the loot. ${body}`;
    expect(slipsOf(text)).toEqual([]);
  });
});

describe('a headline figure other sources and its own text give otherwise', () => {
  const disputesOf = (otherText: string) =>
    brief(
      [
        {
          id: 'a',
          title: 'Thieves nab $4.1 million in Port Sael raid.',
          published: '2026-03-09',
          text: `Thieves nab $4.1 million in Port Sael raid.\n\n${body}`,
        },
        { id: 'b', title: 'Port Sael raid', published: '2026-03-09', text: `Port Sael raid\n\n${otherText}` },
      ],
      { now: TEST_NOW },
    ).briefing.disputes;

  it('is a dispute: the headline alone on one side, its text and the other source on the other', () => {
    const d = disputesOf('Robbers made off with a $4.2 million haul from a Port Sael jeweller on Monday.');
    expect(d.map((x) => x.sides.map((s) => [s.value, s.docs]))).toEqual([
      [
        ['$4.1 million', ['a']],
        ['$4.2 million', ['a', 'b']],
      ],
    ]);
    expect(d[0]!.note).toMatch(/only the headline of a/);
  });

  it('must not match: no other source gives the text’s figure (a self-contradiction, flagged only)', () => {
    expect(disputesOf('Robbers struck a Port Sael jeweller on Monday.')).toEqual([]);
  });
});
