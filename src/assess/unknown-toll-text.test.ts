// Golden cases, end to end from text: an article that says it knows of no injured (or dead) and also counts
// them contradicts itself; a denial of another toll, a count of something else or a speaker's denial does not.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';

const contradictions = (text: string) =>
  briefTexts([text, 'Flames engulfed a bank in Port Sael on Wednesday.'])
    .documents.find((d) => d.id === 'a')!
    .flags.filter((f) => f.kind === 'self-contradiction');

describe('a toll the article says it does not know and also gives', () => {
  it('flags "no word on injured" beside a count of people in hospital', () => {
    const flags = contradictions(
      'Flames engulfed a bank in Port Sael. Four people were taken to a hospital with burns. There is still no word on injured staff or arrests.',
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]!.evidence).toMatch(/no word on injured.*Four people were taken/);
  });
  it('flags "no one was killed" beside a count of the dead', () => {
    expect(
      contradictions(
        'Three people died in the bank fire in Port Sael on Wednesday. Officials stressed no one was killed.',
      ),
    ).toHaveLength(1);
  });
  it.each([
    // the denial is of another toll than the count
    'Flames engulfed a bank in Port Sael. No one was hurt. Four engines and 30 firefighters were sent.',
    'No one was killed in the fire in Port Sael, but two people were arrested on Wednesday.',
    // a speaker denies it, the article does not
    '“No one was hurt at all,” the mayor said of the blaze in Port Sael. Two people were treated in hospital later.',
  ])('must not match: %s', (text) => {
    expect(contradictions(text)).toEqual([]);
  });
  it('reads a 1 MB article of denials within the CPU budget', () => {
    const t0 = cpuNow();
    contradictions(`Flames engulfed a depot in Port Sael. ${'As yet no word on '.repeat(50_000)}injured.`);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
