// Golden cases of clock times: read as hours on a 24-hour clock with their bound and their happening, and the
// twins that look like times but are not (ratios, verses, bare hours, ranges of counts).
import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../../test/support/cpu.ts';
import { makeContext } from '../../context.ts';
import { CLOCK_UNIT, type QuantityMention } from '../../model/mention.ts';
import { findQuantities } from './index.ts';
import { makeSeg } from './seg.fixture.ts';

const ctx = makeContext({ now: new Date('2026-11-22T00:00:00Z') });
const times = (text: string): QuantityMention[] =>
  findQuantities(makeSeg(text), ctx).value.filter((q) => q.unit === CLOCK_UNIT);
const one = (text: string): QuantityMention => {
  const all = times(text);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('clock times', () => {
  it.each([
    ['Lifeboats were launched at 5am from Port Sael.', 5, '5am'],
    ['Lifeboats were launched at 6 PM from Port Sael.', 18, '6 PM'],
    ['Lifeboats were launched at 6.45pm from Port Sael.', 18.75, '6.45pm'],
    ['Lifeboats were launched at 12.30am from Port Sael.', 0.5, '12.30am'],
    ['Lifeboats were launched at 12 p.m. from Port Sael.', 12, '12 p.m.'],
    ['Lifeboats were launched at 07:15 GMT from Port Sael.', 7.25, '07:15 GMT'],
    // A tokenised copy spaces every sign: "07 : 15", "4 : 30 a. m."
    ['Lifeboats were launched at 07 : 15 GMT from Port Sael.', 7.25, '07 : 15 GMT'],
    ['Lifeboats were launched at 5 : 45 a. m. local time from Port Sael.', 5.75, '5 : 45 a. m. local time'],
    ['Lifeboats were launched at 0915 GMT from Port Sael.', 9.25, '0915 GMT'],
    ['Lifeboats were launched at 21:40 from Port Sael.', 21 + 40 / 60, '21:40'],
  ])('%s', (text, value, written) => {
    const q = one(text);
    expect(q.value).toBeCloseTo(value, 4);
    expect(q.text).toBe(written);
  });

  it('reads the bound a time is given: after, by, before, about', () => {
    const bounds = times(
      'Smoke was seen shortly after 5am. By 7.30am the roof had gone. Crews left just before 11am. The road reopened at around 2pm.',
    ).map((q) => [q.text, q.qualifier]);
    expect(bounds).toEqual([
      ['shortly after 5am', 'over'],
      ['By 7.30am', 'up to'],
      ['just before 11am', 'under'],
      ['around 2pm', 'about'],
    ]);
  });

  it('names the happening of the clause, before the time or after it when the time opens the clause', () => {
    const [called, out] = times(
      'The coastguard was alerted at 03:10 BST. By 08:00 BST the blaze on the ferry was out.',
    );
    expect(called!.keys).toEqual(['alert']);
    expect(called!.about).toBe('coastguard was alerted');
    expect(out!.keys).toEqual(['fire']);
  });

  it('keeps "fire" out of the happening when it only names a service: "fire crews"', () => {
    expect(one('Fire crews reached the depot at 9.20pm.').keys).toEqual(['reach']);
  });

  it('marks a time of another happening ("a second blast") so it is set against no other', () => {
    expect(one('A second blast shook the quay at 9:15 a.m.').keys).toContain('other');
  });

  it.each([
    ['The Lorvik side won 3:1 on Sunday.'],
    ['He read John 3:16 aloud to the crowd.'],
    ['The mix is 10:30 sand to cement by weight.'],
    ['Between 6 and 7 families left the village.'],
    ['The shelter took in 6 more families.'],
    ['The bus route 1045 was cut.'],
  ])('must not match: %s', (text) => {
    expect(times(text)).toEqual([]);
  });

  it('must not match: a bare hour with no meridiem or zone stays a count, and an invalid time is dropped', () => {
    expect(times('Crews worked 12 hours at the site.')).toEqual([]);
    expect(times('The dial read 14pm and 9:75 GMT.')).toEqual([]);
  });

  it('reads 1 MB of times and near-times within the CPU budget for pathological input', () => {
    const line = 'at 6 : 30 a. m. BST, 10:30 to 3:1, 0900 hrs, by about 7pm local time, '.repeat(14_000);
    const t0 = cpuNow();
    expect(times(line).length).toBeGreaterThan(1000);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
