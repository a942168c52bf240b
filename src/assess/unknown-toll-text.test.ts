// Golden cases, end to end from text: an article that says it knows of no injured (or dead) and also counts
// them contradicts itself; a denial of another toll, a count of something else or a speaker's denial does not.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';

const contradictions = (text: string) =>
  briefTexts([text, 'A fire broke out at a bank in Port Sael on Wednesday.'])
    .documents.find((d) => d.id === 'a')!
    .flags.filter((f) => f.kind === 'self-contradiction');

describe('a toll the article says it does not know and also gives', () => {
  it('flags "no information about injured" beside a count of people in hospital', () => {
    const flags = contradictions(
      'A fire broke out at a bank in Port Sael. Four people are treated in nearby hospitals. So far no information about injured people or arrests.',
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]!.evidence).toMatch(/no information about injured.*Four people are treated/);
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
    'A fire broke out at a bank in Port Sael. No one was hurt. Four engines and 30 firefighters were sent.',
    'No one was killed in the fire in Port Sael, but two people were arrested on Wednesday.',
    // a speaker denies it, the article does not
    '“No one was hurt,” the mayor said of the fire in Port Sael. Two people were treated in hospital later.',
  ])('must not match: %s', (text) => {
    expect(contradictions(text)).toEqual([]);
  });
  it('reads a 1 MB article of denials within the CPU budget', () => {
    const t0 = cpuNow();
    contradictions(`A fire broke out in Port Sael. ${'So far no information about '.repeat(35_000)}injured.`);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
