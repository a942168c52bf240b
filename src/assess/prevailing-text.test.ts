// Golden cases, end to end from text: a claim that states the figure most reports give stays corroborated, the
// dispute listed beside it; the claim on the lone figure, and claims on evenly split figures, are disputed.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const statusOf = (b: ReturnType<typeof briefTexts>, words: string) =>
  b.claims.filter((c) => c.text.includes(words)).map((c) => [c.status, c.docs]);

describe('a claim on the side of a dispute that most reports give', () => {
  const fled =
    'Residents fled their homes after a magnitude 5.2 earthquake shook Port Sael early on Sunday, officials said.';
  const reports = [
    'Quake hits coast.\n\nA magnitude 5.2 earthquake shook Port Sael early on Sunday. Fishermen said boats broke loose in the harbour.',
    `Residents flee.\n\n${fled}`,
    'Night tremor.\n\nMany residents fled their homes when a magnitude 5.2 earthquake shook Port Sael before dawn on Sunday. Schools will stay shut.',
    'Bridge closed.\n\nA magnitude 5.0 earthquake shook Port Sael early on Sunday. The mayor asked drivers to avoid the bridge.',
  ];

  it('stays corroborated when three reports give the figure and one another', () => {
    const b = briefTexts(reports);
    expect(b.disputes.map((d) => d.sides.map((s) => s.docs))).toEqual([[['d'], ['a', 'b', 'c']]]);
    expect(statusOf(b, 'Residents fled')).toEqual([['corroborated', ['b', 'c']]]);
  });

  it('must not match: two reports against one is no clear majority, so the claim is disputed', () => {
    const b = briefTexts(reports.slice(1));
    expect(b.disputes.map((d) => d.sides.map((s) => s.docs))).toEqual([[['c'], ['a', 'b']]]);
    expect(statusOf(b, 'Residents fled')).toEqual([['disputed', ['a', 'b']]]);
  });
});
