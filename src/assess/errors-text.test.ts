// Golden cases, end to end from text: an article with several misspelt words is flagged 'errors', with the words;
// one or two words no dictionary has yet are no error.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';
import { misspellings } from '../lang/en/spelling.ts';

const flagsOf = (text: string) =>
  briefTexts([text, 'Fire in Port Sael.\n\nA fire broke out at a bank in Port Sael on Sunday, police said.'])
    .documents.find((d) => d.id === 'a')!
    .flags.filter((f) => f.kind === 'errors');

describe('misspelt words', () => {
  it('flags an article with three misspelt words, naming them', () => {
    const f = flagsOf(
      'Fire in Port Sael.\n\nClashes between demonstrators and goverment are definately near the bank in Port Sael. No one was hurt or recieved, officials said.',
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.evidence).toContain('"goverment", "definately", "recieved"');
  });

  it('must not match: two words newer than the dictionary', () => {
    const f = flagsOf(
      'Fire in Port Sael.\n\nThe cryptocurrency bank in Port Sael posted a livestream of the fire on Sunday, officials said.',
    );
    expect(f).toEqual([]);
  });

  it('reads a 1 MB line of letters and apostrophes within the CPU budget', () => {
    const line = "abcd'efgh ".repeat(100_000);
    const t = cpuNow();
    misspellings(line, 3);
    expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
