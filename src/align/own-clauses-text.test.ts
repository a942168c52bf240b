// Golden cases end to end: a sentence that tells a shared fact and, in a clause of its own, one only its
// article reports. The shared part is corroborated; the own clause is a single-source claim of its own.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const SHARED = 'Port director Ivo Brandt refused to speak about the Sael harbor blaze on Monday night';

describe('a clause only one source states', () => {
  it('stands as a single-source claim beside the corroborated sentence', () => {
    const b = briefTexts([
      `${SHARED}, as did harbor union leader Mira Quist.`,
      'Ivo Brandt, the port director, refused to speak about the Sael harbor blaze.',
    ]);
    // the clause reads as one piece of a sentence, and its evidence carries that sentence
    const own = b.claims.find((c) => c.text === '…as did harbor union leader Mira Quist');
    expect(own).toMatchObject({ status: 'single-source', docs: ['a'] });
    expect(own!.evidence[0]).toMatchObject({
      doc: 'a',
      text: 'as did harbor union leader Mira Quist',
      sentence: `${SHARED}, as did harbor union leader Mira Quist.`,
    });
    const shared = b.claims.find((c) => c.status === 'corroborated' && c.text.startsWith(SHARED));
    expect(shared?.docs).toEqual(['a', 'b']);
  });
  it('must not match: a clause the other source states too stays inside the corroborated sentence', () => {
    const b = briefTexts([
      `${SHARED}, as did harbor union leader Mira Quist.`,
      'Ivo Brandt, the port director, refused to speak about the Sael harbor blaze, and so did union leader Mira Quist.',
    ]);
    expect(b.claims.filter((c) => c.text.includes('Mira Quist') && c.status === 'single-source')).toEqual([]);
    expect(b.claims.filter((c) => c.status === 'corroborated').map((c) => c.docs)).toEqual([['a', 'b']]);
  });
});

describe('who says so', () => {
  const A =
    'At least 4 people were killed in Sael, the state emergency management office said on Monday evening.';
  it('is not what is said: two sentences sharing only their source state no one fact', () => {
    const b = briefTexts([
      A,
      'Most of the victims drowned in their homes, said Ivo Brandt, a spokesman for the state emergency management office.',
    ]);
    expect(b.claims.find((c) => c.text === A)?.status).toBe('single-source');
  });
  it('must not match: the same fact from the same source in another article is corroborated', () => {
    const b = briefTexts([
      A,
      'Storm surge flooded the harbor overnight. The state emergency management office said at least 4 people were killed in Sael.',
    ]);
    expect(b.claims.find((c) => c.text === A)?.status).toBe('corroborated');
  });
});
