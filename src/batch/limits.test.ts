import { describe, expect, it } from 'vitest';
import { MAX_STORY_DOCS, storyDocs } from './limits.ts';

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
