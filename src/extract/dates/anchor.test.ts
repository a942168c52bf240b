import { describe, expect, it } from 'vitest';
import { documentOf } from '../../../test/support/document.ts';
import { makeContext } from '../../context.ts';
import type { Document } from '../../model/document.ts';
import { extractDoc } from '../../pipeline.ts';
import { anchorUndated } from './anchor.ts';

// "Today" is far from every story below: no date may come from it.
const ctx = makeContext({ now: new Date('2031-06-30T00:00:00Z') });
const story = (...docs: Document[]) =>
  anchorUndated(
    docs.map((d) => extractDoc(d, ctx).value),
    ctx,
  );
const datesOf = (xs: ReturnType<typeof story>, id: string) =>
  xs.find((x) => x.seg.doc.id === id)!.dates.map((m) => [m.text, m.resolved]);

describe('dates of undated articles', () => {
  it('count from the latest day another article of the story gives', () => {
    const xs = story(
      documentOf('The quake struck on Thursday, March 14, 2013, near the dam.', { id: 'a' }),
      documentOf('Residents said the quake woke them early on Thursday.', { id: 'b' }),
    );
    expect(datesOf(xs, 'b')).toEqual([['on Thursday', '2013-03-14']]);
  });
  it('take a publication date of another article as that evidence', () => {
    const xs = story(
      documentOf('The depot burned on Tuesday.', {
        id: 'a',
        published: '2026-03-03',
        publishedBasis: 'metadata',
      }),
      documentOf('The depot fire of March 2 shocked the town.', { id: 'b' }),
    );
    expect(datesOf(xs, 'b')).toEqual([['March 2', '2026-03-02']]);
  });
  it('put a date without its year on or after the latest month the story gives a year for', () => {
    const xs = story(
      documentOf('Since September 2025 the navy has stopped 40 boats.', { id: 'a' }),
      documentOf('The raid took place on Jan. 3.', { id: 'b' }),
    );
    expect(datesOf(xs, 'b')).toEqual([['Jan. 3', '2026-01-03']]);
  });
  it('leave relative dates and years unresolved when the story gives no year at all: never today', () => {
    const xs = story(
      documentOf('The store burned on July 21.', { id: 'a' }),
      documentOf('The store stayed shut on Monday.', { id: 'b' }),
    );
    for (const id of ['a', 'b']) for (const [, resolved] of datesOf(xs, id)) expect(resolved).toBeNull();
  });
  it("count from the story when an article's own date was only inferred from an older event it mentions", () => {
    const xs = story(
      documentOf('The depot burned on Tuesday.', {
        id: 'a',
        published: '2026-03-03',
        publishedBasis: 'metadata',
      }),
      documentOf('Unlike the 2019 blaze, the depot fire that began last week spread fast.', {
        id: 'b',
        published: '2019',
        publishedBasis: 'inferred',
      }),
    );
    expect(datesOf(xs, 'b')).toContainEqual(['last week', '2026-02']);
  });
  it('count nothing back from a bound that is its own latest past date: "last month" is no date, "In May" comes after', () => {
    const text =
      'In November 2011, two women drained the reservoir. Last month crews sealed two dams. In May, a sluice gate failed.';
    const xs = story(
      documentOf(text, { id: 'a', published: '2011-11', publishedBasis: 'inferred' }),
      documentOf('Engineers closed the spillway on Monday.', { id: 'b' }),
    );
    expect(datesOf(xs, 'a')).toEqual([
      ['November 2011', '2011-11'],
      ['Last month', null],
      ['May', '2012-05'],
    ]);
  });
  it("must not match: an inferred date later than the story's evidence is kept", () => {
    const xs = story(
      documentOf('The depot burned on Tuesday.', {
        id: 'a',
        published: '2026-03-03',
        publishedBasis: 'metadata',
      }),
      documentOf('The depot fire that began last week spread fast.', {
        id: 'b',
        published: '2026-05',
        publishedBasis: 'inferred',
      }),
    );
    expect(datesOf(xs, 'b')).toEqual([['last week', null]]);
  });
  it("take the story's year from the one year after its bound where its day falls on its weekday", () => {
    // 5 May was a Wednesday in 2010 (a Tuesday in 2009, a Thursday in 2011).
    const xs = story(
      documentOf('The riots of December 2008 were worse. Rioters burned the bank on Wednesday.', { id: 'a' }),
      documentOf('The strike was called for the 5th of May. Police fought protesters on Wednesday.', {
        id: 'b',
      }),
      documentOf('Markets fell on Wednesday as the strike spread.', { id: 'c' }),
    );
    expect(datesOf(xs, 'b')).toContainEqual(['the 5th of May', '2010-05-05']);
  });
  it("date the story's weekday in an undated article on the story's day, and the weekdays around it that do not depend on the day it was written", () => {
    // 5 May 2010 was a Wednesday; so was 19 May, a deadline the story looks ahead to.
    const xs = story(
      documentOf('The riots of December 2008 were worse. Rioters burned the bank on Wednesday.', { id: 'a' }),
      documentOf('The strike was called for the 5th of May. Police fought protesters on Wednesday.', {
        id: 'b',
      }),
      documentOf('Markets fell on Wednesday as the strike spread. Debts fall due on May 19.', { id: 'c' }),
      documentOf(
        'Rioters set fire to a depot on Wednesday. A minister spoke yesterday and on Tuesday. Lawmakers met on ' +
          'Friday. Parliament will vote on Thursday.',
        { id: 'd' },
      ),
    );
    expect(datesOf(xs, 'd')).toEqual([
      ['on Wednesday', '2010-05-05'],
      // Must not match: "yesterday", and a past weekday that would be this week's or last week's by the day written.
      ['yesterday', null],
      ['on Tuesday', '2010-05-04'],
      ['on Friday', null],
      ['on Thursday', '2010-05-06'],
    ]);
    expect(datesOf(xs, 'c')).toContainEqual(['May 19', '2010-05-19']);
  });
  it('must not match: no weekday stands out, so the day stays the first after the bound', () => {
    const xs = story(
      documentOf('The riots of December 2008 were worse. Rioters burned the bank on Wednesday.', { id: 'a' }),
      documentOf('The strike was called for the 5th of May. Police fought protesters on Tuesday.', {
        id: 'b',
      }),
    );
    expect(datesOf(xs, 'b')).toContainEqual(['the 5th of May', '2009-05-05']);
  });
  it('leave "last October" unresolved when only a month bounds the story: it counts back from an unknown day', () => {
    const xs = story(
      documentOf('Since September 2025 the navy has stopped 40 boats.', { id: 'a' }),
      documentOf('The raid took place on Jan. 3, the biggest since the admiral took office last October.', {
        id: 'b',
      }),
    );
    expect(datesOf(xs, 'b')).toEqual([
      ['Jan. 3', '2026-01-03'],
      ['October', null],
    ]);
  });
});
