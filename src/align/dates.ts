// Dates of the same event: blocked by event keys, joined when the event words and the people or organisations
// named beside the date agree. Words and actors are weighted by rarity among the story's dates, so the story's
// own subject ("cartel", its protagonist) cannot make two events one. Two dates of one sentence never join.

import { REPORT_VERBS } from '../lang/en/speech.ts';
import { stepsIn } from '../lang/en/steps.ts';
import { oneOf } from '../lang/pattern.ts';
import type { DateGroup, DateMember } from '../model/finding.ts';
import { firstDay, lastDay } from '../model/iso-days.ts';
import { pushTo } from '../model/list.ts';
import type { EntityLookup } from './entities.ts';
import { KeyIndex, keysOf } from './text.ts';

interface D {
  m: DateMember;
  /** The sentence speaks of one of a series ("another strike", "the second raid"). */
  series: boolean;
  keys: Set<string>;
  actors: Set<string>;
  places: Set<string>;
  /** Keys of the date's own clause (a few words each side, not past another date), only when its sentence holds
   *  several dates: "claimed on Wednesday responsibility for Tuesday's strike" dates two events. */
  local: Set<string> | null;
  /** The date of a statement ("officials said on Thursday") or of a measured state ("by Friday"), not of an
   *  event. Verbs of speech only: "announced on Monday" may date the announcement, which is itself the event. */
  report: boolean;
  /** Steps of a process its sentence names ("indicted", "pleaded guilty"). */
  steps: Set<string>;
  /** Words of the names of places below a country its sentence names (towns, regions): where it happened. */
  towns: Set<string>;
  /** Its article's publication day (YYYY-MM-DD), when known to the day. */
  published: string | null;
  /** In a speaker's quoted words: another voice than its article's own. */
  quoted: boolean;
  /** Keys of the event its own clause tells ("the levy bid lost its vote"), not of the whole sentence. */
  own: Set<string>;
}

/** "had burned 14,000 acres by Friday evening", "as of Monday": the moment a changing state was measured. */
const SNAPSHOT_BEFORE = /\b(?:by|as of)\s*$/i;
const REPORT_BEFORE = new RegExp(`\\b(?:${oneOf(REPORT_VERBS)})(?:\\s+[\\w-]+){0,2}\\s*$`, 'i');
/** "On Tuesday, a newspaper, the Daily X, reported that…": a date opening the clause of a verb of report. */
const REPORT_AFTER = new RegExp(
  `^[\\s,]*(?:[\\p{L}.'’-]+[\\s,]+){0,7}?(?:${oneOf([...REPORT_VERBS, 'reported', 'reports', 'wrote'])})\\b`,
  'u',
);

const SERIES =
  /\b(?:another|second|third|fourth|fifth|latest|previous|again|separate|subsequent|follow-up|renewed|repeated|additional|further)\b/i;
/** Score needed when either date belongs to a series of like events: repeated raids share every word. */
const SERIES_NEEDED = 5;

const WINDOW = 4;

/** Content keys of up to WINDOW words each side of a date, stopping at the sentence's other dates. */
function localKeys(text: string, m: DateMember, others: DateMember[]): Set<string> {
  const s = m.date.mention.sentence;
  const at = m.date.mention.span;
  let lo = s.start;
  let hi = s.end;
  for (const o of others) {
    const sp = o.date.mention.span;
    if (sp.end <= at.start) lo = Math.max(lo, sp.end);
    else if (sp.start >= at.end) hi = Math.min(hi, sp.start);
  }
  const before = text.slice(lo, at.start).split(/\s+/).filter(Boolean).slice(-WINDOW).join(' ');
  const after = text.slice(at.end, hi).split(/\s+/).filter(Boolean).slice(0, WINDOW).join(' ');
  return new Set(keysOf(`${before} ${after}`));
}

function prep(
  m: DateMember,
  lookup: EntityLookup,
  text: string,
  others: DateMember[],
  published: string | null,
): D {
  const d = m.date.mention;
  const src = `${d.keys.join(' ')} ${d.event} ${text.slice(d.sentence.start, d.sentence.end)}`;
  const within = lookup.within(m.doc, d.sentence);
  const actors = new Set(within.filter((id) => lookup.typeOf(id) !== 'place'));
  const places = new Set(within.filter((id) => lookup.typeOf(id) === 'place'));
  // Words naming the actors and places say nothing beyond the entity itself.
  const series = SERIES.test(text.slice(d.sentence.start, d.sentence.end));
  const before = text.slice(Math.max(d.sentence.start, d.span.start - 40), d.span.start);
  const report =
    REPORT_BEFORE.test(before) ||
    (d.span.start - d.sentence.start < 12 && REPORT_AFTER.test(text.slice(d.span.end, d.span.end + 90))) ||
    // "killed by Tuesday's blast" names the event; "by Tuesday" the moment of a state.
    ((SNAPSHOT_BEFORE.test(before) || /^(?:by|as of)\b/i.test(d.text)) &&
      !/^['’]s\b/.test(text.slice(d.span.end, d.span.end + 2)) &&
      !/['’]s$/.test(d.text));
  const local = others.length ? localKeys(text, m, others) : null;
  const steps = stepsIn(text.slice(d.sentence.start, d.sentence.end));
  // Towns by the words of their names: "New York" and "New York City" are one place however resolved.
  const towns = new Set(
    [...places]
      .filter((id) => !lookup.isCountry(id))
      .flatMap((id) => lookup.nameOf(id).toLowerCase().split(/\s+/))
      .filter((w) => w.length > 2),
  );
  const quoted = m.quoted === true;
  const own = new Set(keysOf(d.event));
  return {
    own,
    m,
    series,
    keys: new Set(keysOf(src)),
    actors,
    places,
    report,
    local,
    steps,
    published,
    towns,
    quoted,
  };
}

/** `a` looks ahead from its publication and `b` dates something before that publication. */
function plannedAfter(a: D, b: D): boolean {
  if (!a.m.date.mention.ahead || !a.published || b.m.date.mention.ahead) return false;
  const end = b.m.date.mention.resolvedEnd ?? b.m.date.resolved ?? '';
  return end !== '' && lastDay(end) < a.published;
}

/** Rarity weight: 1 for a word in one or two dates, falling as more of the story's dates share it. */
function weights(ds: D[], pick: (d: D) => Set<string>): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of ds) for (const k of pick(d)) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(1, ds.length);
  const out = new Map<string, number>();
  for (const [k, f] of df)
    out.set(k, k.startsWith('#') ? 2 : f <= 2 ? 1 : Math.max(0.1, Math.log(n / f) / Math.log(n / 2)));
  return out;
}

const hasAny = (a: Set<string>, b: Set<string>): boolean => [...a].some((k) => b.has(k));

const sameSentence = (a: D, b: D): boolean =>
  a.m.doc === b.m.doc && a.m.date.mention.sentence.start === b.m.date.mention.sentence.start;

/** The days two dates may stand for overlap: "2026-02" and "2026-02-15" agree, "2025-12" and "2026-01-24" do not. */
function sameDays(a: DateMember, b: DateMember): boolean {
  const [x, y] = [a.date, b.date];
  if (!x.resolved || !y.resolved) return true;
  const [xe, ye] = [x.mention.resolvedEnd ?? x.resolved, y.mention.resolvedEnd ?? y.resolved];
  return firstDay(x.resolved) <= lastDay(ye) && firstDay(y.resolved) <= lastDay(xe);
}

/** Words an event's own clause needs before its silence on the other's words says anything. */
const OWN_WORDS = 3;
const toldApart = (a: Set<string>, b: Set<string>): boolean =>
  a.size >= OWN_WORDS && b.size >= OWN_WORDS && !hasAny(a, b);

export function sameEventScore(a: D, b: D, kw: Map<string, number>, aw: Map<string, number>): number {
  if (sameSentence(a, b)) return 0;
  // When each source reported a thing says nothing about when it happened; reports on two days are not a dispute.
  if (a.report || b.report) return 0;
  // Two sentences that each place their event in a town, none the same, tell of two events.
  if (a.towns.size && b.towns.size && !hasAny(a.towns, b.towns)) return 0;
  // A plan ("will meet on Friday") is no event its own article could date before it was written.
  if (plannedAfter(a, b) || plannedAfter(b, a)) return 0;
  // "Indicted on Oct. 27" and "pleaded guilty on Feb. 23": different steps of one process are different events.
  if (a.steps.size && b.steps.size && !hasAny(a.steps, b.steps)) return 0;
  // A date sharing its sentence with another must speak of the event in its own clause.
  if ((a.local && !hasAny(a.local, b.keys)) || (b.local && !hasAny(b.local, a.keys))) return 0;
  // Two clauses that each tell an event in words of their own, none shared, may tell two events, however alike the
  // sentences around them ("rejected the plan in December" beside "the plan failed in the Senate on Thursday"):
  // joined, their dates would stand against each other, so only dates that agree join so.
  if (toldApart(a.own, b.own) && !sameDays(a.m, b.m)) return 0;
  let keys = 0;
  let shared = 0;
  for (const k of a.keys)
    if (b.keys.has(k)) {
      keys += kw.get(k) ?? 1;
      shared++;
    }
  let actors = 0;
  for (const k of a.actors) if (b.actors.has(k)) actors += aw.get(k) ?? 1;
  let places = 0;
  for (const k of a.places) if (b.places.has(k)) places += 0.5 * (aw.get(k) ?? 1);
  if (shared < 2) return 0;
  const score = keys + 1.5 * actors + places;
  // Within one article's own voice, only a strong match: articles often date related steps of one story. A speaker
  // it quotes is another voice, matched as another source would be.
  if (a.m.doc === b.m.doc && a.quoted === b.quoted && (actors < 0.5 || score < 4)) return 0;
  // "Again", "another": one sentence tells of a repeat of what the other tells; both alike need a strong match.
  if (a.series !== b.series) return 0;
  if (a.series && score < SERIES_NEEDED) return 0;
  return score;
}

const NEEDED = 3;

export function alignDates(
  members: DateMember[],
  lookup: EntityLookup,
  texts: Map<string, string>,
  countsIn: Map<string, string[]> = new Map(),
  publishedOf: Map<string, string> = new Map(),
): DateGroup[] {
  const bySentence = new Map<string, DateMember[]>();
  for (const m of members) {
    const k = `${m.doc}@${m.date.mention.sentence.start}`;
    pushTo(bySentence, k, m);
  }
  const ds = members.map((m) => {
    const others = (bySentence.get(`${m.doc}@${m.date.mention.sentence.start}`) ?? []).filter((o) => o !== m);
    const d = prep(m, lookup, texts.get(m.doc) ?? '', others, publishedOf.get(m.doc) ?? null);
    for (const g of countsIn.get(`${m.doc}@${m.date.mention.sentence.start}`) ?? []) d.keys.add(`#${g}`);
    return d;
  });
  const kw = weights(ds, (d) => d.keys);
  const aw = weights(ds, (d) => new Set([...d.actors, ...d.places]));
  // Best matches first: a date joins the event it fits best, not the first event that happened to be seen.
  const index = new KeyIndex();
  const pairs: { i: number; j: number; s: number }[] = [];
  ds.forEach((d, i) => {
    for (const j of index.candidates(d.keys)) {
      const s = sameEventScore(d, ds[j]!, kw, aw);
      if (s >= NEEDED) pairs.push({ i, j, s });
    }
    index.add(i, d.keys);
  });
  pairs.sort((a, b) => b.s - a.s || a.j - b.j || a.i - b.i);
  const groupOf = ds.map((_, i) => i);
  const groups: number[][] = ds.map((_, i) => [i]);
  // Each group's dates by article, kept as groups merge (the smaller map into the larger), so a fit test costs the
  // smaller group's size, never the larger's.
  const byDoc: Map<string, number[]>[] = ds.map((d, i) => new Map([[d.m.doc, [i]]]));
  // Two groups fit when no two of their dates from one article clash; only same-article pairs are compared. A quoted
  // speaker's date and the article's own may meet through the group, as two sources' do, unless their sentences
  // tell different events (a plan and a past act, two steps, two towns, no words in common).
  const fits = (x: number, y: number): boolean => {
    const [small, large] = groups[x]!.length <= groups[y]!.length ? [x, y] : [y, x];
    for (const a of groups[small]!)
      for (const b of byDoc[large]!.get(ds[a]!.m.doc) ?? []) {
        const s = sameEventScore(ds[a]!, ds[b]!, kw, aw);
        if (ds[a]!.quoted === ds[b]!.quoted ? s < NEEDED : s <= 0) return false;
      }
    return true;
  };
  for (const { i, j } of pairs) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj || !fits(gi, gj)) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    for (const k of groups[drop]!) groupOf[k] = keep;
    groups[keep]!.push(...groups[drop]!);
    groups[drop] = [];
    const [into, from] =
      byDoc[keep]!.size >= byDoc[drop]!.size ? [byDoc[keep]!, byDoc[drop]!] : [byDoc[drop]!, byDoc[keep]!];
    for (const [doc, list] of from) into.set(doc, [...(into.get(doc) ?? []), ...list]);
    byDoc[keep] = into;
    byDoc[drop] = new Map();
  }
  for (const g of groups) g.sort((a, b) => a - b);
  const live = groups.filter((g) => g.length).sort((a, b) => a[0]! - b[0]!);
  // Direct matches inside each final group, by member position: a dispute needs two sides matched directly.
  const position = new Map<number, number>();
  for (const g of live)
    g.forEach((i, at) => {
      position.set(i, at);
    });
  const linksOf = new Map<number, [number, number, number][]>();
  for (const { i, j, s } of pairs) {
    const g = groupOf[i]!;
    if (g !== groupOf[j]) continue;
    const list = linksOf.get(g) ?? [];
    list.push([position.get(i)!, position.get(j)!, s]);
    linksOf.set(g, list);
  }
  return live.map((g, k) => ({
    id: `D${k + 1}`,
    event: ds[g[0]!]!.m.date.mention.event,
    members: g.map((i) => members[i]!),
    links: linksOf.get(groupOf[g[0]!]!) ?? [],
  }));
}
