// The word-overlap baseline the vectors are measured against, and a signal of its own: IDF-weighted cosine over
// a sentence's content-word lemmas and numbers, with IDF taken over the story's own sentences (a word every
// source repeats, like the story's main actor, says little about which fact two sentences state).
import { readNumber, wordValue } from '../lang/numbers.ts';
import { wink } from '../lang/wink.ts';

/** A sentence's distinct terms: content lemmas ("kill", "marcher") and numbers by value ("#20000", "#1.2"). */
export function termsOf(text: string): string[] {
  const nlp = wink();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const normal = tokens.out(its.normal) as string[];
  // Lemmas need the model's addons, which wink-eng-lite-web-model has; its typings do not know that.
  const lemma = tokens.out(its.lemma as unknown as typeof its.normal) as string[];
  const type = tokens.out(its.type) as string[];
  const stop = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const out = new Set<string>();
  for (let i = 0; i < normal.length; i++) {
    // The tokenizer splits "twenty-one" at the hyphen; the number reader wants it whole.
    const hyphenated = normal[i + 1] === '-' ? wordValue(`${normal[i]}-${normal[i + 2]}`) : null;
    if (hyphenated && !hyphenated.ordinal) {
      out.add(`#${hyphenated.value}`);
      i += 2;
      continue;
    }
    // Numbers first, whole: "2.6 million", "twenty-one", "20,000" are one value each; "one" is a stop word too.
    const n = type[i] === 'number' || /^[a-z]/.test(normal[i] ?? '') ? readNumber(normal, i) : null;
    if (n && !n.ordinal) {
      out.add(`#${n.value}`);
      i += n.length - 1;
      continue;
    }
    if (type[i] !== 'word' || stop[i]) continue;
    const l = (lemma[i] ?? '').toLowerCase();
    if (l.length > 1) out.add(l);
  }
  return [...out];
}

/** Inverse document frequency of each term over the story's sentences, smoothed so no weight is zero. */
export function storyIdf(sentences: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of sentences) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / (d + 1)) + 1);
  return idf;
}

/** Weight of a term the story's sentences never used: as rare as a term can be among them. */
const unseenWeight = (idf: ReadonlyMap<string, number>): number => Math.log(idf.size + 2) + 1;

/** IDF-weighted cosine of two term sets, in [0, 1]: 1 for the same terms, 0 for none shared. */
export function overlapSimilarity(
  a: readonly string[],
  b: readonly string[],
  idf: ReadonlyMap<string, number>,
): number {
  const unseen = unseenWeight(idf);
  const w = (t: string): number => idf.get(t) ?? unseen;
  const inB = new Set(b);
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const t of new Set(a)) {
    const x = w(t) ** 2;
    na += x;
    if (inB.has(t)) shared += x;
  }
  for (const t of inB) nb += w(t) ** 2;
  return na === 0 || nb === 0 ? 0 : shared / Math.sqrt(na * nb);
}
