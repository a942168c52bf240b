// Golden cases, end to end from text: times of one happening told by several articles are one quantity, and two
// different times of it a dispute; times of different happenings, of another happening or on other clocks are not.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';
import { CLOCK_UNIT } from '../model/mention.ts';

const timeGroups = (texts: string[]) =>
  briefTexts(texts)
    .quantities.filter((q) => q.values.some((v) => v.unit === CLOCK_UNIT))
    .map((q) => ({ docs: q.values.map((v) => v.doc), agree: q.agree }));
const timeDisputes = (texts: string[]) => briefTexts(texts).disputes.filter((d) => /^time/.test(d.about));

describe('clock times of one happening', () => {
  it('joins the time of the call however each article words it and bounds it', () => {
    expect(
      timeGroups([
        'The coastguard was alerted at 03:10 BST after a trawler ran aground off Port Sael.',
        'A trawler ran aground off Port Sael and the alarm was raised just after 3.10am, the coastguard said.',
        'Rescuers were called at about 3am to the trawler aground off Port Sael.',
      ]),
    ).toEqual([{ docs: ['a', 'b', 'c'], agree: true }]);
  });

  it('sets two different times of one happening against each other as a dispute', () => {
    const texts = [
      'The fire broke out at 2am in the Lorvik flour mill, the owner said.',
      'The fire broke out at 4am in the Lorvik flour mill, according to neighbours.',
    ];
    expect(timeGroups(texts)).toEqual([{ docs: ['a', 'b'], agree: false }]);
    expect(timeDisputes(texts).map((d) => d.sides.map((s) => s.value))).toEqual([['2am', '4am']]);
  });

  it('must not match: times of two happenings of the same night', () => {
    expect(
      timeGroups([
        'Crews were summoned to the Lorvik flour mill at 2am.',
        'By 5am the fire at the Lorvik flour mill was out.',
      ]),
    ).toEqual([
      { docs: ['a'], agree: true },
      { docs: ['b'], agree: true },
    ]);
  });

  it('must not match: one moment on two clocks ("local time" and "ET")', () => {
    const texts = [
      'Thieves rammed a van into the Velmor jeweller at 5:45 a.m. local time.',
      'Thieves rammed a van into the Velmor jeweller at 11:45 p.m. ET on Sunday.',
    ];
    expect(timeGroups(texts)).toHaveLength(2);
    expect(timeDisputes(texts)).toEqual([]);
  });

  it('must not match: the time of a second quake against the first', () => {
    const texts = [
      'The earthquake struck at 3:07 a.m. near Lorvik, seismologists said.',
      'A second earthquake struck at 3:40 a.m. near Lorvik, seismologists said.',
    ];
    expect(timeDisputes(texts)).toEqual([]);
    expect(timeGroups(texts)).toHaveLength(2);
  });
});
