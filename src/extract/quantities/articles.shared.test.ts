import { describe, expect, it } from 'vitest';
import { makeContext } from '../../context.ts';
import { parseNumberText } from '../../lang/numbers.ts';
import { readAnnotation, segmentedArticle } from './articles.fixture.ts';
import { findQuantities } from './index.ts';

const ctx = makeContext({ now: new Date('2026-11-22T00:00:00Z') });
const ann = readAnnotation();
const QUALIFIER = /^(?:at least|over|more than|about|nearly|up to|some)\s+/i;

describe('quantities of the annotated story in ../shared', () => {
  const values = ann.quantities.flatMap((q) => q.values.map((v) => ({ ...v, about: q.about })));
  it.each(values.map((v) => [v.doc, v.text, v.about]))('%s: "%s" (%s)', (doc, text) => {
    const want = parseNumberText(text.replace(QUALIFIER, ''))?.value;
    expect(want).toBeDefined();
    const found = findQuantities(segmentedArticle(doc, ctx), ctx).value;
    const hit = found.find((q) => q.value === want);
    expect(hit, `${found.map((q) => q.text).join(' | ')}`).toBeDefined();
    // The qualifier as annotated ("at least 20", "over 80") is read too.
    const q = QUALIFIER.exec(text)?.[0].trim().toLowerCase();
    if (q === 'at least') expect(hit?.qualifier).toBe('at least');
    if (q === 'over') expect(hit?.qualifier).toBe('over');
  });

  it('finds no year, identifier or date inside the articles as a count', () => {
    for (const doc of ann.docs) {
      for (const q of findQuantities(segmentedArticle(doc, ctx), ctx).value) {
        expect(q.value >= 1900 && q.value <= 2100 && q.unit === null, q.text).toBe(false);
        expect([13864, 4245, 30].includes(q.value) && q.qualifier === null && q.unit !== '%', q.text).toBe(
          false,
        );
      }
    }
  });
});
