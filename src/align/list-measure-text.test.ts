// Golden cases, end to end from text: a count closing an item of a semicolon list takes the measure of the clause
// opening the list ("The blast injured A; B, a clerk; and two officers"), so it meets other sources' injured.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';
import type { QuantityMention } from '../model/mention.ts';
import { listMeasure } from './quantities.ts';

const groupsWith = (a: string, b: string, value: number) =>
  briefTexts([a, b])
    .quantities.filter((q) => q.values.some((v) => v.value === value))
    .map((q) => q.values.map((v) => v.doc));

const injured = 'Two officers were injured in the Orvell blast, the port authority said.';

describe('a count closing a semicolon list of victims', () => {
  it("takes the list verb's measure and joins another source's injured", () => {
    expect(
      groupsWith(
        injured,
        'The Orvell blast injured Ana Ruiz; Tomas Lenz, a clerk at the Kesten shipping office; and two officers, Ivo Brant and Ada Sol.',
        2,
      ),
    ).toEqual([['a', 'b']]);
  });
  it('must not match: a count after a semicolon that opens a clause of its own', () => {
    expect(
      groupsWith(
        injured,
        'The Orvell blast injured Ana Ruiz, shook windows in every shop along the Kesten waterfront and sent grey smoke over the old fish market for an hour; two officers reopened the gate.',
        2,
      ),
    ).toEqual([['a'], ['b']]);
  });
  it('reads a 1 MB sentence of semicolons within the CPU budget', () => {
    const text = `The blast injured ${'a; and '.repeat(150_000)}2 guards`;
    const at = text.lastIndexOf('2');
    const q = {
      span: { start: at, end: at + 1 },
      sentence: { start: 0, end: text.length },
    } as QuantityMention;
    const t = cpuNow();
    expect(listMeasure(q, text)).toBe('hurt');
    expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
