// Golden cases, end to end from text: "no one was hurt" is one fact however it is spelt ("no-one", "No - one",
// "nobody") and whichever casualty verb it takes, with or without a place or an occasion after the verb; a short
// sentence of what happened to a thing is a claim. Twins: a count of the hurt is no denial, and two denials of
// different harm are two facts. A copula before a state ("is ongoing", "remain missing") states a fact too.
import { describe, expect, it } from 'vitest';
import { briefTexts, claimStatus } from '../../test/support/brief-text.ts';
import { cpuNow } from '../../test/support/cpu.ts';

const opening = (outlet: number) =>
  [
    'Flames tore through the Lorvik grain depot in the harbour district early on Sunday.',
    'Crews fought a blaze at the Lorvik grain depot overnight into Sunday.',
  ][outlet];

const story = (a: string, b: string) =>
  briefTexts([`${opening(0)} ${a}`, `${opening(1)} ${b}`], '2026-03-09');

describe('denials of harm across outlets', () => {
  it('corroborates "no-one was injured" and "nobody was hurt", each with its own occasion', () => {
    const b = story(
      'No-one was injured as the grain depot burned.',
      'Nobody was hurt during the night, the depot manager said.',
    );
    expect(claimStatus(b, /injured|hurt/)).toEqual([['corroborated', ['a', 'b']]]);
  });
  it('reads a tokenised "No - one" as the same denial', () => {
    const b = story(
      'No - one was injured as the silos burned.',
      'A spokesman for the owners confirmed nobody was hurt at the depot.',
    );
    expect(claimStatus(b, /injured|hurt/)).toEqual([['corroborated', ['a', 'b']]]);
  });
  it('must not match: a count of the hurt is no denial, and the two accounts disagree', () => {
    const b = story(
      'No-one was injured as the grain depot burned.',
      'Two workers were hurt as the grain depot burned, the manager said.',
    );
    expect(claimStatus(b, /injured|hurt/).some(([s]) => s === 'corroborated')).toBe(false);
    const dispute = b.disputes.find((d) => d.kind === 'account');
    expect(dispute?.sides.map((s) => [s.value, s.docs])).toEqual([
      ['casualties reported', ['b']],
      ['no casualties', ['a']],
    ]);
  });
  it('must not match: no one hurt and no one arrested are two facts', () => {
    const b = story(
      'No-one was injured as the grain depot burned.',
      'Nobody was arrested over the depot blaze, the manager said.',
    );
    expect(claimStatus(b, /injured|arrested/).some(([s]) => s === 'corroborated')).toBe(false);
  });
});

describe('short sentences of what happened', () => {
  it('a thing that remains closed is a claim, and two outlets saying it corroborate it', () => {
    const b = story(
      'The grain depot remains closed.',
      'The depot remains closed, its owners said on Sunday.',
    );
    expect(claimStatus(b, /closed/)).toEqual([['corroborated', ['a', 'b']]]);
  });
  it('must not match: a short sentence with no outcome verb is not a claim', () => {
    const b = story('It was a terrible shock.', 'Crews stayed all night.');
    expect(claimStatus(b, /shock/)).toEqual([]);
  });
});

describe('states reported with a copula', () => {
  it('an inquiry begun and inquiries ongoing are one fact', () => {
    const b = story(
      'An inquiry to find the cause of the blaze has begun.',
      'Inquiries into what caused the blaze are ongoing.',
    );
    expect(claimStatus(b, /nquir/)).toEqual([['corroborated', ['a', 'b']]]);
  });
  it('people who remain missing are a claim; tired crews are not', () => {
    const b = story('Two crew members remain missing.', 'The crews were tired.');
    expect(claimStatus(b, /missing/)).toEqual([['single-source', ['a']]]);
    expect(claimStatus(b, /tired/)).toEqual([]);
  });
});

describe('the denial patterns', () => {
  it('stay linear on a megabyte of near-denials', () => {
    const text = `${'no - no - nobody was '.repeat(50_000)}.`;
    const t0 = cpuNow();
    briefTexts([text.slice(0, 200_000), 'Nobody was hurt in the fire on Sunday.']);
    expect(cpuNow() - t0).toBeLessThan(5000);
  });
});
