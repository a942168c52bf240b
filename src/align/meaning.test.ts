import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';
import { sameFact } from './claims.ts';
import { MeaningIndex, numbersIn, statementOf, type WeightedStatement, weigh } from './meaning.ts';

// A small story told by three outlets: the river flood. Its subject words (river, flood, town) are everywhere.
const story = [
  ['a', 'The river flooded the town of Amsel on Friday after a levee broke south of the port.'],
  ['a', 'Rescue boats took 300 people from rooftops, the regional emergency office said.'],
  ['a', 'The flood closed the only bridge into the town for the weekend.'],
  ['a', 'Mayor Ida Lenz asked the army for pumps and sandbags.'],
  ['b', 'A levee south of the port gave way on Friday and the river poured into Amsel.'],
  ['b', 'Emergency crews in boats lifted 300 people off rooftops, officials said.'],
  ['b', 'Farmers said the flood ruined the autumn harvest across the valley.'],
  ['c', 'The town hall in Amsel stayed dry because it stands on a hill above the river.'],
  ['c', 'Lenz said the town would need weeks to pump out the flood water.'],
  ['c', 'The river flood is the worst the town has seen since records began.'],
] as const;

const ws = weigh(story.map(([doc, text]) => statementOf(doc, text, [])));
const same = (i: number, j: number) => sameFact(ws[i]!, ws[j]!) > 0;

describe('statements aligned by meaning', () => {
  it('joins a paraphrase of one fact told in other words by another outlet', () => {
    expect(same(0, 4)).toBe(true); // the levee broke on Friday / the levee gave way on Friday
    expect(same(1, 5)).toBe(true); // boats took 300 people from rooftops / lifted 300 people off rooftops
  });
  it('keeps apart sentences that share only the story’s own subject words', () => {
    expect(same(2, 6)).toBe(false); // the flood closed the bridge / the flood ruined the harvest
    expect(same(2, 9)).toBe(false);
    expect(same(7, 9)).toBe(false);
    expect(same(3, 8)).toBe(false); // two things the mayor did
  });
  it('finds every paraphrase through the index of rarest terms, not by comparing all pairs', () => {
    const index = new MeaningIndex(ws.length);
    for (const [i, w] of ws.slice(0, 4).entries()) index.add(i, w);
    expect(index.candidates(ws[4]!)).toContain(0);
    expect(index.candidates(ws[5]!)).toContain(1);
  });
  it('finds a paraphrase whose sentences each carry many words no other sentence has', () => {
    // Words of one statement only can never be shared: indexing them would leave the shared ones unindexed.
    const long = weigh(
      [
        ...story,
        [
          'a',
          'Inspectors warn the levee repairs would cost millions, leave farms idle, strand trucks, shut mills, empty schools.',
        ],
        [
          'c',
          'The ministry argued that such levee repairs would cost millions, angering taxpayers, mayors and bankers alike.',
        ],
      ].map(([doc, text]) => statementOf(doc!, text!, [])),
    );
    const index = new MeaningIndex(long.length);
    for (const [i, w] of long.slice(0, -1).entries()) index.add(i, w);
    expect(index.candidates(long.at(-1)!)).toContain(long.length - 2);
  });
  it('does not take two sentences naming one official for one fact: the name is who, not what', () => {
    const named = (doc: string, text: string) => ({
      ...statementOf(doc, text, ['E9']),
      names: ['deputy', 'governor', 'rod', 'brennick'],
    });
    const w = weigh([
      ...story.map(([doc, text]) => statementOf(doc, text, [])),
      named('a', 'Deputy Governor Rod Brennick asked the ministry for an audit of the levee.'),
      named('b', 'Deputy Governor Rod Brennick toured the shelters with reporters.'),
      named('c', 'Rod Brennick, the deputy governor, wants the ministry to audit the levee.'),
    ]);
    const [audit, tour, auditAgain] = w.slice(-3) as [
      WeightedStatement,
      WeightedStatement,
      WeightedStatement,
    ];
    expect(sameFact(audit, tour)).toBe(0);
    expect(sameFact(audit, auditAgain)).toBeGreaterThan(0);
  });
  it('weighs a 1 MB pathological statement within the CPU budget', () => {
    const t0 = cpuNow();
    const big = weigh([
      statementOf('x', 'levee 12,000,000 '.repeat(60_000), []),
      statementOf('y', 'levee', []),
    ]);
    sameFact(big[0]!, big[1]!);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});

describe('clock times', () => {
  it('reads "4.30am" as the clock time "4:30", as it reads "4 : 30 a. m.", and a lone decimal as a number', () => {
    expect(numbersIn('The crew left at around 4.30am on Monday.')).toEqual(['4:30']);
    expect(numbersIn('The crew left near 4 : 30 a. m. that day.')).toEqual(['4:30']);
    expect(numbersIn('The fare rose 4.30 percent, at 11.05 p.m. on Monday.')).toEqual(['11:05', '4.30']);
  });
});
