import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../../test/support/cpu.ts';
import { detokeniser } from './detokenise.ts';

const fix = (doc: string): string => detokeniser(doc)(doc);

describe('tokenised text', () => {
  it('joins numbers, compounds and times a tokeniser split', () => {
    expect(
      fix('Some 170, 000 people marched. A high - profile raid took a $4.2 - million haul at 09 : 30.'),
    ).toBe('Some 170,000 people marched. A high-profile raid took a $4.2-million haul at 09:30.');
    expect(fix('It was twenty - six miles from the four - by - four.')).toBe(
      'It was twenty-six miles from the four-by-four.',
    );
  });
  it('keeps a dash between clauses apart', () => {
    expect(fix('The three bank workers - two women and a man - died. A high - profile raid.')).toBe(
      'The three bank workers - two women and a man - died. A high-profile raid.',
    );
  });
  it('joins a double-barrelled name even when it recurs far apart: a dash pair never spans sentences', () => {
    expect(
      fix('Envoy Ana Ruiz - Velmor spoke first. The plan holds, she said. Later Ruiz - Velmor left.'),
    ).toBe('Envoy Ana Ruiz-Velmor spoke first. The plan holds, she said. Later Ruiz-Velmor left.');
    // Must not match: a dash pair inside one sentence stays a parenthesis.
    expect(fix('Two crews - from Tarn and Velo - came. A twenty - page note.')).toBe(
      'Two crews - from Tarn and Velo - came. A twenty-page note.',
    );
  });
  it('leaves a document that writes the joined forms itself alone: its spaced forms are meant', () => {
    const dashes = 'The fire - which began at dawn - spread to a well-known shop.';
    expect(fix(dashes)).toBe(dashes);
    const list = 'On May 5, 200 people gathered; by June 1,000 had joined.';
    expect(fix(list)).toBe(list);
  });
  it('keeps a day of the month before a count apart', () => {
    expect(fix('On May 5, 200 people marched; 30, 000 more came later.')).toBe(
      'On May 5, 200 people marched; 30,000 more came later.',
    );
  });
  it('joins no lone spaced dash: one is too few to call a document tokenised', () => {
    const one = 'Rain fell - and then it stopped.';
    expect(fix(one)).toBe(one);
  });
  it('makes Treebank quotes plain, so a quote and its speaker are read', () => {
    expect(fix("``We will rebuild,'' Ana Roe said. \"It is done, '' she added.")).toBe(
      '"We will rebuild," Ana Roe said. "It is done," she added.',
    );
  });
  it('joins clitics a tokeniser split off, when the document joins none itself', () => {
    expect(fix("They do n't say if I 'd go, or if they 've left Ruiz 's house.")).toBe(
      "They don't say if I'd go, or if they've left Ruiz's house.",
    );
    // must not match: a document that writes its contractions joined means any spaced one
    const mixed = "I'm sure the 's' key and the word 'd' are meant.";
    expect(fix(mixed)).toBe(mixed);
  });
  it('reads a 1 MB line of quotes and clitics within the CPU budget', () => {
    const line = "a '' b `` c do n't d 's '' ".repeat(40_000);
    const t0 = cpuNow();
    fix(line);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });
  it('reads a 1 MB pathological line within the CPU budget', () => {
    const line = '1, 2 - a - , 000 : 1 '.repeat(50_000);
    const t0 = cpuNow();
    fix(line);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
