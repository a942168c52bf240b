// Direct quotes of one article with their speakers. Steps, in order: pair the marks (marks.ts), read the
// attribution next to each quote (attribution.ts), drop scare quotes, hand speakers on to the rest of a
// continued or interrupted quote, then link each speaker phrase to an entity (speakers.ts).
//
// Scare quotes: a quote of fewer than six words with no sentence inside it is a term, not a person's words
// ("war on drugs"), unless a speech verb stands right at it ("described him as a “…”", "“…,” she said"):
// then it is kept, with its speaker, and marked partial.
import type { Context } from '../../context.ts';
import type { Result } from '../../model/issue.ts';
import { mapList } from '../../model/list.ts';
import type { DocEntity, QuoteMention } from '../../model/mention.ts';
import type { Segmented } from '../../model/segment.ts';
import type { Span } from '../../model/span.ts';
import { type Attribution, attributeAfter, attributeBefore } from './attribution.ts';
import { type QuotedStretch, scanQuotes } from './marks.ts';
import { makeSpeakerLinker, type SpeakerLinker } from './speakers.ts';

/** A quote as found: the shared QuoteMention, plus whether it is a short phrase rather than whole words. */
export interface FoundQuote extends QuoteMention {
  partial: boolean;
}

const MIN_WORDS = 6;

interface Candidate {
  q: QuotedStretch;
  attr: Attribution | null;
  /** Index of the candidate whose attribution this one borrows, when it has none of its own. */
  from: number;
  keep: boolean;
  partial: boolean;
}

const SPACES = /\s+/g;

function isWholeWords(inner: string): boolean {
  if (/[.!?]["'’”]?\s/.test(inner)) return true;
  SPACES.lastIndex = 0;
  let words = 1;
  while (SPACES.exec(inner) && ++words < MIN_WORDS);
  return words >= MIN_WORDS;
}

function paragraphOf(paras: Span[], q: QuotedStretch, text: string): Span {
  return paras[q.paragraph] ?? { start: 0, end: text.length };
}

// A paragraph holding this many quoted stretches is a list of terms or data, not speech: its short quotes
// are taken for terms without reading attributions (this also bounds the work on pathological input).
const TERM_LIST = 200;

function attribute(text: string, quotes: QuotedStretch[], paras: Span[], entities: DocEntity[]): Candidate[] {
  const perParagraph = new Map<number, number>();
  for (const q of quotes) perParagraph.set(q.paragraph, (perParagraph.get(q.paragraph) ?? 0) + 1);
  return mapList(quotes, (q, i) => {
    const inner = text.slice(q.inner.start, q.inner.end);
    const whole = isWholeWords(inner);
    if (!whole && (perParagraph.get(q.paragraph) ?? 0) > TERM_LIST)
      return { q, attr: null, from: -1, keep: false, partial: true };
    const para = paragraphOf(paras, q, text);
    const prev = quotes[i - 1];
    const next = quotes[i + 1];
    const floor = prev && prev.paragraph === q.paragraph && prev.close >= 0 ? prev.close + 1 : para.start;
    const limit = next && next.paragraph === q.paragraph ? next.open : para.end;
    const after =
      q.close >= 0
        ? attributeAfter(text, q.close, limit, /[.!?]$/.test(inner), /[.,!?\u2014-]$/.test(inner), entities)
        : null;
    const attr = after ?? attributeBefore(text, q.open, floor, entities);
    const keep = whole || (attr?.adjacent ?? false);
    return { q, attr, from: -1, keep, partial: !whole };
  });
}

/** Quotes without an attribution borrow one: from their chain, else an earlier quote of the same or the previous paragraph. */
function inherit(cands: Candidate[], text: string, paras: Span[]): void {
  const chainSource = new Map<number, number>();
  cands.forEach((c, i) => {
    if (c.keep && c.attr && !chainSource.has(c.q.chain)) chainSource.set(c.q.chain, i);
  });
  let last = -1; // the latest kept quote with a speaker
  cands.forEach((c, i) => {
    if (!c.keep) return;
    if (!c.attr) {
      const fromChain = chainSource.get(c.q.chain);
      if (fromChain !== undefined) c.from = fromChain;
      else if (last >= 0) {
        const src = (cands[last] as Candidate).q;
        const para = paragraphOf(paras, c.q, text);
        const opensParagraph = text.slice(para.start, c.q.open).trim() === '';
        if (src.paragraph === c.q.paragraph || (src.paragraph === c.q.paragraph - 1 && opensParagraph))
          c.from = last;
      }
    }
    if (c.attr || c.from >= 0) last = c.attr ? i : c.from;
  });
}

export function findQuotes(seg: Segmented, entities: DocEntity[], ctx: Context): Result<FoundQuote[]> {
  const text = seg.doc.text;
  const quotes = scanQuotes(text, seg.paragraphs);
  const paras = seg.paragraphs;
  const cands = attribute(text, quotes, paras, entities);
  inherit(cands, text, paras);
  let linker: SpeakerLinker | null = null; // built only when a quote has a speaker to link
  const link: SpeakerLinker = (t, at) => {
    linker ??= makeSpeakerLinker(
      text,
      entities,
      seg.sentences,
      mapList(quotes, (q) => ({ start: q.open, end: q.close >= 0 ? q.close + 1 : q.inner.end })),
    );
    return linker(t, at);
  };
  const out: FoundQuote[] = [];
  for (const c of cands) {
    if (!c.keep) continue;
    const attr = c.attr ?? (c.from >= 0 ? (cands[c.from] as Candidate).attr : null);
    const entity = attr ? link(attr.speakerText, attr.speakerAt) : null;
    out.push({
      span: { ...c.q.inner },
      text: text.slice(c.q.inner.start, c.q.inner.end),
      speakerText: attr?.speakerText ?? null,
      speaker: entity?.id ?? null,
      venue: attr?.venue ?? null,
      attribution: attr ? { ...attr.span } : null,
      partial: c.partial,
    });
  }
  ctx.trace('extract', `quotes: ${out.length} of ${quotes.length} quoted stretches`);
  return { value: out, issues: [] };
}
