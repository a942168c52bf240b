// Dates of one article: ordered parsers (relative words, number-word days, ranges, chrono-node for written dates,
// bare years), overlap removal, resolution against the publication date, and the event each date stands for.

import type { Context } from '../../context.ts';
import { MONTH_STEMS, SEASONS, WEEKDAY_STEMS } from '../../lang/en/calendar.ts';
import { HOLIDAY_NAMES } from '../../lang/en/holidays.ts';
import { capitalised, oneOf } from '../../lang/pattern.ts';
import { addDays } from '../../model/iso-days.ts';
import { type Issue, issue, type Result } from '../../model/issue.ts';
import { mapList } from '../../model/list.ts';
import type { DateMention } from '../../model/mention.ts';
import type { Segmented } from '../../model/segment.ts';
import type { Span } from '../../model/span.ts';
import { eventKeys, eventOf, maskDates, phraseAfter } from './event.ts';
import { DATE_PARSERS } from './parsers.ts';
import { type Reference, referenceOf, resolveCand } from './resolve.ts';
import type { DateCand } from './types.ts';
import { WEEKDAY_NAMES } from './words.ts';

// Cheap gate: a sentence with none of these cannot hold a date.
const MAY_HOLD = new RegExp(
  `\\b(?:${oneOf(capitalised([...MONTH_STEMS, ...WEEKDAY_STEMS]))}|yesterday|today|tonight|tomorrow|last|this|next|ago|earlier|(?:day|week)s?\\s+after|${oneOf(Object.keys(SEASONS))}|the\\s+\\d)|\\b(?:1[89]|20)\\d\\d\\b|\\d[/.-]\\d`,
  'i',
);
/** Cheap gate for holidays: the first word of each holiday's name. */
const HOLIDAY_HINT = new RegExp(
  `\\b(?:${[...new Set(HOLIDAY_NAMES.map((n) => n.split(' ')[0]!.replace(/['’].*$/, '')))].join('|')})`,
  'i',
);
/** The future in a sentence turns "on Monday" into the next Monday, when the publication date is known. */
const AHEAD =
  /\b(?:will|shall|is\s+to|are\s+to|to\s+be\s+[a-z]+(?:ed|en)|is\s+set\s+to|are\s+set\s+to|scheduled|upcoming|(?:is|are)\s+(?:also\s+|still\s+|now\s+|widely\s+)?expected\s+to|plans?\s+to|deadline|expires?|expiring|is\s+due|are\s+due|(?:could|would|might|may)(?:\s+not|n['’]t)?\s+(?:be\s+held|take\s+place|go\s+ahead|happen|proceed))\b/gi;
/** A deadline word right before the date looks ahead: "funded through March 14", "must act by Friday". */
const LIMIT_BEFORE = /\b(?:through|until|till|by|before)\s+$/i;
/** "ahead of Monday's summit", "in the run-up to the May 3 vote": what is still to come. */
const AHEAD_OF =
  /\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of)\s+(?:the\s+|a\s+|next\s+|this\s+)?$/i;
/** A temporal clause in the present speaks of what is still to come: "when they gather on Monday", "once the
 *  board votes Friday". Its verb is the word after the subject (a pronoun or up to three capitalised words). */
const WHEN_PRESENT =
  /\b(?:[Ww]hen|[Oo]nce|[Aa]fter|[Bb]efore|[Uu]ntil)\s+(?:they|we|he|she|it|the\s+[a-z]+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})\s*([a-z]+)\b[^,;]*$/u;
/** Verbs of a subordinate clause that are not a present tense: modals, past forms, "-ing" participles. */
const NOT_PRESENT =
  /^(?:[a-z]+ed|[a-z]+ing|was|were|had|did|could|would|might|should|may|must|can|said|met|came|went|took|began|won|lost|held|fell|rose|left|kept|ran|also|then|first|finally)$/;
/** An obligation or advice about an act: "should cancel Monday's meeting", "must appear on Friday", "there needs
 *  to be a witness in the room Monday"; not "should have" (a past missed). */
const OUGHT = /\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+(?!have\b|not\s+have\b)/gi;
/** "after voting to override" up to the date: an act the date belongs to, named by a gerund after "after". */
const AFTER_ACT = /\bafter\s+[a-z]+ing\b[^,;]*$/i;
/** A past-tense verb: "cleared", "ran", "was"; not a participle after "is/be" ("is funded", "will be held"). */
const PAST =
  /\b(?:was|were|had|did|said|ran|came|went|took|began|fell|rose|(?<!\b(?:be|been|being|is|are|am|remain|remains|get|gets)(?:\s+(?:also|still|now|not|already|reportedly|widely|currently))?\s+)(?:met|won|lost|held|left|kept|(?!(?:hundred|sacred|naked|wicked|indeed)\b)[a-z]{2,}[a-df-z]ed))\b/;
/** A present or modal verb makes a deadline word look ahead: "is funded through", "keeps ... funded until". */
const PRESENT =
  /\b(?:is|are|am|remains?|keeps?|runs?|lasts?|has|have|must|will|would|should|can|could|needs?|extends?)\b|\b(?:he|she|it|that|there|who)['’]s\b|\w['’](?:re|ll)\b/i;
/** A participle phrase after a comma has no tense of its own: "expected on Wednesday, followed by the House on
 *  Thursday" looks ahead as its main clause does. */
const PARTICIPLE_PHRASE = /^[,;]\s*(?:[a-z]+ed|[a-z]+ing)\s+(?=(?:by|with|on|in)\b)/i;

/** After a comma, only a place's qualifier up to the date: "in Velbry, Norland Monday" is one clause. */
const PLACE_QUALIFIER = /^,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:on\s+)?$/u;

/** The clause leading to a date: cut at the last comma, semicolon or "that", unless it opens a participle phrase
 *  or only a place's qualifier follows it. */
function clauseOf(lead: string): string {
  const comma = lead.lastIndexOf(',');
  if (comma >= 0 && PLACE_QUALIFIER.test(lead.slice(comma)))
    return `${clauseOf(lead.slice(0, comma))}${lead.slice(comma + 1)}`;
  const cut = Math.max(comma, lead.lastIndexOf(';'), lead.lastIndexOf(' that '));
  if (cut < 0) return lead;
  const clause = lead.slice(cut);
  // The participle itself ("followed") is no past-tense verb of the clause.
  const p = PARTICIPLE_PHRASE.exec(clause);
  return p ? `${clauseOf(lead.slice(0, cut))} ${clause.slice(p[0].length)}` : clause;
}

/** The date inside a subject whose verb is a future or an obligation: "the talks on Monday should not go ahead",
 *  "the vote Friday will decide it" (quote marks may stand between). */
const AHEAD_AFTER =
  /^\s*[”"’]?\s*[“"‘]?\s*(?:will|shall|should|must|(?:is|are)\s+(?:to|set\s+to|expected\s+to|scheduled|due))\b/i;

/** A date opening its sentence or a quotation, after at most a preposition: "From May 3, …", "read, “On Friday, …". */
const OPENS_SENTENCE =
  /(?:(?:[.!?]["”’]?\s+|\n)["“‘]?|[,:]\s*["“‘])\s*(?:(?:on|from|starting|beginning|as\s+of)\s+)?$/i;
/** The main clause after such a date, set off by a comma: its subject (a few words), then a future. */
const FRONTED_FUTURE =
  /^,\s*((?:[\p{L}.'’-]+\s+){1,5}?)(?:will|shall|(?:is|are)\s+(?:to|set\s+to|expected\s+to|scheduled\s+to|due\s+to))\b/u;

/** A fronted date takes the tense of the main clause after it: "On Friday, the board will vote" looks ahead; "On
 *  Friday, officials said the port will close" dates the saying. */
function frontedAhead(text: string, at: number, end: number): boolean {
  const from = Math.max(0, at - 40);
  if (!OPENS_SENTENCE.test(`${from === 0 ? '\n' : ''}${text.slice(from, at)}`)) return false;
  const main = FRONTED_FUTURE.exec(text.slice(end, end + 80));
  return main !== null && !PAST.test(main[1]!);
}

/** The future counts only in the clause leading to the date: "said on Monday that he will resign" is the past. */
function looksAhead(text: string, at: number, end: number): boolean {
  if (AHEAD_AFTER.test(text.slice(end, end + 40)) || frontedAhead(text, at, end)) return true;
  const lead = text.slice(Math.max(0, at - 120), at);
  const clause = clauseOf(lead);
  // "killed by Tuesday's blast": a possessive date names the event, not a deadline.
  if (LIMIT_BEFORE.test(clause) && !/^['’]s\b/.test(text.slice(end, end + 3)))
    return PRESENT.test(clause) || !PAST.test(clause);
  // "ensured the plan will take effect after voting to fund it Tuesday": the date dates the act after "after",
  // done before the past verb that reports it
  const act = AFTER_ACT.exec(clause);
  if (act && PAST.test(clause.slice(0, act.index))) return false;
  if (AHEAD_OF.test(clause)) return true;
  const when = WHEN_PRESENT.exec(clause);
  if (when && !NOT_PRESENT.test(when[1]!) && !PAST.test(clause.slice(when.index))) return true;
  let last: RegExpExecArray | null = null;
  AHEAD.lastIndex = 0;
  for (let m = AHEAD.exec(clause); m !== null; m = AHEAD.exec(clause)) last = m;
  OUGHT.lastIndex = 0;
  for (let m = OUGHT.exec(clause); m !== null; m = OUGHT.exec(clause))
    if (!last || m.index > last.index) last = m;
  // "the bill that will fund schools cleared the Senate on Wednesday": a past verb after the future word wins.
  return last !== null && !PAST.test(clause.slice(last.index + last[0].length));
}
/** Where a reported future starts in a clause: "said the port would close …" looks ahead from the past. */
const FUTURE_IN_PAST = /\b(?:would|will)\s+(?!have\b)/gi;

/** The clause leading to a date is in the past: "tested a bomb in September", "prices have fallen since May";
 *  not a future reported in the past ("said the port would close on May 3"). */
function looksBack(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 120), at);
  if (/\bsince\s+$/i.test(lead)) return true;
  const clause = clauseOf(lead);
  let from = 0;
  FUTURE_IN_PAST.lastIndex = 0;
  for (let m = FUTURE_IN_PAST.exec(clause); m !== null; m = FUTURE_IN_PAST.exec(clause))
    from = m.index + m[0].length;
  return PAST.test(clause.slice(from));
}
/** Before a dateline's date: a place in capitals ("PORT ELM, "), or the document's own dateline place. */
const DATELINE_PLACE = /^\s*\p{Lu}[\p{Lu}'’. ]{1,40}\p{Lu}\s*,\s*$/u;
/** After it: an optional agency credit, then the dash that opens the story ("(Wire) —"). */
const DATELINE_DASH = /^\s*(?:\([^()]{1,40}\)\s*)?[—–-]{1,2}\s/;
const DATELINE_CREDIT = /^\s*\([^()]{1,40}\)\s*[—–-]{1,2}\s/;

/** A date in a dateline dates the report (clean reads it as publication evidence), not an event of the story. */
function inDateline(text: string, start: number, end: number, place: string | undefined): boolean {
  if (start > 60) return false;
  const before = text.slice(0, start);
  const after = text.slice(end, end + 50);
  if (/^\s*$/.test(before)) return DATELINE_CREDIT.test(after);
  const placed =
    DATELINE_PLACE.test(before) ||
    (place !== undefined && before.trim().replace(/,$/, '').trim() === place && /,\s*$/.test(before));
  return placed && DATELINE_DASH.test(after);
}

/** The first hours of a day: "early Saturday", "Saturday morning (local time)". */
const DAWN_BEFORE = /\b(?:early|before dawn)\s+(?:on\s+)?$/i;
const DAWN_AFTER = /^\s+\(?(?:morning|before dawn|local time)\b/i;
/** The weekday reader takes the part of the day into its span: "a Wednesday morning post" is dawn by its own words. */
const DAWN_WITHIN = /\s(?:morning|before dawn)$/i;
const SINCE = /\b(?:since|starting|from)\s+$/i;
/** Right after a weekday: the week it falls in is the coming one. */
const WEEK_AHEAD_AFTER =
  /\s+(?:in\s+)?(?:the\s+)?(?:week\s+ahead|coming\s+week|next\s+week|following\s+week)\b/iy;
/** chrono-node reads a sentence at a time; a pathological line is read in windows of this many characters. */
const WINDOW = 2000;

function windowsOf(text: string): { text: string; offset: number }[] {
  if (text.length <= WINDOW) return [{ text, offset: 0 }];
  const out: { text: string; offset: number }[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + WINDOW);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + WINDOW / 2) to = space;
    }
    out.push({ text: text.slice(from, to), offset: from });
    from = to;
  }
  return out;
}

/** Keeps, of overlapping candidates, the longer one; on a tie the one from the earlier parser. */
function removeOverlaps(cands: (DateCand & { rank: number })[]): DateCand[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const kept: (DateCand & { rank: number })[] = [];
  for (const c of cands) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (
      c.end - c.start > last.end - last.start ||
      (c.end - c.start === last.end - last.start && c.rank < last.rank)
    )
      kept[kept.length - 1] = c;
  }
  return kept;
}

/** A weekday written before a full date ("Tuesday, March 5, 2025") belongs to it. */
const WEEKDAY_BEFORE = new RegExp(`\\b(?:${WEEKDAY_NAMES}),?\\s+$`);

function candidatesOf(text: string, base: number): DateCand[] {
  const all: (DateCand & { rank: number })[] = [];
  for (const w of windowsOf(text)) {
    DATE_PARSERS.forEach((p, rank) => {
      for (const c of p(w.text, base + w.offset)) {
        if (c.day !== undefined) {
          const at = c.start - base;
          const lead = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
          if (lead) c.start -= lead[0].length;
        }
        all.push({ ...c, rank });
      }
    });
  }
  return removeOverlaps(all);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 of the parts stated: "2025-09", "--01-03" (no year), "--09". */
function writtenForm(c: DateCand): string {
  const y = c.year !== undefined ? String(c.year) : '-';
  if (c.month === undefined) return y;
  return c.day === undefined ? `${y}-${pad(c.month)}` : `${y}-${pad(c.month)}-${pad(c.day)}`;
}

function unitsOf(seg: Segmented): Span[] {
  const units: Span[] = mapList(seg.sentences, (s) => ({ start: s.start, end: s.end }));
  const inSentence = (c: Span): boolean => seg.sentences.some((s) => s.start <= c.start && c.end <= s.end);
  if (seg.tables.length && seg.sentences.length < 10_000) {
    for (const t of seg.tables) for (const row of t.rows) if (!inSentence(row.span)) units.push(row.span);
  }
  return units;
}

/** "on Friday in the coming week": the coming week's Friday, as "next Friday" is. */
function inComingWeek(c: DateCand, text: string, end: number): DateCand {
  if (c.relative?.unit !== 'weekday' || c.relative.offset !== 0) return c;
  WEEK_AHEAD_AFTER.lastIndex = end;
  return WEEK_AHEAD_AFTER.test(text) ? { ...c, relative: { ...c.relative, offset: 1 } } : c;
}

function mentionsOf(seg: Segmented, unit: Span, ref: Reference, backward: Set<DateMention>): DateMention[] {
  const text = seg.doc.text.slice(unit.start, unit.end);
  if (!MAY_HOLD.test(text) && !HOLIDAY_HINT.test(text)) return [];
  const out: DateMention[] = [];
  const cands = candidatesOf(text, unit.start);
  const local = mapList(cands, (c) => ({ start: c.start - unit.start, end: c.end - unit.start }));
  for (const [i, cand] of cands.entries()) {
    const c = inComingWeek(cand, text, cand.end - unit.start);
    if (i === 0 && inDateline(text, local[0]?.start ?? 0, local[0]?.end ?? 0, seg.doc.dateline)) continue;
    let start = c.start;
    // "since September": the boundary word belongs to what dates the event.
    const lead = SINCE.exec(seg.doc.text.slice(Math.max(unit.start, start - 12), start));
    if (lead && /^since/i.test(lead[0])) start -= lead[0].length;
    const ahead = looksAhead(text, c.start - unit.start, c.end - unit.start);
    const dawn =
      DAWN_BEFORE.test(text.slice(Math.max(0, c.start - unit.start - 12), c.start - unit.start)) ||
      DAWN_AFTER.test(text.slice(c.end - unit.start, c.end - unit.start + 24)) ||
      DAWN_WITHIN.test(text.slice(c.start - unit.start, c.end - unit.start));
    const back = looksBack(text, c.start - unit.start);
    const r = resolveCand(c, ref, ahead, dawn, back);
    const others =
      cands.length > 1 && cands.length < 50
        ? maskDates(
            text,
            local.filter((_, j) => j !== i),
          )
        : text;
    const event = text.length <= 2000 ? eventOf(others, c.start - unit.start, c.end - unit.start) : '';
    const m: DateMention = {
      span: { start, end: c.end },
      text: seg.doc.text.slice(start, c.end),
      resolved: r.resolved,
      precision: r.precision,
      certainty: r.certainty,
      relative: r.relative,
      event,
      keys: eventKeys(event),
      sentence: unit,
      // optional fields present (undefined when absent): one shape for every mention; JSON leaves them out
      resolvedEnd: r.resolvedEnd,
      within: r.within || undefined,
      // "next Friday", "tomorrow" look ahead by their own words.
      ahead: (ahead || (c.relative?.offset ?? 0) > 0) && ref.published ? true : undefined,
      offset: c.relative
        ? { unit: c.relative.unit, value: c.relative.offset, weekday: c.relative.weekday }
        : undefined,
      written: c.relative ? undefined : writtenForm(c),
    };
    if (back) backward.add(m);
    out.push(m);
    const ended = endOfNamedSpan(c, m, text, unit.start);
    if (ended) out.push(ended);
  }
  return out;
}

/** A year range written before a noun names a thing by the years it lasted ("the 1990-93 war", "his 2009-2013
 *  term"): its last year is when that thing ended. */
const NAMED_SPAN_BEFORE = /\b(?:the|a|an|its|their|his|her|this)\s+$/i;
const NAMED_SPAN_AFTER = /^\s+[\p{L}]/u;

/** The end of a named span as a date of its own, the span's last year written, its event the span's end. */
function endOfNamedSpan(c: DateCand, m: DateMention, text: string, offset: number): DateMention | null {
  if (c.parser !== 'year-range' || c.endYear === undefined) return null;
  const at = c.start - offset;
  const det = NAMED_SPAN_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
  if (!det || !NAMED_SPAN_AFTER.test(text.slice(c.end - offset, c.end - offset + 3))) return null;
  const named = phraseAfter(text, c.end - offset);
  if (!named) return null;
  // The end year's own digits ("93" of "1990-93") are the words that date it.
  const digits = /\d+$/.exec(text.slice(at, c.end - offset))?.[0] ?? '';
  const start = c.end - digits.length;
  const event = `end of ${det[0].trim().toLowerCase()} ${named}`;
  return {
    ...m,
    span: { start, end: c.end },
    text: text.slice(start - offset, c.end - offset),
    resolved: String(c.endYear),
    resolvedEnd: undefined,
    precision: 'year',
    event,
    keys: eventKeys(event),
    written: String(c.endYear),
  };
}

/** "Monday's meeting", "the Monday session": the weekday names an event, not when the clause's verb happened. */
function namesEvent(text: string, span: Span): boolean {
  if (/^['’]s\b/.test(text.slice(span.end, span.end + 3))) return true;
  return (
    /\bthe\s+$/i.test(text.slice(Math.max(0, span.start - 5), span.start)) &&
    /^\s+[a-z]/.test(text.slice(span.end, span.end + 3))
  );
}

const bareWeekday = (m: DateMention): number | undefined =>
  m.offset?.unit === 'weekday' && m.offset.value === 0 ? m.offset.weekday : undefined;

/** Refiner: an article that looks ahead to one coming Monday ("when they gather on Monday") means that Monday by its
 *  other bare "Monday"s too, unless their own clause is in the past; "Monday's meeting" and "the Monday session"
 *  name that event whatever the verb. */
function oneComingWeekday(mentions: DateMention[], backward: Set<DateMention>, text: string): void {
  const coming = new Map<number, string | null>();
  for (const m of mentions) {
    const w = bareWeekday(m);
    if (w === undefined || !m.ahead || m.resolved === null) continue;
    const seen = coming.get(w);
    coming.set(w, seen === undefined || seen === m.resolved ? m.resolved : null);
  }
  if (coming.size === 0) return;
  for (const m of mentions) {
    const w = bareWeekday(m);
    const day = w === undefined ? undefined : coming.get(w);
    if (!day || m.ahead || m.resolved === day) continue;
    if (backward.has(m) && !namesEvent(text, m.span)) continue;
    m.resolved = day;
    m.ahead = true;
  }
}

/** Between two weekdays of a sentence, the words that put the first after the second: "in hospital on Thursday after
 *  the attack on Wednesday". */
const AFTER_BETWEEN = /^[^.;:]{0,80}\bafter\b[^.;:]{0,80}$/i;
const WEEK_DAYS = 7;

/** Refiner: a weekday told as after another of its sentence cannot fall before it; counted back from the publication
 *  the two may straddle a week ("Thursday" a week back, "Wednesday" the day of publication), so the first moves on a
 *  week. */
function afterInSentence(mentions: DateMention[], text: string): void {
  for (const [i, a] of mentions.entries()) {
    const b = mentions[i + 1];
    if (!b || bareWeekday(a) === undefined || bareWeekday(b) === undefined) continue;
    if (a.sentence.start !== b.sentence.start || !a.resolved || !b.resolved || a.resolved >= b.resolved)
      continue;
    if (!AFTER_BETWEEN.test(text.slice(a.span.end, b.span.start))) continue;
    a.resolved = addDays(a.resolved, WEEK_DAYS);
  }
}

/** Longer "sentences" are not prose (a failed split, a data dump): only this much of them is read. */
const MAX_UNIT = 200_000;

export function findDates(seg: Segmented, ctx: Context): Result<DateMention[]> {
  const ref = referenceOf(seg.doc.published, seg.doc.publishedBasis, ctx.now);
  const out: DateMention[] = [];
  const issues: Issue[] = [];
  const backward = new Set<DateMention>();
  for (let u of unitsOf(seg)) {
    if (u.end - u.start > MAX_UNIT) {
      issues.push(
        issue(
          'extract.dates.long-sentence',
          `a ${u.end - u.start}-character sentence at ${u.start} was read for its first ${MAX_UNIT} characters only`,
          seg.doc.id,
          'info',
        ),
      );
      u = { start: u.start, end: u.start + MAX_UNIT };
    }
    for (const m of mentionsOf(seg, u, ref, backward)) out.push(m);
  }
  oneComingWeekday(out, backward, seg.doc.text);
  afterInSentence(out, seg.doc.text);
  ctx.trace('extract.dates', `${out.length} dates`, {
    doc: seg.doc.id,
    reference: ref.published?.toISOString() ?? null,
  });
  return { value: out, issues };
}
