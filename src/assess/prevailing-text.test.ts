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

describe('a claim group split by a dispute that one side prevails', () => {
  const reports = [
    'Velmor shaken.\n\nA strong earthquake woke residents across Velmor. The quake struck at 3:17 a.m. near Lorvik and had a depth of 1.6 miles, the survey said.',
    'Night quake.\n\nResidents of Velmor were woken by an earthquake. The earthquake hit at 3:17 a.m. close to Lorvik with a depth of 1.6 miles.',
    'Tremor felt.\n\nAn earthquake rattled homes in Velmor. Officials said the tremor came at 3:17 a.m. near Lorvik at a depth of 1.6 miles.',
    'Quake report.\n\nAn earthquake shook Velmor overnight. The quake struck at 3:17 a.m. near Lorvik and had a depth of 16 miles.',
  ];
  it('keeps the sentences on the prevailing side corroborated and the lone one disputed', () => {
    const b = briefTexts(reports);
    expect(statusOf(b, '3:17')).toEqual([
      ['corroborated', ['a', 'b', 'c']],
      ['disputed', ['d']],
    ]);
  });
  it('must not match: two against one prevails nowhere, and every telling of the depth is disputed', () => {
    const b = briefTexts([reports[0]!, reports[1]!, reports[3]!]);
    expect(statusOf(b, 'depth')).toEqual([['disputed', ['a', 'b', 'c']]]);
    // What the depth clauses are said with stands apart, from one source (c copies a), never corroborated.
    expect(statusOf(b, '3:17')).toEqual([['single-source', ['a', 'c']]]);
  });
});
