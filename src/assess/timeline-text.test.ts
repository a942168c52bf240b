// Golden cases, end to end from text: an undated article's relative date joins a timeline entry only as precise as
// it is. "Yesterday" in an article with no date is no decade, though both tell of the same event.
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../test/support/brief-text.ts';
import { brief } from '../api/run.ts';

const timelineOf = (older: string, newer: string) =>
  brief(
    [
      { id: 'a', title: 'Hall stormed', text: `Hall stormed.\n\n${older}` },
      { id: 'b', title: 'Hall again', text: `Hall again.\n\n${newer}` },
    ],
    { now: TEST_NOW },
  ).briefing.timeline.map((t) => [t.date, t.evidence.map((e) => [e.doc, e.text])]);

describe('a relative date with no publication date to count from', () => {
  it('does not join an entry dated to a decade', () => {
    expect(
      timelineOf(
        'Velmor protesters stormed the town hall in Port Sael in the 1960s, a historian said.',
        'Velmor protesters stormed the town hall in Port Sael yesterday, police said.',
      ),
    ).toEqual([['1960', [['a', 'the 1960s']]]]);
  });

  it('must not match: "last year" may join an entry dated to a year', () => {
    const t = timelineOf(
      'Velmor protesters stormed the town hall in Port Sael in 2025, a historian said.',
      'Velmor protesters stormed the town hall in Port Sael last year, police said.',
    );
    expect(t).toEqual([
      [
        '2025',
        [
          ['a', '2025'],
          ['b', 'last year'],
        ],
      ],
    ]);
  });
});

describe('the sentence a timeline entry quotes', () => {
  const sentencesOf = (text: string) =>
    brief([{ id: 'a', published: '2026-03-09', text }], { now: TEST_NOW }).briefing.timeline.flatMap((t) =>
      t.evidence.map((e) => (e as { sentence?: string }).sentence ?? ''),
    );
  it('is quoted around the date when it runs on for thousands of characters', () => {
    const long = `${'crews said more boats burned at the pier and '.repeat(120)}the harbour reopened on March 3, 2026 ${'and more boats burned at the pier '.repeat(120)}.`;
    const [s] = sentencesOf(long);
    expect(s!.length).toBeLessThan(1000);
    expect(s).toContain('March 3, 2026');
  });
  it('must not match: a sentence of ordinary length is quoted whole', () => {
    const text = 'The harbour of Port Sael reopened on March 3, 2026, officials said.';
    expect(sentencesOf(text)).toEqual([text]);
  });
});

describe('one event an article dates in several sentences', () => {
  it('is one timeline entry with each sentence as evidence, and two events stay two entries', () => {
    const t = brief(
      [
        {
          id: 'a',
          title: 'Vote',
          text: 'Vote.\n\nOstrel officials said the 2025 election was clean. Critics of Ana Ruiz questioned the 2025 election on Monday. Velmor monitors praised the 2025 election as calm. The 2024 flood closed roads.',
        },
      ],
      { now: TEST_NOW },
    ).briefing.timeline;
    const election = t.filter((e) => e.date === '2025');
    expect(election).toHaveLength(1);
    expect(election[0]!.evidence).toHaveLength(3);
    expect(t.some((e) => e.date === '2024')).toBe(true);
  });
});
