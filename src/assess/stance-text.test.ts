// Golden cases, end to end from text: a news article that passes its own verdict ("is a clear climbdown", "the
// strange thing is") carries opinion; the same words quoted or reported from a speaker do not make it so.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';
import { STANCE } from '../lang/en/stance.ts';

const lead = 'The Velmor council agreed on Tuesday to keep the Lorvik ferry running for another year. ';
const opinionOf = (text: string) =>
  briefTexts([lead + text])
    .documents[0]!.flags.filter((f) => f.kind === 'opinion')
    .map((f) => f.evidence);

describe("the writer's own verdict", () => {
  it.each([
    'The decision comes after months of protests and is a clear climbdown by the mayor, whose budget had cut the route.',
    'The odd thing is that the ferry was never losing money.',
    'Needless to say, the council blinked first.',
  ])('flags opinion: %s', (text) => {
    expect(opinionOf(text)).toEqual([text]);
  });

  it.each([
    'Opposition members said the decision was a clear climbdown by the mayor.',
    '“It is a clear climbdown,” an opposition member told reporters.',
    'The decision is a clear climbdown by the mayor, the opposition leader said.',
    'The decision comes after months of protests and was a defeat for the mayor.',
    'The strange noise was traced to a loose panel on the ferry.',
  ])('must not match: %s', (text) => {
    expect(opinionOf(text)).toEqual([]);
  });

  it('leaves the facts of a sentence with a verdict as news: its claim is no opinion', () => {
    const b = briefTexts([
      `${lead}The vote came on the 40th day of the sit-in and is a clear climbdown by the mayor.`,
    ]);
    expect(b.claims.find((c) => /40th day/.test(c.text))?.status).toBe('single-source');
  });

  it('reads 1 MB of near-verdicts within the CPU budget for pathological input', () => {
    const line = 'the strange thing was a clear the odd is a clear climb make no '.repeat(16_000);
    const t0 = cpuNow();
    STANCE.test(line);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
