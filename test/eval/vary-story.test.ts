// The dev set's retellings (bench/stories.ts varyStory) keep what any outlet keeps: the headline on its own line,
// the paragraphs apart, and every name and figure of the sentences kept; only words without a capital or a digit
// are dropped. Invented records.
import { describe, expect, it } from 'vitest';
import { varyStory } from '../../bench/stories.ts';

const record = {
  id: 'r1',
  story: 'bridge',
  title: 'Marsden Bridge Closed After Cracks Found.',
  text: `Marsden Bridge Closed After Cracks Found.

The Marsden Bridge over the Tolva river closed on Monday after engineers found 14 cracks in its piers.
Transport chief Ilona Varga said the bridge would stay shut for 6 weeks while crews repaired the damage.`,
};

describe('varyStory', () => {
  const retold = varyStory([record], 7, {
    names: 0,
    shiftDays: 0,
    keep: 1,
    drop: 0.5,
    sameNumbers: true,
  })[0]!;

  it('keeps the headline line and the paragraphs as lines', () => {
    expect(retold.title).toBe(record.title);
    expect(retold.text.split('\n')[0]).toBe(retold.title);
    expect(retold.text.split('\n')).toHaveLength(record.text.split('\n').length);
  });

  it('drops only words without a capital or a digit: every name and figure stays', () => {
    for (const w of ['Marsden', 'Tolva', 'Monday', '14', 'Transport', 'Ilona', 'Varga', '6'])
      expect(retold.text).toContain(w);
    expect(retold.text.length).toBeLessThan(record.text.length);
  });

  it('another event of the kind still changes names and numbers', () => {
    const other = varyStory([record], 8, { names: 1, shiftDays: 0, keep: 1, drop: 0 })[0]!;
    expect(other.text).not.toContain('Varga');
    expect(other.text).not.toContain(' 14 ');
  });

  it('a year stays a year: it moves only with a date shifted into another year', () => {
    const dated = {
      ...record,
      published: '2024-12-20',
      text: `${record.text}\nThe bridge opened in 1998 and was last repaired in 2024.`,
    };
    const soon = varyStory([dated], 9, { names: 0, shiftDays: 5, keep: 1, drop: 0 })[0]!;
    expect(soon.text).toContain('1998');
    expect(soon.text).toContain('2024');
    const next = varyStory([dated], 9, { names: 0, shiftDays: 20, keep: 1, drop: 0 })[0]!;
    expect(next.published).toBe('2025-01-09');
    expect(next.text).toContain('1999');
    expect(next.text).toContain('2025');
  });
});
