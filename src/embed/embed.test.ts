import { describe, expect, it } from 'vitest';
import { extractedOf } from '../../test/support/extracted.ts';
import { regularForms, SPEECH_FORMS, STATUS_FORMS } from '../lang/en/fact-verbs.ts';
import { cosine, sentenceKey, unitVector, vectorBytes, vectorFromBytes } from '../model/vectors.ts';
import { memoryVectorCache, textHash } from './cache.ts';
import { overlapSimilarity, storyIdf, termsOf } from './overlap.ts';
import { selectSentences } from './select.ts';

describe('selectSentences', () => {
  const body = [
    'Flood barriers failed in the river town of Carrow on Monday.',
    'Rescuers pulled 37 people from flooded homes overnight.',
    'I think this is a terrible idea for everyone involved.',
    'It is hard to see how anyone could be happy about it.',
    'The spokesman said the water was still rising.',
    'Read more.',
  ].join(' ');
  const x = extractedOf('art1', body);
  const chosen = selectSentences(x);
  const texts = chosen.map((s) => s.text);

  it('selects a sentence with a number, and says why', () => {
    const s = chosen.find((c) => c.text.startsWith('Rescuers pulled 37'));
    expect(s?.reasons).toContain('number');
  });
  it('selects a sentence with a date, and one that reports speech', () => {
    expect(chosen.find((c) => c.text.startsWith('Flood barriers'))?.reasons).toContain('date');
    expect(chosen.find((c) => c.text.startsWith('The spokesman said'))?.reasons).toContain('speech-verb');
  });
  it('leaves out bare opinion and fragments', () => {
    expect(texts).not.toContain('I think this is a terrible idea for everyone involved.');
    expect(texts).not.toContain('It is hard to see how anyone could be happy about it.');
    expect(texts).not.toContain('Read more.');
  });
  it('keys each sentence by document and span, and its text is the sentence', () => {
    for (const s of chosen) {
      expect(s.key).toBe(sentenceKey('art1', s.span));
      expect(x.seg.doc.text.slice(s.span.start, s.span.end).replace(/\s+/g, ' ').trim()).toBe(s.text);
    }
  });
});

describe('fact verbs', () => {
  it('spells regular forms, doubling only where English does', () => {
    expect(regularForms('ban')).toEqual(['ban', 'bans', 'banned', 'banning']);
    expect(regularForms('open')).toEqual(['open', 'opens', 'opened', 'opening']);
    expect(regularForms('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(regularForms('charge')).toEqual(['charge', 'charges', 'charged', 'charging']);
  });
  it('maps irregular forms to their lemma', () => {
    expect(STATUS_FORMS.get('admitted')).toBe('admit');
    expect(STATUS_FORMS.get('struck')).toBe('strike');
    expect(SPEECH_FORMS.get('told')).toBe('tell');
    expect(STATUS_FORMS.has('told')).toBe(false);
  });
});

describe('cosine', () => {
  const v = (...xs: number[]): Float32Array => Float32Array.from(xs);
  it('is 1 for one direction, 0 for orthogonal, -1 for opposite', () => {
    expect(cosine(v(1, 2, 3), v(2, 4, 6))).toBeCloseTo(1, 6);
    expect(cosine(v(1, 0), v(0, 1))).toBe(0);
    expect(cosine(v(1, -1), v(-1, 1))).toBeCloseTo(-1, 6);
    expect(cosine(v(3, 4), v(4, 3))).toBeCloseTo(24 / 25, 6);
  });
  it('is 0 against a zero vector, and refuses vectors of different sizes', () => {
    expect(cosine(v(0, 0), v(1, 1))).toBe(0);
    expect(() => cosine(v(1, 0), v(1, 0, 0))).toThrow(/2 and 3 dimensions/);
  });
  it('unitVector keeps the direction at length 1', () => {
    const u = unitVector([3, 4]);
    expect([...u].map((x) => Number(x.toFixed(6)))).toEqual([0.6, 0.8]);
    expect([...unitVector([0, 0])]).toEqual([0, 0]);
  });
});

describe('stored vectors', () => {
  it('round-trip through bytes exactly, little-endian', () => {
    const v = Float32Array.from([0.25, -1.5, 3e-8, 1]);
    const bytes = vectorBytes(v);
    expect(bytes).toHaveLength(16);
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 128, 62]);
    expect(vectorFromBytes(bytes, 4)).toEqual(v);
    // A view into a larger buffer, as a database driver may hand it over.
    const padded = new Uint8Array(20);
    padded.set(bytes, 4);
    expect(vectorFromBytes(padded.subarray(4), 4)).toEqual(v);
  });
  it('refuse bytes of the wrong size or that are not numbers', () => {
    expect(vectorFromBytes(vectorBytes(Float32Array.from([1, 2])), 3)).toBeNull();
    expect(vectorFromBytes(vectorBytes(Float32Array.from([1, Number.NaN])), 2)).toBeNull();
  });
});

describe('IDF-weighted overlap', () => {
  it('reads content lemmas and numbers by value', () => {
    expect(termsOf('About 20,000 marchers were killed.')).toEqual(['#20000', 'marcher', 'kill']);
    expect(termsOf('Twenty thousand marchers')).toContain('#20000');
    expect(termsOf('twenty-one boats and $4.2 million')).toEqual(['#21', 'boat', '#4200000']);
  });
  it('is 1 for the same terms and 0 for none shared', () => {
    const idf = storyIdf([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(overlapSimilarity(['a', 'b'], ['b', 'a'], idf)).toBeCloseTo(1, 9);
    expect(overlapSimilarity(['a', 'b'], ['c', 'd'], idf)).toBe(0);
    expect(overlapSimilarity([], ['c'], idf)).toBe(0);
  });
  it('weighs a word the whole story repeats below a rare one', () => {
    const story = [
      ['storm', 'town', 'bridge'],
      ['storm', 'town', 'school'],
      ['storm', 'power'],
      ['storm', 'road'],
      ['bridge', 'collapse'],
    ];
    const idf = storyIdf(story);
    const sharingCommon = overlapSimilarity(['storm', 'flood'], ['storm', 'wind'], idf);
    const sharingRare = overlapSimilarity(['bridge', 'flood'], ['bridge', 'wind'], idf);
    expect(sharingRare).toBeGreaterThan(sharingCommon);
  });
  it('matches a figure written in words with the same figure in digits', () => {
    const a = termsOf('Police said 20,000 people marched.');
    const b = termsOf('Twenty thousand people marched, police said.');
    const c = termsOf('Police said 50,000 people marched.');
    const idf = storyIdf([a, b, c]);
    expect(overlapSimilarity(a, b, idf)).toBeGreaterThan(overlapSimilarity(a, c, idf));
  });
});

describe('memoryVectorCache', () => {
  const v = Float32Array.from([1, 0]);
  it('returns what was put, per model', async () => {
    const cache = memoryVectorCache();
    await cache.put('m1', new Map([[textHash('x'), v]]));
    expect((await cache.get('m1', [textHash('x'), textHash('y')])).get(textHash('x'))).toBe(v);
    expect((await cache.get('m1', [textHash('y')])).size).toBe(0);
    expect((await cache.get('m2', [textHash('x')])).size).toBe(0);
  });
  it('drops the oldest entries past its bound', async () => {
    const cache = memoryVectorCache(2);
    for (const t of ['a', 'b', 'c']) await cache.put('m', new Map([[t, v]]));
    expect([...(await cache.get('m', ['a', 'b', 'c'])).keys()]).toEqual(['b', 'c']);
  });
  it('hashes texts stably and apart', () => {
    expect(textHash('same text')).toBe(textHash('same text'));
    expect(textHash('same text')).not.toBe(textHash('same text.'));
  });
});
