import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../../test/support/cpu.ts';
import { makeContext } from '../../context.ts';
import { decidePublished } from './index.ts';
import { dayWordsToDigits } from './numberWords.ts';
import { reportedDates } from './window.ts';

const ctx = makeContext({ now: new Date('2032-06-01T00:00:00Z') });
const none = { metadata: [], dateLines: [], text: '' };

describe('publication date by basis', () => {
  it('metadata first, ISO kept as given, other forms parsed', () => {
    expect(decidePublished({ ...none, metadata: ['2031-03-04T09:30:00Z'] }, ctx)).toEqual({
      published: '2031-03-04T09:30:00Z',
      publishedBasis: 'metadata',
    });
    expect(decidePublished({ ...none, metadata: [undefined, 'March 4, 2031'] }, ctx)).toEqual({
      published: '2031-03-04',
      publishedBasis: 'metadata',
    });
  });

  it('then a date line of the text, the top before the bottom', () => {
    const r = decidePublished(
      {
        metadata: ['not a date'],
        dateLines: [
          { text: 'April 2, 2031', where: 'bottom' },
          { text: 'Feb. nine, 2031 10:04 am', where: 'top' },
        ],
        text: 'The ferry workers returned in March 2031.',
      },
      ctx,
    );
    expect(r).toEqual({ published: '2031-02-09', publishedBasis: 'text' });
  });

  it('ignores a date line without a year', () => {
    const r = decidePublished({ ...none, dateLines: [{ text: 'Jan. 8', where: 'top' }] }, ctx);
    expect(r.publishedBasis).toBe('unknown');
  });

  it('infers a window from the latest reported date, never a day', () => {
    const r = decidePublished(
      {
        ...none,
        text: 'The pier was built on June 15, 2029. Repairs began in September 2030, and the council met on Jan. 3 to vote.',
      },
      ctx,
    );
    expect(r).toEqual({ published: '2030-09', publishedBasis: 'inferred', publishedAfter: '2030-09' });
    const day = decidePublished({ ...none, text: 'The strike began on March 4, 2031 in Ostra.' }, ctx);
    expect(day).toEqual({ published: '2031-03', publishedBasis: 'inferred', publishedAfter: '2031-03-04' });
  });

  it('does not infer from dates the article looks forward to or from the future', () => {
    const text =
      'Elections are scheduled for May 2034. The port will reopen by June 2031. It closed in March 2030.';
    expect(decidePublished({ ...none, text }, ctx)).toMatchObject({
      published: '2030-03',
      publishedAfter: '2030-03',
    });
  });

  it('is unknown when nothing dates the article', () => {
    expect(
      decidePublished({ ...none, text: 'The ferry workers returned on Friday, Feb. four.' }, ctx),
    ).toEqual({
      published: null,
      publishedBasis: 'unknown',
    });
  });
});

describe('day numbers in words', () => {
  it.each([
    ['Feb. nine', 'Feb. 9'],
    ['March twenty-first, 2031', 'March 21, 2031'],
    ['on Dec the thirty-first', 'on Dec 31'],
  ])('"%s" → "%s"', (a, b) => expect(dayWordsToDigits(a)).toBe(b));

  it('leaves number words that do not follow a month', () => {
    expect(dayWordsToDigits('eight ships and one ferry, may one day return')).toBe(
      'eight ships and one ferry, may one day return',
    );
  });
});

it('finds reported dates in a 1 MB line within the CPU budget for pathological input', () => {
  const text = 'In March 2030 the port 1999 closed. '.repeat(30_000);
  const t = cpuNow();
  const found = reportedDates(text, ctx.now);
  expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
  expect(found.length).toBeGreaterThan(0);
});

it('does not take a relative phrase near a year for a reported date', () => {
  const dates = reportedDates('Officials said yesterday, in March, that the 2019 pact holds.', ctx.now);
  expect(dates.map((d) => d.iso)).toEqual([]);
  expect(
    reportedDates('Officials said yesterday, in March 2019, that the pact holds.', ctx.now),
  ).toHaveLength(1);
});

it('reads every kind of written date near a year, whichever windows the parser is given', () => {
  const filler = ' The council met again and the harbour stayed shut for the rest of the season. '.repeat(3);
  const text = [
    'The fund opened in 2011 under a new charter.',
    'The ferry line was sold on 4/11/2019 to a trust.',
    'Work began on 2021-06-02 at the east pier.',
    'The inquiry reported in March 2023, then closed.',
  ].join(filler);
  const isos = reportedDates(text, ctx.now).map((d) => d.iso);
  expect(isos).toEqual(expect.arrayContaining(['2019-04-11', '2021-06-02', '2023-03']));
  expect(isos).not.toContain('2011-01');
});
