// Labelled pairs for measuring how well a similarity tells the same fact from different ones, built from the
// annotations: sentences stating one corroborated claim in different articles, and values counting the same
// thing in different articles, against random or differently-annotated pairs of the same story.

import { termsOf } from '../src/embed/overlap.ts';
import { MAX_SENTENCE_CHARS } from '../src/embed/select.ts';
import { parseNumberText } from '../src/lang/numbers.ts';
import type { Extracted } from '../src/model/mention.ts';
import { sentenceKey } from '../src/model/vectors.ts';
import type { EvalStory } from './embed-stories.ts';

export interface Unit {
  key: string;
  doc: string;
  text: string;
  terms: string[];
}

export interface Pair {
  a: Unit;
  b: Unit;
  positive: boolean;
}

/** Sentences with fewer words are headlines' fragments and bylines, not statements. */
const MIN_WORDS = 4;
/** Random cross-article pairs drawn per story as negatives for claims. */
const NEGATIVES_PER_STORY = 300;

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every sentence of the story that could state a fact, with its terms. */
export function storyUnits(extracted: readonly Extracted[]): Unit[] {
  return extracted.flatMap((x) =>
    x.seg.sentences
      .map((s) => ({ s, text: collapse(x.seg.doc.text.slice(s.start, s.end)).slice(0, MAX_SENTENCE_CHARS) }))
      .filter(({ text }) => text.split(' ').length >= MIN_WORDS)
      .map(({ s, text }) => ({
        key: sentenceKey(x.seg.doc.id, s),
        doc: x.seg.doc.id,
        text,
        terms: termsOf(text),
      })),
  );
}

/** A small seeded generator, so every run draws the same negatives. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pairId = ({ a, b }: { a: Unit; b: Unit }): string => [a.key, b.key].sort().join('|');

/** How well a sentence matches an annotated claim's wording: picks the sentence that states it in each article. */
export type ClaimMatch = (claim: string, u: Unit) => number;

/** Claim pairs: per corroborated claim, the best-matching sentence of each article stating it, paired across articles. */
export function claimPairs(story: EvalStory, units: Unit[], match: ClaimMatch): Pair[] {
  const byDoc = new Map<string, Unit[]>();
  for (const u of units) byDoc.set(u.doc, [...(byDoc.get(u.doc) ?? []), u]);
  const positives = new Map<string, Pair>();
  for (const c of story.annotation.corroborated) {
    const best: Unit[] = [];
    for (const d of c.docs) {
      let top: Unit | null = null;
      let topScore = 0;
      for (const u of byDoc.get(d) ?? []) {
        const s = match(c.claim, u);
        if (s > topScore) [top, topScore] = [u, s];
      }
      if (top) best.push(top);
    }
    for (let i = 0; i < best.length; i++)
      for (let j = i + 1; j < best.length; j++) {
        const [a, b] = [best[i] as Unit, best[j] as Unit];
        if (a.doc !== b.doc && a.text !== b.text) positives.set(pairId({ a, b }), { a, b, positive: true });
      }
  }
  const rand = mulberry32(story.name.length * 7919 + units.length);
  const negatives = new Map<string, Pair>();
  for (let tries = 0; negatives.size < NEGATIVES_PER_STORY && tries < NEGATIVES_PER_STORY * 20; tries++) {
    const a = units[Math.floor(rand() * units.length)] as Unit;
    const b = units[Math.floor(rand() * units.length)] as Unit;
    const id = pairId({ a, b });
    if (a.doc === b.doc || a.text === b.text || positives.has(id)) continue;
    negatives.set(id, { a, b, positive: false });
  }
  return [...positives.values(), ...negatives.values()];
}

export interface QuantityItem {
  group: number;
  /** The annotated value as a number, or its words when they read as none. */
  value: number | string;
  doc: string;
  sentence: Unit;
  clause: Unit;
  /** The extractor's own phrase for what the number counts, when it found the number. */
  about: Unit | null;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The annotated words in the article's text, whatever the spacing ("north - northeast", "2 : 09"). */
function locate(text: string, phrase: string): { start: number; end: number } | null {
  const words = phrase.split(/\s+/).filter(Boolean).map(escapeRegex);
  if (words.length === 0) return null;
  const m = new RegExp(words.join('\\s*'), 'i').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Marks that end a clause around a number: commas, semicolons, colons, dashes, brackets. */
const CLAUSE_MARK = /[,;:()—–]/g;
/** A clause shorter than this says too little to compare: fall back to the sentence. */
const MIN_CLAUSE_WORDS = 5;

function clauseOf(
  text: string,
  sentence: { start: number; end: number },
  at: { start: number; end: number },
) {
  let start = sentence.start;
  let end = sentence.end;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(CLAUSE_MARK)) {
    const pos = sentence.start + m.index;
    if (pos < at.start) start = pos + 1;
    else if (pos >= at.end && pos < end) end = pos;
  }
  const clause = collapse(text.slice(start, end));
  return clause.split(' ').length >= MIN_CLAUSE_WORDS ? clause : collapse(body);
}

const unit = (key: string, doc: string, text: string): Unit => ({ key, doc, text, terms: termsOf(text) });

/** Each annotated quantity value found in its article: its sentence, clause and the extractor's about-phrase. */
export function quantityItems(story: EvalStory): { items: QuantityItem[]; missing: number } {
  const byId = new Map(story.extracted.map((x) => [x.seg.doc.id, x]));
  const items: QuantityItem[] = [];
  let missing = 0;
  story.annotation.quantities.forEach((g, group) => {
    for (const v of g.values) {
      const x = byId.get(v.doc);
      const at = x ? locate(x.seg.doc.text, v.text) : null;
      const s = at && x?.seg.sentences.find((s) => s.start <= at.start && at.start < s.end);
      if (!x || !at || !s) {
        missing++;
        continue;
      }
      const text = x.seg.doc.text;
      const q = x.quantities.find((q) => q.span.start < at.end && at.start < q.span.end && q.about);
      items.push({
        group,
        value: parseNumberText(v.text.replace(/(\d) , (\d)/g, '$1,$2'))?.value ?? v.text,
        doc: v.doc,
        sentence: unit(sentenceKey(v.doc, s), v.doc, collapse(text.slice(s.start, s.end))),
        clause: unit(`${v.doc}@${at.start}`, v.doc, clauseOf(text, s, at)),
        about: q ? unit(`${v.doc}~${q.span.start}`, v.doc, q.about) : null,
      });
    }
  });
  return { items, missing };
}

/**
 * Quantity pairs across articles: the same annotated thing is positive, different things negative. With
 * `valuesDiffer`, only positives whose values differ are kept: the pairs a dispute finder must align.
 */
export function quantityPairs(
  items: QuantityItem[],
  pick: (i: QuantityItem) => Unit | null,
  valuesDiffer = false,
): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const x = items[i] as QuantityItem;
      const y = items[j] as QuantityItem;
      const a = pick(x);
      const b = pick(y);
      if (!a || !b || x.doc === y.doc || a.text === b.text) continue;
      const positive = x.group === y.group;
      if (positive && valuesDiffer && x.value === y.value) continue;
      out.push({ a, b, positive });
    }
  return out;
}

/** Area under the ROC curve: the chance a random positive outscores a random negative (ties count half). */
export function auc(scored: { score: number; positive: boolean }[]): number {
  const sorted = [...scored].sort((p, q) => p.score - q.score);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]?.score === sorted[i]?.score) j++;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++)
      if (sorted[k]?.positive) [rankSum, positives] = [rankSum + meanRank, positives + 1];
    i = j;
  }
  const negatives = sorted.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
