// Golden cases, end to end from text: dates of one event that are not in dispute (time zones, steps of a process,
// a plan against a past meeting), each with a twin that is.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

// 2026-03-06 is a Friday.
const two = (a: string, b: string, published = '2026-03-06') => briefTexts([a, b], published);
const dateDisputes = (b: ReturnType<typeof two>) => b.disputes.filter((d) => d.kind === 'date');

describe('date disputes that are none', () => {
  it('reads "early Saturday" in a Friday report as the next day, hours ahead elsewhere', () => {
    const b = two(
      'PORT SAEL — Velmor leader Ana Quist announced early Saturday that the Velmor fleet would halt its missile tests.',
      'Velmor state media reported Friday evening that Velmor leader Ana Quist announced the fleet would halt its missile tests.',
    );
    expect(b.timeline.some((t) => t.date === '2026-03-07')).toBe(true);
    expect(dateDisputes(b)).toEqual([]);
  });
  it('must not match: two days apart told without the hour are a dispute', () => {
    const b = two(
      'Velmor leader Ana Quist announced on Wednesday that the Velmor fleet would halt its missile tests.',
      'Velmor leader Ana Quist announced on Friday that the Velmor fleet would halt its missile tests.',
    );
    expect(dateDisputes(b)).toHaveLength(1);
  });
  it('does not set two steps of one case against each other', () => {
    const b = two(
      'Former Velmor treasurer Ivo Brandt was indicted on Oct. 27, 2025 on charges of fraud in the Velmor port case.',
      'Former Velmor treasurer Ivo Brandt pleaded guilty on Feb. 23, 2026 to charges of fraud in the Velmor port case.',
    );
    expect(dateDisputes(b)).toEqual([]);
  });
  it('must not match: one step dated differently by two sources is a dispute', () => {
    const b = two(
      'Former Velmor treasurer Ivo Brandt was indicted on Oct. 27, 2025 on charges of fraud in the Velmor port case.',
      'Former Velmor treasurer Ivo Brandt was indicted on Nov. 3, 2025 on charges of fraud in the Velmor port case.',
    );
    expect(dateDisputes(b)).toHaveLength(1);
  });
  it('does not date a planned meeting against a meeting before the plan was reported', () => {
    const b = two(
      'Velmor leader Ana Quist will meet Sael president Ivo Brandt in the border town of Lorvik next Friday.',
      'Envoys of Ana Quist met Ivo Brandt in the border town of Lorvik last month to prepare the meeting.',
    );
    expect(dateDisputes(b)).toEqual([]);
  });
  it('does not join events placed in two different towns', () => {
    const b = two(
      'Thousands of Velmor dock workers marched against the pension cuts in Lorvik on Tuesday.',
      'Thousands of Velmor dock workers marched against the pension cuts in Port Sael on Wednesday.',
    );
    expect(dateDisputes(b)).toEqual([]);
  });
  it('must not match: one town named two ways is one town', () => {
    const b = two(
      'Thousands of Velmor dock workers marched against the pension cuts in Port Sael on Tuesday.',
      'Thousands of Velmor dock workers marched against the pension cuts in Port Sael City on Wednesday.',
    );
    expect(dateDisputes(b)).toHaveLength(1);
  });
  it('must not match: the same town on two days is a dispute', () => {
    const b = two(
      'Thousands of Velmor dock workers marched against the pension cuts in Lorvik on Tuesday.',
      'Thousands of Velmor dock workers marched against the pension cuts in Lorvik on Wednesday.',
    );
    expect(dateDisputes(b)).toHaveLength(1);
  });
  it('sets a holiday weekend against another week for one trip', () => {
    const b = two(
      'Velmor envoy Ana Quist secretly met Sael leader Ivo Brandt in Lorvik over Easter weekend.',
      'Velmor envoy Ana Quist secretly met Sael leader Ivo Brandt in Lorvik last week.',
      '2018-04-17',
    );
    expect(dateDisputes(b).map((d) => d.sides.map((x) => x.value.slice(0, 10)))).toEqual([
      ['2018-03-30', '2018-04-09'],
    ]);
  });
  it('must not match: a holiday weekend and its own Sunday are one date', () => {
    const b = two(
      'Velmor envoy Ana Quist secretly met Sael leader Ivo Brandt in Lorvik over Easter weekend.',
      'Velmor envoy Ana Quist secretly met Sael leader Ivo Brandt in Lorvik on Easter Sunday.',
      '2018-04-17',
    );
    expect(dateDisputes(b)).toEqual([]);
  });
  it('leaves a decade inside quoted words off the timeline', () => {
    const b = briefTexts(
      [
        'The union leader said: "These cuts return our society back to the 1960s," on Friday. Dock workers marched in the 1990s too.',
      ],
      '2026-03-06',
    );
    expect(b.timeline.map((t) => t.date)).not.toContain('1960');
    // Must not match: a decade the article itself writes stays.
    expect(b.timeline.map((t) => t.date)).toContain('1990');
  });
});

describe('a date written before a possessive pronoun dates the event', () => {
  it('sets "announced on March 3 her decision" against another day of the same announcement', () => {
    const b = two(
      'Velmor leader Ana Quist announced on March 3 her decision to close the Port Sael naval base.',
      'Velmor leader Ana Quist announced on March 5 her decision to close the Port Sael naval base.',
    );
    expect(dateDisputes(b)).toHaveLength(1);
  });
  it('must not match: a date naming a thing ("the March 3 marchers") dates no event to dispute', () => {
    const b = two(
      'Velmor leader Ana Quist met the March 3 marchers to discuss the Port Sael naval base.',
      'Velmor leader Ana Quist met the March 5 marchers to discuss the Port Sael naval base.',
    );
    expect(dateDisputes(b)).toEqual([]);
  });
});

describe('a date a quoted speaker gives is the speaker’s, set against the reports as another source’s', () => {
  // 2018-04-17 is a Tuesday; Easter 2018 fell on April 1.
  // Other events of the story, dated too: the trip's words are rarer among its dates, as in a real report.
  const reports =
    'Velmor envoy Ana Quist secretly met Sael leader Ivo Brandt in Lorvik over Easter weekend. Velmor’s parliament passed the budget on Monday. Dock workers in Port Sael went on strike last month.';
  const quoting = (quote: string) =>
    `${reports} The president confirmed the trip in a post. "${quote} The talks went very well," he wrote.`;
  const selfContradictions = (b: ReturnType<typeof two>) =>
    b.documents.flatMap((d) => (d.flags ?? []).filter((f) => f.kind === 'self-contradiction'));
  it('sets a quoted "last week" against the reports’ holiday weekend, and flags no article', () => {
    const b = two(quoting('Ana Quist met Ivo Brandt in Lorvik last week.'), reports, '2018-04-17');
    const [d] = dateDisputes(b);
    expect(d?.sides.map((s) => [s.value.slice(0, 10), s.docs])).toEqual([
      ['2018-03-30', ['a', 'b']],
      ['2018-04-09', ['a']],
    ]);
    expect(d?.note).toMatch(/speaker/);
    expect(selfContradictions(b)).toEqual([]);
  });
  it('reads a post the article prints again without marks (an embedded post) as the speaker’s too', () => {
    const post = 'Ana Quist met Ivo Brandt in Lorvik last week. The talks went very well.';
    const b = two(
      `${quoting('Ana Quist met Ivo Brandt in Lorvik last week.')}\n\n${post}`,
      reports,
      '2018-04-17',
    );
    const week = dateDisputes(b)[0]?.sides.find((s) => s.value.startsWith('2018-04-09'));
    expect(week?.evidence.map((e) => e.text)).toEqual([
      '"Ana Quist met Ivo Brandt in Lorvik last week.',
      'Ana Quist met Ivo Brandt in Lorvik last week.',
    ]);
    expect(selfContradictions(b)).toEqual([]);
  });
  it('must not match: a quoted speaker who dates it as the reports do makes no dispute', () => {
    const b = two(quoting('Ana Quist met Ivo Brandt in Lorvik over Easter.'), reports, '2018-04-17');
    expect(dateDisputes(b)).toEqual([]);
  });
  it('must not match: a quoted plan from a date is no date of a past act told in the same words', () => {
    // c's plain telling of the plan shares its words with b's past trials; a quotes the plan and tells the trials too.
    // 2026-03-06 is a Friday.
    const others =
      ' Velmor’s parliament passed the budget on Monday. Dock workers in Port Sael went on strike last month.';
    const b = briefTexts(
      [
        `"From March 9, Velmor will halt its rocket trials and drone flights over the gulf," the ministry said. Velmor carried out rocket trials and drone flights over the gulf last year.${others}`,
        `Velmor carried out six rocket trials and drone flights over the gulf last year.${others}`,
        `The ministry said Velmor would suspend its rocket trials and drone flights over the gulf on March 9.${others}`,
      ],
      '2026-03-06',
    );
    expect(dateDisputes(b)).toEqual([]);
  });
});

describe('clauses that tell two events in alike sentences', () => {
  const first =
    'Dock unions opposed the Lorvik levy scheme even before Mayor Ana Quist unveiled it, and a council draft of that scheme fell short of a majority on Thursday.';
  it('does not set two dates against each other when their own clauses share no word', () => {
    const b = two(
      first,
      'The Lorvik levy was much like the offer Mayor Ana Quist turned down near the end of January, which dock unions have backed since.',
    );
    expect(dateDisputes(b)).toEqual([]);
  });
  it('must not match: the same clause dated two ways is a dispute', () => {
    const b = two(
      first,
      'Dock unions opposed the Lorvik levy scheme even before Mayor Ana Quist unveiled it, and a council draft of that scheme fell short of a majority near the end of January.',
    );
    expect(dateDisputes(b)).toHaveLength(1);
  });
});
