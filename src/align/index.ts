// align: Resolved → Aligned. Groups of comparable findings by blocking keys, never all pairs of sentences.
import type { Context } from '../context.ts';
import type {
  Aligned,
  ClaimMember,
  DateMember,
  QuantityMember,
  QuoteMember,
  Resolved,
} from '../model/finding.ts';
import type { Result } from '../model/issue.ts';
import { pushTo } from '../model/list.ts';
import type { DateMention, QuantityMention } from '../model/mention.ts';
import type { Segmented } from '../model/segment.ts';
import { contains, firstFrom, type Span, spanAt } from '../model/span.ts';
import { alignClaims } from './claims.ts';
import { markComparable, markComparableDates } from './contexts.ts';
import { alignDates } from './dates.ts';
import { entityLookup } from './entities.ts';
import { alignOffices } from './offices.ts';
import { alignQuantities } from './quantities.ts';
import { joinQuotedClaims, type QuotedSources } from './quoted.ts';
import { alignQuotes } from './quotes.ts';
import { withOwnClauses } from './residual.ts';

/** Section kind at an offset, per article: built once, so a lookup never searches the other articles. */
function sectionKinds(r: Resolved): (doc: string, at: number) => string {
  const byDoc = new Map<string, Segmented['sections']>(
    r.extracted.map((x) => [x.seg.doc.id, x.seg.sections]),
  );
  return (doc, at) => byDoc.get(doc)?.find((sec) => sec.start <= at && at < sec.end)?.kind ?? 'news';
}

/** Spaces and quote marks dropped: a quote and the article's copy of it compare by their words. */
const bareWords = (t: string): string => t.replace(/[\s"“”‘’']+/g, ' ').trim();
/** A sentence shorter than this is too common to be taken for a copy of a quote ("He said no."). */
const COPY_MIN_CHARS = 40;

/**
 * Whether a date stands in a speaker's voice: inside quoted words, or in a sentence the article prints again
 * without marks where it reproduces a quote (a post embedded after the article quoted it). Built once per article:
 * its quotes' spans in order and their words in one string, so a date costs a search, not a pass over the quotes.
 */
function quotedVoice(r: Resolved): (doc: string, d: DateMention) => boolean {
  const byDoc = new Map(
    r.extracted.map((x) => {
      const spans = x.quotes.map((q) => q.span).sort((a, b) => a.start - b.start);
      return [
        x.seg.doc.id,
        { text: x.seg.doc.text, spans, words: x.quotes.map((q) => bareWords(q.text)).join('\n') },
      ];
    }),
  );
  return (doc, d) => {
    const x = byDoc.get(doc);
    if (!x || x.spans.length === 0) return false;
    const q = spanAt(x.spans, d.span.start);
    if (q && contains(q, d.span)) return true;
    const sentence = bareWords(x.text.slice(d.sentence.start, d.sentence.end));
    return sentence.length >= COPY_MIN_CHARS && x.words.includes(sentence);
  };
}

const SINCE = /^(since|from|as of|so far in|this year|in the past)\b/i;

/** A count without a stated scope takes a "since …" date written in its own sentence. */
function withScope(q: QuantityMention, dates: DateMention[]): QuantityMention {
  if (q.scope) return q;
  const d = dates.find(
    (m) => SINCE.test(m.text) && m.span.start >= q.sentence.start && m.span.end <= q.sentence.end,
  );
  return d ? { ...q, scope: d.text } : q;
}

/** Resolved dates per sentence (`doc@sentenceStart`), to keep counts of different moments apart. */
function sentenceDates(r: Resolved): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of r.dates) {
    if (!d.resolved || d.mention.relative) continue;
    const key = `${d.doc}@${d.mention.sentence.start}`;
    pushTo(out, key, d.resolved);
  }
  return out;
}

/** Each article's publication day, when known to the day. */
function publishedDays(r: Resolved): Map<string, string> {
  const out = new Map<string, string>();
  for (const x of r.extracted) {
    const p = x.seg.doc.published;
    if (p && p.length >= 10 && x.seg.doc.publishedBasis !== 'unknown') out.set(x.seg.doc.id, p.slice(0, 10));
  }
  return out;
}

/** Words before a date that opens its sentence: "In", "Back in" ("Since May" opens a running count's scope instead). */
const RUNNING = /^(?:since|from|until|by)\b/i;
const OPENING = /^\W*(?:(?:back|also|and|but)\s+)?(?:in|during)?\s*$/i;

/** Sentences that open on a period written with its year ("In December 2008, three men…"): background, not the
 *  news of the day. */
function periodSentences(r: Resolved, texts: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const d of r.dates) {
    const m = d.mention;
    const lead = (texts.get(d.doc) ?? '').slice(m.sentence.start, m.span.start);
    if (
      d.resolved &&
      !m.relative &&
      m.certainty === 'stated' &&
      m.precision !== 'day' &&
      OPENING.test(lead) &&
      !RUNNING.test(m.text)
    )
      out.add(`${d.doc}@${m.sentence.start}`);
  }
  return out;
}

/** The dates written inside a span of an article: resolved (ISO prefixes), and the words that write them. */
function claimDates(r: Resolved): (doc: string, span: Span) => { dates: string[]; written: string[] } {
  const byDoc = new Map<string, (Span & { date: string; text: string })[]>();
  for (const d of r.dates) {
    // A year is the story's era ("the 2016 election"), not when this happened: a day or a month is.
    if (!d.resolved || d.mention.precision === 'year') continue;
    const list = byDoc.get(d.doc) ?? [];
    if (!list.length) byDoc.set(d.doc, list);
    list.push({
      start: d.mention.span.start,
      end: d.mention.span.end,
      date: d.resolved,
      text: d.mention.text,
    });
  }
  for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start);
  return (doc, span) => {
    const list = byDoc.get(doc) ?? [];
    const dates = new Set<string>();
    const written: string[] = [];
    for (let i = firstFrom(list, span.start); i < list.length && list[i]!.start < span.end; i++) {
      if (list[i]!.end > span.end) continue;
      dates.add(list[i]!.date);
      written.push(list[i]!.text);
    }
    return { dates: [...dates], written };
  };
}

export function align(resolved: Resolved, ctx: Context): Result<Aligned> {
  const lookup = entityLookup(resolved);
  const kindAt = sectionKinds(resolved);
  const texts = new Map(resolved.extracted.map((x) => [x.seg.doc.id, x.seg.doc.text]));
  const quantities: QuantityMember[] = [];
  const quotes: QuoteMember[] = [];
  const claims: ClaimMember[] = [];
  const datesIn = claimDates(resolved);
  for (const x of resolved.extracted) {
    const doc = x.seg.doc.id;
    // A number in a declared hypothetical section counts nothing that happened; its sentence stays a hypothetical claim.
    for (const q of x.quantities)
      if (kindAt(doc, q.span.start) !== 'hypothetical') quantities.push({ doc, q: withScope(q, x.dates) });
    for (const q of x.quotes)
      quotes.push({ doc, q, speaker: q.speaker ? (resolved.entityOf[`${doc}#${q.speaker}`] ?? null) : null });
    const byLocal = new Map(x.entities.map((e) => [e.id, e]));
    for (const c of x.claims) {
      const named = c.entities.filter((l) => resolved.entityOf[`${doc}#${l}`]);
      const ids = named.map((l) => resolved.entityOf[`${doc}#${l}`]!);
      const names = named.flatMap((l) => {
        const e = byLocal.get(l);
        return e ? [e.name, ...e.aliases] : [];
      });
      const { dates, written } = datesIn(doc, c.span);
      claims.push({
        doc,
        c,
        entities: [...new Set(ids)],
        names,
        ...(dates.length ? { dates, written } : {}),
      });
    }
  }
  const voice = quotedVoice(resolved);
  const dates: DateMember[] = resolved.dates
    .filter((d) => d.resolved || d.mention.relative)
    .map((d) => {
      const m: DateMember = { doc: d.doc, date: d, sectionKind: kindAt(d.doc, d.mention.span.start) };
      return voice(d.doc, d.mention) ? { ...m, quoted: true } : m;
    });
  const quantityGroups = markComparable(
    alignQuantities(quantities, texts, sentenceDates(resolved), periodSentences(resolved, texts)),
    texts,
  );
  // A date in the same sentence as a count of one thing dates the same event as the others' dates beside it.
  const countsIn = new Map<string, string[]>();
  for (const g of quantityGroups) {
    if (new Set(g.members.map((m) => m.doc)).size < 2) continue;
    for (const m of g.members) {
      const key = `${m.doc}@${m.q.sentence.start}`;
      pushTo(countsIn, key, g.id);
    }
  }
  const quoteGroups = alignQuotes(quotes);
  const entityNames = new Map(resolved.entities.map((e) => [e.id, e.name]));
  const sentencesOf = new Map(resolved.extracted.map((x) => [x.seg.doc.id, x.seg.sentences]));
  const quoted: QuotedSources = {
    text: (doc) => texts.get(doc) ?? '',
    sentences: (doc) => sentencesOf.get(doc) ?? [],
    kindAt,
    nameOf: (id) => entityNames.get(id) ?? null,
  };
  const value: Aligned = {
    resolved,
    quantities: quantityGroups,
    dates: markComparableDates(alignDates(dates, lookup, texts, countsIn, publishedDays(resolved)), texts),
    quotes: quoteGroups,
    // One quote printed by several outlets is one statement: the claims that carry it are one group.
    claims: withOwnClauses(joinQuotedClaims(alignClaims(claims), quoteGroups, quoted)),
    offices: alignOffices(resolved.entities),
  };
  ctx.trace(
    'align',
    `${value.quantities.length} quantity, ${value.dates.length} date, ${value.quotes.length} quote, ${value.claims.length} claim groups`,
  );
  return { value, issues: [] };
}
