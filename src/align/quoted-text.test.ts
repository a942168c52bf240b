// Golden cases, end to end from text: one quote printed by several outlets is one statement, so the claims that
// carry it corroborate each other, and a quote no claim carries becomes the claim that its speaker said it. Twins:
// two speakers given one quote, and a short phrase in quotes, join nothing.
import { describe, expect, it } from 'vitest';
import { briefTexts, claimStatus } from '../../test/support/brief-text.ts';

const lead = [
  'Senator Ana Ruiz attacked the harbour tax on Tuesday as the assembly prepared to vote.',
  'The harbour tax bill reached the assembly floor on Tuesday amid protests from the dock union.',
];

describe('claims that carry one quote', () => {
  it('a claim quoting part of what another outlet prints whole is corroborated by it', () => {
    const b = briefTexts([
      `${lead[0]} Ruiz wrote that if the governor "will not protect the dock workers from ruin," the vote "must not go ahead."`,
      `${lead[1]} "If the governor will not protect the dock workers from ruin, the vote must not go ahead." Ruiz said in a statement.`,
    ]);
    expect(claimStatus(b, /dock workers from ruin/)).toEqual([['corroborated', ['a', 'b']]]);
  });
  it('a quote two outlets print and no claim carries is the claim that its speaker said it', () => {
    const b = briefTexts([
      `${lead[0]} "The harbour cannot carry another tax this winter," Ruiz told reporters.`,
      `${lead[1]} Ruiz spoke outside the chamber. "The harbour cannot carry another tax this winter," she said.`,
    ]);
    const said = b.claims.filter((c) => /another tax this winter/.test(c.text));
    expect(said.map((c) => [c.status, c.docs])).toEqual([['corroborated', ['a', 'b']]]);
    expect(said[0]!.evidence.map((e) => e.doc)).toEqual(['a', 'b']);
  });
  it('must not match: one quote given to two speakers', () => {
    const b = briefTexts([
      `${lead[0]} "The harbour cannot carry another tax this winter," Ruiz told reporters.`,
      `${lead[1]} "The harbour cannot carry another tax this winter," union leader Leo Osei told reporters.`,
    ]);
    expect(claimStatus(b, /another tax this winter/).some(([s]) => s === 'corroborated')).toBe(false);
  });
  it('must not match: a short phrase in quotes', () => {
    const b = briefTexts([
      `${lead[0]} Ruiz called the tax "a disgrace" on Tuesday.`,
      `${lead[1]} Union leaders called the vote "a disgrace" as they marched.`,
    ]);
    expect(claimStatus(b, /disgrace/).some(([s]) => s === 'corroborated')).toBe(false);
  });
});
