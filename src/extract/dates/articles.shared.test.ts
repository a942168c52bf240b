import { describe, expect, it } from 'vitest';
import { makeContext } from '../../context.ts';
import { readAnnotation, segmentedArticle } from '../quantities/articles.fixture.ts';
import { findDates } from './index.ts';

const ctx = makeContext({ now: new Date('2026-11-22T00:00:00Z') });
const ann = readAnnotation();

describe('dates of the annotated story in ../shared', () => {
  const values = ann.dates.flatMap((d) => d.values.map((v) => ({ ...v, event: d.event })));
  it.each(values.map((v) => [v.doc, v.text, v.resolved]))('%s: "%s" → %s', (doc, text, resolved) => {
    const seg = segmentedArticle(doc, ctx);
    const found = findDates(seg, ctx).value;
    const hit = found.find((d) => d.text.toLowerCase() === text.toLowerCase());
    expect(hit, found.map((d) => d.text).join(' | ')).toBeDefined();
    if (!hit) return;
    const dayKnown = seg.doc.published !== null && /^\d{4}-\d{2}-\d{2}/.test(seg.doc.published);
    if (hit.relative && !dayKnown) {
      // Relative words cannot be resolved without a publication day: kept unresolved, with their offset.
      expect(hit.resolved).toBeNull();
      expect(hit.offset).toBeDefined();
    } else if (hit.certainty === 'implied' && seg.doc.published === null) {
      // A year taken from "now" may be a year late; what the text stated must agree with the annotation.
      expect(hit.written).toBe(`-${resolved.slice(4)}`);
      expect(hit.resolved?.slice(4)).toBe(resolved.slice(4));
    } else {
      expect(hit.resolved?.startsWith(resolved)).toBe(true);
    }
  });

  it('resolves the number-word days of the story to the annotated days', () => {
    const found = findDates(segmentedArticle('003_4671b11fd7d2c225', ctx), ctx).value;
    const byText = new Map(found.map((d) => [d.text, d]));
    expect(byText.get('Jan. three')?.resolved).toBe('2026-01-03');
    expect(byText.get('Jan. eight')?.resolved).toBe('2026-01-08');
    expect(byText.get('Jan. three')?.event).toMatch(/^US forces captured /);
  });

  it('reads no identifier in the articles as a year', () => {
    for (const doc of ann.docs) {
      for (const d of findDates(segmentedArticle(doc, ctx), ctx).value) {
        expect(d.text, d.event).not.toMatch(/13864|4245/);
      }
    }
  });
});
