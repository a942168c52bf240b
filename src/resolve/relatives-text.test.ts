// Golden cases end to end: a family name that one article keeps apart from a relative's full name is not joined
// to that relative through the other articles; with no relative in sight it joins the one full name as before.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const PRESIDENT = 'A message from President Quist played on the screen, and Mr. Quist thanked the players.';

describe('a family name shared with a relative', () => {
  it('stays with the office holder across articles, not with the relative one article names in full', () => {
    const b = briefTexts([
      `The president’s daughter Mira Quist waved to the crowd. ${PRESIDENT}`,
      'President Quist said the game would go on in Sael.',
    ]);
    const mira = b.entities.find((e) => e.name === 'Mira Quist');
    expect(mira?.aliases ?? []).not.toContain('President Quist');
    const president = b.entities.find((e) => e.aliases.includes('President Quist'));
    expect(president?.docs).toEqual(['a', 'b']);
  });
  it('must not match: with no relative, the family name joins the one full name', () => {
    const b = briefTexts([
      `Mira Quist waved to the crowd in Sael. ${PRESIDENT}`,
      'Mira Quist said the game would go on.',
    ]);
    expect(b.entities.find((e) => e.name === 'Mira Quist')?.aliases).toContain('President Quist');
  });
});
