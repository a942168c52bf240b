// Golden cases: sentences that tell two facts, split into their clauses, each with a twin that is one fact.
import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../../test/support/cpu.ts';
import { makeContext } from '../../context.ts';
import { makeEntities, makeSeg } from '../quotes/testkit.ts';
import { findClaims } from './index.ts';

const ctx = makeContext({ now: new Date('2026-03-01T00:00:00Z') });
const DEFS = [
  { name: 'Lena Ortiz', aliases: ['Ortiz'] },
  { name: 'Hal Brenner', aliases: ['Brenner'] },
  { name: 'Dunmore', type: 'place' as const },
];

/** The clauses of the one claim the text makes, as text ([] when the sentence is one clause). */
function clauses(text: string): string[] {
  const [c, ...rest] = findClaims(makeSeg(text, []), makeEntities(text, DEFS), ctx).value;
  expect(c).toBeDefined();
  expect(rest).toEqual([]);
  return (c!.clauses ?? []).map((s) => text.slice(s.start, s.end));
}

describe('clauses of a claim', () => {
  it.each([
    [
      'Ortiz refused to speak to the Dunmore Herald on Monday, as did her lawyer Hal Brenner.',
      ['Ortiz refused to speak to the Dunmore Herald on Monday', 'as did her lawyer Hal Brenner'],
    ],
    [
      'Twelve of the 19 crew members were from Dunmore, but the Dunmore council rejects any part in the raid.',
      ['Twelve of the 19 crew members were from Dunmore', 'the Dunmore council rejects any part in the raid'],
    ],
    [
      'Brenner pleaded not guilty in Dunmore court on Friday and was held in jail until March.',
      ['Brenner pleaded not guilty in Dunmore court on Friday', 'was held in jail until March'],
    ],
    [
      'Ortiz signed the Dunmore levee order on Friday; the council approved 3 more pumps on Saturday.',
      ['Ortiz signed the Dunmore levee order on Friday', 'the council approved 3 more pumps on Saturday'],
    ],
    [
      'Dunmore police said 14 people were hurt in the clashes and 9 arrested for throwing stones.',
      ['Dunmore police said 14 people were hurt in the clashes', '9 arrested for throwing stones'],
    ],
  ])('splits "%s"', (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });

  it.each([
    // a list of names, not of clauses
    'Police arrested Ortiz, Brenner and 2 others in Dunmore on Friday.',
    // a second verb of one subject, with no auxiliary to mark it
    'The Dunmore memos were declassified on Thursday, and sent to the council that night.',
    // a contrast with no verb of its own
    'Brenner described the Dunmore raid on Friday not as a crime, but as an act of war.',
    // a count in a list of things, not a second fact
    'Police in Dunmore seized 4 rifles and 3 boxes of ammunition marked for export on Friday.',
    // a count of people described by a participle, still the object of the one verb
    'Police detained Ortiz and 3 armed men near the Dunmore depot on Friday.',
    // a semicolon inside a quote
    'Ortiz said on Friday in Dunmore that "we built 3 levees; the river won" after the flood.',
  ])('must not split "%s"', (text) => {
    expect(clauses(text)).toEqual([]);
  });

  it('splits a 200 KB sentence of clause openers within the CPU budget', () => {
    const text = `Ortiz signed the Dunmore order on Friday${', and the council met; but as did and 9 others'.repeat(5_000)} 3 times.`;
    const t0 = cpuNow();
    findClaims(makeSeg(text, []), makeEntities(text, DEFS), ctx);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
