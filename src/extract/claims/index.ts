// Check-worthy statements of one article: sentences that name an entity, a number or a date and state an
// event with a fact verb. Skipped: questions, predictions and first-person opinion, sentences in opinion,
// advice and reader-engagement sections, headings, table rows, and sentences that are only a quote and its
// attribution (the quote finder has those). Hypothetical sections are kept, with their kind, for assess.
import type { Context } from '../../context.ts';
import { STATUS_FORMS } from '../../lang/en/fact-verbs.ts';
import { NONE_THERE } from '../../lang/en/negation.ts';
import type { Result } from '../../model/issue.ts';
import { mapList } from '../../model/list.ts';
import type { ClaimMention, DocEntity } from '../../model/mention.ts';
import type { Section, Segmented, Sentence } from '../../model/segment.ts';
import type { Span } from '../../model/span.ts';
import { scanQuotes } from '../quotes/marks.ts';
import { makeSpeakerLinker, type SpeakerLinker } from '../quotes/speakers.ts';
import { type Tok, tokenize } from '../quotes/tokens.ts';
import { sourceOf } from './attribution.ts';
import { clausesOf } from './clauses.ts';
import { hedgesOf } from './hedges.ts';
import { copulaWithState, factVerb, mainVerb, structureOf } from './structure.ts';
import { datesIn, hasNumber, keysOf } from './words.ts';

const SKIP_KINDS = new Set(['opinion', 'advice', 'reader-engagement']);
const OPINION_OPENER =
  /^(?:I|We)\s+(?:predict|think|believe|expect|guess|hope|feel|suspect|reckon|would argue|argue|fear|doubt)\b|\bin my (?:view|opinion)\b|\bI['’]m (?:sure|convinced)\b/;
const PRONOUN_SOURCE = /^(?:he|she|they|it)$/i;
const MIN_OWN_WORDS = 7;
/** Words a sentence naming nothing, with no number or date, needs to say something specific enough to check. */
const UNANCHORED_WORDS = 10;

/** The sentence with quoted words blanked (same length, so offsets hold), and how many characters were quoted. */
function ownWords(text: string, s: Span, quoted: Span[], qi: number): { own: string; quotedChars: number } {
  let own = '';
  let quotedChars = 0;
  let at = s.start;
  for (let i = qi; i < quoted.length; i++) {
    const q = quoted[i] as Span;
    if (q.start >= s.end) break;
    const a = Math.max(q.start, s.start);
    const b = Math.min(q.end, s.end);
    if (b <= a) continue;
    if (a > at) own += text.slice(at, a);
    own += ' '.repeat(b - Math.max(a, at));
    quotedChars += b - a;
    at = Math.max(at, b);
  }
  if (at < s.end) own += text.slice(at, s.end);
  return { own, quotedChars };
}

function inAny(spans: Span[], s: Span): boolean {
  return spans.some((t) => t.start <= s.start && s.end <= t.end);
}

function headingOverlap(sec: Section | undefined, s: Span): boolean {
  const h = sec?.heading;
  return h !== null && h !== undefined && h.start < s.end && s.start < h.end;
}

const WORD = /[\p{L}\d]\S*/gu;

/** Words in the text, counting no further than `enough`. */
function countWords(s: string, enough: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < enough && WORD.exec(s)) n++;
  return n;
}

/** Is this sentence worth checking at all (before any parsing)? */
function worthy(
  own: string,
  quotedChars: number,
  sentence: Sentence,
  named: () => boolean,
  dates: () => string[],
  tokens: () => Tok[],
): boolean {
  const words = countWords(own, MIN_OWN_WORDS);
  if (quotedChars > 0 && words < MIN_OWN_WORDS) return false;
  if (words < 4) return false;
  if (sentence.cues.includes('question') || /\?["”’)\s]*$/.test(own)) return false;
  if (sentence.cues.includes('prediction') || OPINION_OPENER.test(own.trimStart())) return false;
  if (NONE_THERE.test(own)) return true;
  return (
    named() ||
    hasNumber(own) ||
    dates().length > 0 ||
    countWords(own, UNANCHORED_WORDS) >= UNANCHORED_WORDS ||
    tellsOutcome(tokens())
  );
}

/** A short sentence whose verb is an outcome or a state ("The depot remains closed.", "Nobody was hurt in the
 *  blaze.", "The inquiry is ongoing.") says what happened to something, however few words it takes: reports agree
 *  or differ on exactly those. */
function tellsOutcome(toks: Tok[]): boolean {
  const v = factVerb(toks, 0, toks.length);
  return (v >= 0 && STATUS_FORMS.has(toks[v]!.word)) || copulaWithState(toks, 0, toks.length) >= 0;
}

/** A sentence that names nothing and gives no number or date is a claim only with a fact verb or a state of its
 *  own: "The thieves later torched the van and fled in a second car" and "The whole raid was over in seconds"
 *  state what happened; "It was a shock" does not. */
const anchored = (own: string, ids: string[], dates: () => string[]): boolean =>
  namesSomething(own, ids) || hasNumber(own) || dates().length > 0;

/** A name in the sentence's own words: an entity mention, or a capitalised word not opening the sentence. */
function namesSomething(own: string, ids: string[]): boolean {
  if (ids.length > 0) return true;
  return /\s[\p{Lu}][\p{L}]+/u.test(own.trimStart().replace(/^\S+/, ''));
}

export function findClaims(seg: Segmented, entities: DocEntity[], ctx: Context): Result<ClaimMention[]> {
  const text = seg.doc.text;
  const quoted = mapList(scanQuotes(text, seg.paragraphs), (q) => ({
    start: q.open,
    end: q.close >= 0 ? q.close + 1 : q.inner.end,
  }));
  // a loop, not flatMap over map: map's result changes hidden class once optimised (model/list.ts)
  const mentions: (Span & { id: string })[] = [];
  for (const e of entities) for (const m of e.mentions) mentions.push({ ...m, id: e.id });
  mentions.sort((a, b) => a.start - b.start);
  let linker: SpeakerLinker | null = null; // built only when a pronoun needs it
  const link: SpeakerLinker = (t, at) => {
    linker ??= makeSpeakerLinker(text, entities, seg.sentences, quoted);
    return linker(t, at);
  };
  const out: ClaimMention[] = [];
  let qi = 0;
  let mi = 0;
  let lastSource: string | null = null;
  const stated = new Set<string>();
  for (const s of seg.sentences) {
    while (qi < quoted.length && (quoted[qi] as Span).end <= s.start) qi++;
    while (mi < mentions.length && (mentions[mi] as Span).start < s.start) mi++;
    const sec = seg.sections[s.section];
    const kind = sec?.kind ?? 'news';
    if (SKIP_KINDS.has(kind) || headingOverlap(sec, s) || inAny(seg.tables, s)) continue;
    const ids: string[] = [];
    for (let j = mi; j < mentions.length && (mentions[j] as Span).start < s.end; j++) {
      const id = mentions[j]?.id as string;
      if (!ids.includes(id)) ids.push(id);
    }
    const { own, quotedChars } = ownWords(text, s, quoted, qi);
    // Date words are read once per sentence, and only when asked for.
    let found: string[] | undefined;
    const dates = (): string[] => (found ??= datesIn(own));
    // ...and its tokens once, when a short sentence's verb is asked for or it is parsed.
    let read: Tok[] | undefined;
    const tokens = (): Tok[] => (read ??= tokenize(own, 0, own.length));
    if (!worthy(own, quotedChars, s, () => namesSomething(own, ids), dates, tokens)) continue;
    const sentenceText = text.slice(s.start, s.end); // same offsets as `own`, quoted words intact
    // An article that repeats a sentence (a teaser above its body) states it once.
    const said = sentenceText.replace(/\s+/g, ' ');
    if (stated.has(said)) continue;
    stated.add(said);
    const toks = tokens();
    const src = sourceOf(toks, own, sentenceText);
    if (mainVerb(toks, 0, toks.length) < 0) continue;
    if (
      !anchored(own, ids, dates) &&
      !NONE_THERE.test(own) &&
      factVerb(toks, 0, toks.length) < 0 &&
      copulaWithState(toks, 0, toks.length) < 0
    )
      continue;
    const st = structureOf(toks, src.from, src.to, sentenceText);
    let attribution = src.unnamed ? 'unnamed source' : src.text;
    // "He said …": the entity, else whoever the previous attributed sentence named.
    if (attribution && PRONOUN_SOURCE.test(attribution))
      attribution = link(attribution, s.start)?.name ?? lastSource;
    if (attribution) lastSource = attribution;
    const time = dates()[0] ?? null;
    const clauses = clausesOf(own, toks).map((c) => ({ start: s.start + c.start, end: s.start + c.end }));
    out.push({
      span: { start: s.start, end: s.end },
      text: sentenceText,
      attribution,
      hedges: hedgesOf(own),
      subject: st.subject,
      predicate: st.predicate,
      object: st.object,
      time,
      entities: ids,
      sectionKind: kind,
      keys: keysOf(own),
      ...(clauses.length ? { clauses } : {}),
    });
  }
  ctx.trace('extract', `claims: ${out.length} of ${seg.sentences.length} sentences`);
  return { value: out, issues: [] };
}
