import { describe, expect, it } from 'vitest';
import { boundFindings, MAX_FINDINGS, MAX_STORY_DOCS, storyDocs } from './limits.ts';

describe('storyDocs', () => {
  it('keeps a story within the budget whole, and cuts a larger one with an error naming it', () => {
    const small = Array.from({ length: 3 }, (_, i) => i);
    expect(storyDocs(small, 's')).toEqual({ docs: small, issues: [] });
    const big = Array.from({ length: MAX_STORY_DOCS + 7 }, (_, i) => i);
    const r = storyDocs(big, 'big');
    expect(r.docs).toEqual(big.slice(0, MAX_STORY_DOCS));
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'budget.story-docs', where: 'big', severity: 'error' }),
    ]);
    expect(r.issues[0]!.message).toMatch(`${MAX_STORY_DOCS} of ${MAX_STORY_DOCS + 7}`);
  });
});

describe('boundFindings', () => {
  it('keeps the first MAX_FINDINGS of a kind and names the kind cut', () => {
    const date = (n: number) => ({ text: `d${n}` });
    const x = {
      seg: {},
      entities: [],
      quantities: [],
      quotes: [],
      claims: [],
      dates: Array.from({ length: MAX_FINDINGS + 5 }, (_, i) => date(i)),
    };
    const r = boundFindings(x as never, 'doc');
    expect(r.value.dates).toHaveLength(MAX_FINDINGS);
    expect(r.value.dates[0]).toEqual(date(0));
    expect(r.issues).toEqual([expect.objectContaining({ code: 'budget.findings', where: 'doc' })]);
    expect(r.issues[0]!.message).toMatch(`${MAX_FINDINGS + 5} dates`);
    expect(boundFindings({ ...x, dates: [] } as never, 'doc').issues).toEqual([]);
  });
});
