// Role disputes: two different people each called the current holder of a single-seat office, and one
// article calling someone "former" whom the others treat as current. The side fewer sources support, when
// an older office holder is named as current, is flagged outdated.

import type { Flag } from '../model/document.ts';
import type { Dispute, Entity, Office, OfficeHolder, ResolvedDate, SpanEvidence } from '../model/finding.ts';
import { pushTo } from '../model/list.ts';
import { type DocInfo, NOT_NEWS, sentenceEvidence } from './docs.ts';

const SINGLE_SEAT =
  /^(?:(?:vice|deputy) )?(?:president|prime minister|chancellor|king|queen|governor|mayor|ceo|chief executive(?: officer)?|secretary[- ]general|secretary of state|pope|premier|chair(?:man|woman|person)?|director|attorney general|head|leader|supreme leader|emir|sultan|monarch|(?:foreign|defen[cs]e|interior|finance|health|justice) minister|minister of \w+(?: \w+)?) (?:of|for|at) \S/;
const CURRENT = new Set(['current', 'acting']);

export const singleSeat = (office: string): boolean => SINGLE_SEAT.test(office);

/** Head-of-state and head-of-government titles written without their country: one story's one holder. */
const BARE_SEAT = /^(?:vice )?(?:president|prime minister|chancellor|premier)$/;

/** Public offices a place has one of, written without the place ("Mayor X", "the former governor"). */
const PUBLIC_OFFICE =
  /^(?:(?:vice|deputy|lieutenant) )?(?:president|prime minister|chancellor|premier|mayor|governor|king|queen|pope|emir|sultan|monarch|secretary of state|attorney general|(?:foreign|defen[cs]e|interior|finance|health|justice) minister)$/;

/** Seats held by one named person among many (a senator, a judge): sitting and "former" still exclude each other. */
const PERSONAL_SEAT =
  /^(?:senator|sen|representative|rep|congress(?:man|woman|member)|assembly(?:man|woman|member)|state senator|judge|(?:chief |associate )?justice(?! minister)|ambassador|commissioner|sheriff|district attorney|council(?:man|woman|lor| member))\b/;

export interface RoleAssessment {
  disputes: Omit<Dispute, 'id'>[];
  flags: { doc: string; flag: Flag }[];
  /** Evidence sentences of contested sides (fewer sources than another side), by doc. */
  contested: SpanEvidence[];
}

const lastToken = (name: string): string => name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';

function sideOf(
  holders: OfficeHolder[],
  docs: Map<string, DocInfo>,
): { docs: string[]; evidence: SpanEvidence[] } {
  const out = { docs: [] as string[], evidence: [] as SpanEvidence[] };
  for (const h of holders) {
    const d = docs.get(h.doc);
    if (!d) continue;
    if (!out.docs.includes(h.doc)) out.docs.push(h.doc);
    const ev = sentenceEvidence(d, h.role.span);
    if (!out.evidence.some((e) => e.doc === ev.doc && e.start === ev.start)) out.evidence.push(ev);
  }
  return out;
}

function sourcesOf(docsList: string[], sourceOf: Record<string, string>): number {
  return new Set(docsList.map((d) => sourceOf[d] ?? d)).size;
}

function officeDispute(
  o: Office,
  entities: Map<string, Entity>,
  docs: Map<string, DocInfo>,
  sourceOf: Record<string, string>,
  out: RoleAssessment,
  past: (doc: string, offset: number) => boolean,
): void {
  const current = o.holders.filter((h) => {
    const d = docs.get(h.doc);
    return (
      CURRENT.has(h.role.status) &&
      d &&
      !NOT_NEWS.has(d.kindAt(h.role.span.start)) &&
      !past(h.doc, h.role.span.start)
    );
  });
  const byEntity = new Map<string, OfficeHolder[]>();
  for (const h of current) pushTo(byEntity, h.entity, h);
  if (byEntity.size < 2) return;
  // A bare title ("President X") names no country: two people an article names side by side (a summit, a
  // call) hold two seats; only holders never named together can be rival names for one seat.
  if (BARE_SEAT.test(o.office)) {
    const seen = new Map<string, string>();
    for (const id of byEntity.keys())
      for (const doc of entities.get(id)?.docs ?? []) {
        if ((seen.get(doc) ?? id) !== id) return;
        seen.set(doc, id);
      }
  }
  const names = [...byEntity.keys()].map((id) => entities.get(id)?.name ?? id);
  // Two entities with one surname are more likely one person the resolver kept apart than a dispute; so are a
  // full name and a name of one word ("Vladimir") that the resolver could not place.
  if (new Set(names.map(lastToken)).size < names.length) return;
  if (names.some((n) => n.trim().split(/\s+/).length < 2)) return;
  const tokens = names.map((n) => new Set(n.toLowerCase().split(/\s+/)));
  if (tokens.some((t, i) => tokens.some((u, j) => j > i && [...t].some((w) => u.has(w))))) return;
  const sides = [...byEntity.entries()].map(([id, hs]) => ({ id, ...sideOf(hs, docs) }));
  sides.sort((a, b) => sourcesOf(b.docs, sourceOf) - sourcesOf(a.docs, sourceOf) || (a.id < b.id ? -1 : 1));
  const top = sourcesOf(sides[0]!.docs, sourceOf);
  let minority = sides.filter((s) => sourcesOf(s.docs, sourceOf) < top);
  let byDate = false;
  // Equal support: the side only older articles give is the one time has likely overtaken.
  if (!minority.length && sides.length === 2) {
    const dates = sides.map((s) => s.docs.map((d) => docs.get(d)?.published?.slice(0, 10) ?? null));
    if (dates.every((ds) => ds.every(Boolean))) {
      const [a, b] = dates as [string[], string[]];
      if ([...a].sort().at(-1)! < [...b].sort()[0]!) minority = [sides[0]!];
      else if ([...b].sort().at(-1)! < [...a].sort()[0]!) minority = [sides[1]!];
      byDate = minority.length > 0;
    }
  }
  const parts = sides.map((s) => `${entities.get(s.id)?.name} (${sourcesOf(s.docs, sourceOf)} source(s))`);
  let note = `different people are named as the current ${o.office}: ${parts.join(' vs ')}`;
  if (minority.length) {
    note += byDate
      ? '; the older article names a holder the newer one does not: likely outdated'
      : '; the less supported naming is likely outdated or wrong';
    for (const s of minority) {
      out.contested.push(...s.evidence);
      for (const doc of s.docs) {
        const ev = s.evidence.find((e) => e.doc === doc);
        out.flags.push({
          doc,
          flag: {
            kind: 'outdated',
            evidence: `${entities.get(s.id)?.name} named as current ${o.office}; other sources name ${entities.get(sides.find((x) => !minority.includes(x))!.id)?.name}${ev ? `: "${ev.text}"` : ''}`,
            ...(ev ? { span: { start: ev.start, end: ev.end } } : {}),
          },
        });
      }
    }
  }
  out.disputes.push({
    kind: 'role',
    about: `who is the ${o.office}`,
    sides: sides.map((s) => ({
      value: entities.get(s.id)?.name ?? s.id,
      docs: s.docs,
      evidence: s.evidence,
    })),
    note,
  });
}

/** "former president" (or bare "ex-president") against "president of X" held now, for one entity. */
function statusDispute(
  e: Entity,
  docs: Map<string, DocInfo>,
  sourceOf: Record<string, string>,
  out: RoleAssessment,
  pastSentence: (doc: string, offset: number) => boolean,
): void {
  const live = e.roles.filter(
    (r) =>
      CURRENT.has(r.status) &&
      !NOT_NEWS.has(docs.get(r.doc)?.kindAt(r.span.start) ?? 'news') &&
      !pastSentence(r.doc, r.span.start),
  );
  const past = e.roles.filter(
    (r) => r.status === 'former' && !NOT_NEWS.has(docs.get(r.doc)?.kindAt(r.span.start) ?? 'news'),
  );
  for (const f of past) {
    const base = f.normalized.replace(/^(former|ex)[- ]/, '');
    const now = live.filter(
      (r) =>
        r.doc !== f.doc &&
        (r.normalized === base || r.normalized.startsWith(`${base} `) || base.startsWith(`${r.normalized} `)),
    );
    // A seat of a place or body, a head of state's title, or a personal seat: a title held at another time ("former
    // campaign chairman" beside "campaign chairman") is no contradiction.
    const seat = (o: string): boolean => singleSeat(o) || PUBLIC_OFFICE.test(o) || PERSONAL_SEAT.test(o);
    if (!now.length || (!seat(now[0]!.normalized) && !seat(base))) continue;
    if (out.disputes.some((d) => d.kind === 'role' && d.about.startsWith(`whether ${e.name} `))) continue;
    const pastSide = sideOf(
      past
        .filter((p) => p.normalized === f.normalized)
        .map((role) => ({ entity: e.id, doc: role.doc, role })),
      docs,
    );
    const nowSide = sideOf(
      now.map((role) => ({ entity: e.id, doc: role.doc, role })),
      docs,
    );
    const nPast = sourcesOf(pastSide.docs, sourceOf);
    const nNow = sourcesOf(nowSide.docs, sourceOf);
    // Mostly "former" with a few plain titles is courtesy or stale wording, not a sitting holder called former.
    if (nPast > nNow) continue;
    out.contested.push(...pastSide.evidence);
    out.disputes.push({
      kind: 'role',
      about: `whether ${e.name} is the current ${now[0]!.normalized}`,
      sides: [
        { value: f.text, docs: pastSide.docs, evidence: pastSide.evidence },
        { value: now[0]!.text, docs: nowSide.docs, evidence: nowSide.evidence },
      ],
      note: `${nPast} source(s) call ${e.name} "${f.text}" while ${nNow} treat them as the sitting ${now[0]!.normalized}`,
    });
  }
}

/**
 * A role said in a sentence dated to an earlier year than the story's present ("In 2019, President Y signed")
 * is a past holding, whatever its tense words say.
 */
function pastSentences(
  dates: ResolvedDate[],
  docs: Map<string, DocInfo>,
): (doc: string, offset: number) => boolean {
  const years = dates
    .filter((d) => d.resolved && d.mention.certainty === 'stated')
    .map((d) => d.resolved!.slice(0, 4));
  const storyYear = years.sort().at(-1) ?? null;
  const old = new Map<string, number[]>();
  for (const d of dates) {
    const doc = docs.get(d.doc);
    const now = doc?.published?.slice(0, 4) ?? storyYear;
    if (!d.resolved || d.mention.certainty !== 'stated' || !now || d.resolved.slice(0, 4) >= now) continue;
    pushTo(old, d.doc, d.mention.sentence.start);
  }
  return (doc, offset) => {
    const s = docs.get(doc)?.sentenceAt(offset);
    return s ? (old.get(doc) ?? []).includes(s.start) : false;
  };
}

export function assessRoles(
  offices: Office[],
  entities: Entity[],
  docs: Map<string, DocInfo>,
  sourceOf: Record<string, string>,
  dates: ResolvedDate[] = [],
): RoleAssessment {
  const out: RoleAssessment = { disputes: [], flags: [], contested: [] };
  const byId = new Map(entities.map((e) => [e.id, e]));
  const past = pastSentences(dates, docs);
  for (const o of offices)
    if (singleSeat(o.office) || BARE_SEAT.test(o.office)) officeDispute(o, byId, docs, sourceOf, out, past);
  for (const e of entities) if (e.type !== 'place') statusDispute(e, docs, sourceOf, out, past);
  return out;
}
