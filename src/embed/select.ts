// Which sentences of an article are worth a vector: those that state something another source could state too
// (a number, a date, a quote, a named actor, a change of status or a report of speech). Pure; no model here.
import { SPEECH_FORMS, STATUS_FORMS } from '../lang/en/fact-verbs.ts';
import type { Extracted } from '../model/mention.ts';
import type { Sentence } from '../model/segment.ts';
import type { Span } from '../model/span.ts';
import { sentenceKey } from '../model/vectors.ts';

export type SelectReason = 'number' | 'date' | 'quote' | 'entity' | 'status-verb' | 'speech-verb';

export interface SelectedSentence {
  key: string;
  /** The sentence as the encoder reads it: whitespace collapsed, cut at MAX_SENTENCE_CHARS. */
  text: string;
  span: Span;
  reasons: SelectReason[];
}

/** Fewer words than this state nothing comparable ("Read more.", "Photo: AP"). */
const MIN_WORDS = 4;
/** Past this the encoder's cost grows while the meaning it keeps does not: a run-on block, not a sentence. */
export const MAX_SENTENCE_CHARS = 600;
/** Section kinds that never carry the story's facts. */
const SKIPPED_SECTIONS = new Set(['reader-engagement']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const DIGIT = /\p{N}/u;

/** Index of the sentence holding `offset`, or -1 (sentences are in text order and do not overlap). */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The reasons the extractor's findings give each sentence, by sentence index. */
function findingReasons(x: Extracted): Map<number, Set<SelectReason>> {
  const out = new Map<number, Set<SelectReason>>();
  const mark = (span: Span, reason: SelectReason): void => {
    const i = sentenceAt(x.seg.sentences, span.start);
    if (i < 0) return;
    const set = out.get(i) ?? new Set<SelectReason>();
    set.add(reason);
    out.set(i, set);
  };
  for (const q of x.quantities) mark(q.span, 'number');
  for (const d of x.dates) mark(d.span, 'date');
  for (const q of x.quotes) mark(q.span, 'quote');
  for (const e of x.entities) for (const m of e.mentions) mark(m, 'entity');
  return out;
}

/** Reasons read from the words themselves: digits the extractor did not keep, status and speech verbs. */
function wordReasons(words: readonly string[], text: string): SelectReason[] {
  const out: SelectReason[] = [];
  if (DIGIT.test(text)) out.push('number');
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => STATUS_FORMS.has(w))) out.push('status-verb');
  if (lower.some((w) => SPEECH_FORMS.has(w))) out.push('speech-verb');
  return out;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The sentences of one article worth comparing across sources, in text order. */
export function selectSentences(x: Extracted): SelectedSentence[] {
  const { doc, sections, sentences } = x.seg;
  const found = findingReasons(x);
  const out: SelectedSentence[] = [];
  sentences.forEach((s, i) => {
    if (SKIPPED_SECTIONS.has(sections[s.section]?.kind ?? '')) return;
    const text = collapse(doc.text.slice(s.start, s.end));
    const words = text.match(WORD) ?? [];
    if (words.length < MIN_WORDS) return;
    const reasons = new Set<SelectReason>([...(found.get(i) ?? []), ...wordReasons(words, text)]);
    if (reasons.size === 0) return;
    out.push({
      key: sentenceKey(doc.id, s),
      text: text.slice(0, MAX_SENTENCE_CHARS),
      span: { start: s.start, end: s.end },
      reasons: [...reasons],
    });
  });
  return out;
}
