import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../../test/support/cpu.ts';
import { tokenize } from './tokens.ts';

const words = (s: string, from = 0, to = s.length): string[] => tokenize(s, from, to).map((t) => t.word);

describe('tokenize', () => {
  it('splits at every kind of white space and drops brackets', () => {
    expect(words('Ana\u00a0Ruiz\u2009said (quietly)\u3000[then]\ufeffleft')).toEqual([
      'Ana',
      'Ruiz',
      'said',
      'quietly',
      'then',
      'left',
    ]);
  });

  it('keeps commas, colons, semicolons and dashes as tokens of their own', () => {
    const toks = tokenize('Ruiz, the mayor: yes; no – maybe—later', 0, 38);
    expect(toks.filter((t) => t.punct).map((t) => t.word)).toEqual([',', ':', ';', '–', '—']);
  });

  it('does not split at characters that only look like space', () => {
    expect(words('co\u200bop x\u180ey')).toEqual(['co\u200bop', 'x\u180ey']);
  });

  it('keeps offsets into the text it was given a stretch of', () => {
    const text = 'Before. “Port Sael’s mayor,” she said.';
    const toks = tokenize(text, 8, text.length);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(toks[0]).toMatchObject({ word: 'Port', start: 9 });
    expect(toks.find((t) => t.word === 'Sael’s')).toMatchObject({ lower: 'sael', possessive: true });
  });

  it('tokenizes a 1 MB line quickly', () => {
    const line = 'word, (x) [y] — z '.repeat(60_000);
    const t = cpuNow();
    expect(tokenize(line, 0, line.length).length).toBeGreaterThan(100_000);
    expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
