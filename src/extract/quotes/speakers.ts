// Links a speaker phrase to the article's entity: a name or alias ("Smith"), a pronoun ("he": the nearest
// earlier person subject) or a role reference ("the minister": the latest mentioned entity holding that role).
import type { DocEntity } from '../../model/mention.ts';
import type { Sentence } from '../../model/segment.ts';
import type { Span } from '../../model/span.ts';
import { linkName } from '../entities/index.ts';
import { isRoleWord } from '../entities/lexicon.ts';
import { DETERMINERS, LEADING_ADVERBIAL, ROLE_STATUS } from './words.ts';

export type SpeakerLinker = (speakerText: string, at: number) => DocEntity | null;

interface Event {
  at: number;
  entity: DocEntity;
}

const PREPOSITIONS = new Set(
  'of with to by from against for about on at in into than like over under whom'.split(' '),
);

// Entity forms are normalised again and again (per quote, per sentence): remember them, within a bound.
const normCache = new Map<string, string>();

export function normName(s: string): string {
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  if (normCache.size > 20_000) normCache.clear();
  const n = fold(s);
  normCache.set(s, n);
  return n;
}

function fold(s: string): string {
  const ascii = !/[^\x00-\x7f]/.test(s); // folding accents is costly: only when there are any
  return (
    ascii
      ? s
      : s
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[’‘]/g, "'")
  )
    .toLowerCase()
    .replace(/'s?\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const hasWord = (hay: string, word: string): boolean => ` ${hay} `.includes(` ${word} `);

/** The entity a name-like phrase names: exact form, a form inside the phrase, or a person's surname. */
export function linkByName(entities: DocEntity[], text: string): DocEntity | null {
  const t = normName(text);
  if (!t) return null;
  let best: DocEntity | null = null;
  let bestLen = 0;
  for (const e of entities) {
    for (const form of [e.name, ...e.aliases]) {
      const f = normName(form);
      if (!f) continue;
      const score = f === t ? 1000 + f.length : hasWord(t, f) ? f.length : 0;
      if (
        score > bestLen ||
        (score === bestLen && score > 0 && e.type === 'person' && best?.type !== 'person')
      ) {
        best = e;
        bestLen = score;
      }
    }
  }
  if (best) return best;
  const last = t.split(' ').pop() as string;
  if (last.length < 3) return null;
  return entities.find((e) => e.type === 'person' && normName(e.name).split(' ').pop() === last) ?? null;
}

function lastBefore<T extends { at: number }>(list: T[], at: number): T | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as T).at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (list[lo - 1] as T) : null;
}

function insideAny(spans: Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end <= at) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start <= at && at < s.end;
}

/** "the former minister" → "minister"; null for a phrase that is no definite role reference. */
export function roleHead(text: string): string | null {
  // A capitalised word past the article that is no role word makes it a name ("the Dunmore-based Institute for
  // Harbour Studies"), not a role ("the Foreign Minister").
  const capitalised = text
    .trim()
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.some((w) => !isRoleWord(w.toLowerCase().replace(/[^\p{L}-]/gu, '')))) return null;
  const words = normName(text).split(' ');
  if (words.length < 2 || !['the', 'this', 'that'].includes(words[0] as string)) return null;
  const rest = words
    .slice(1)
    .filter((w) => !DETERMINERS.has(w))
    .join(' ')
    .replace(ROLE_STATUS, '');
  return rest.split(/[\s-]/).pop() || null;
}

function holdsRole(e: DocEntity, head: string): boolean {
  if (e.roles.some((r) => hasWord(normName(r.text), head) || hasWord(normName(r.normalized), head)))
    return true;
  return [e.name, ...e.aliases].some((f) => hasWord(normName(f), head));
}

interface Built {
  text: string;
  sentences: Sentence[];
  quoted: Span[];
  linker: SpeakerLinker;
}

// Quotes and claims ask for the linker of the same article: built once per entity list and inputs.
const built = new WeakMap<DocEntity[], Built>();

const sameSpans = (a: Span[], b: Span[]): boolean =>
  a.length === b.length && a.every((x, i) => x.start === b[i]!.start && x.end === b[i]!.end);

/** Everything the linker needs, computed once per article: mentions and sentence subjects in order. */
export function makeSpeakerLinker(
  text: string,
  entities: DocEntity[],
  sentences: Sentence[],
  quoted: Span[],
): SpeakerLinker {
  const hit = built.get(entities);
  if (hit && hit.text === text && hit.sentences === sentences && sameSpans(hit.quoted, quoted))
    return hit.linker;
  const linker = buildLinker(text, entities, sentences, quoted);
  built.set(entities, { text, sentences, quoted, linker });
  return linker;
}

function buildLinker(
  text: string,
  entities: DocEntity[],
  sentences: Sentence[],
  quoted: Span[],
): SpeakerLinker {
  const mentions: Event[] = [];
  for (const e of entities)
    for (const m of e.mentions) if (!insideAny(quoted, m.start)) mentions.push({ at: m.start, entity: e });
  mentions.sort((a, b) => a.at - b.at);

  const starts = new Map<DocEntity, { at: number }[]>();
  for (const ev of mentions) {
    const list = starts.get(ev.entity);
    if (list) list.push({ at: ev.at });
    else starts.set(ev.entity, [{ at: ev.at }]);
  }
  // Who holds a role depends on the role only: worked out once per role word.
  const holdersOf = new Map<string, DocEntity[]>();
  const latestOfRole = (head: string, at: number): DocEntity | null => {
    let holders = holdersOf.get(head);
    if (!holders) {
      holders = entities.filter((e) => holdsRole(e, head));
      holdersOf.set(head, holders);
    }
    let best: DocEntity | null = null;
    let bestAt = -1;
    for (const e of holders) {
      const last = lastBefore(starts.get(e) ?? [], at);
      if (last && last.at > bestAt) {
        best = e;
        bestAt = last.at;
      }
    }
    return best ?? (holders.length === 1 ? (holders[0] as DocEntity) : null);
  };

  // Sentence subjects: the first person (and the first organisation) a sentence names outside quotes,
  // skipping names governed by a preposition ("in the wake of X’s arrest, Y said").
  const persons: Event[] = [];
  const orgs: Event[] = [];
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && (mentions[mi] as Event).at < s.start) mi++;
    const opening = text.slice(s.start, Math.min(s.end, s.start + 60));
    const head = /^(?:the|this|that)\s/i.test(opening)
      ? roleHead(opening.split(/\s+/).slice(0, 3).join(' '))
      : null;
    const roleSubject = head ? latestOfRole(head, s.start) : null;
    const opening80 = text.slice(s.start, Math.min(s.end, s.start + 80));
    const firstWord = /^\s*(\w+)/.exec(opening80)?.[1] ?? '';
    // "He urged …" opens with the pronoun; "On Monday, he said …" after a leading adverbial.
    const opener = LEADING_ADVERBIAL.has(firstWord.toLowerCase())
      ? (/^[^,]{0,60},\s*(\w+)/.exec(opening80)?.[1] ?? '')
      : firstWord;
    const pronounSubject = /^(?:he|she|He|She)$/.test(opener) ? lastBefore(persons, s.start)?.entity : null;
    let person: DocEntity | null = roleSubject?.type === 'person' ? roleSubject : (pronounSubject ?? null);
    let org: DocEntity | null = null;
    for (let j = mi; j < mentions.length && (mentions[j] as Event).at < s.end; j++) {
      const ev = mentions[j] as Event;
      const prev =
        /(\S+)\s*$/.exec(text.slice(Math.max(s.start, ev.at - 14), ev.at))?.[1]?.toLowerCase() ?? '';
      if (PREPOSITIONS.has(prev)) continue;
      if (!person && ev.entity.type === 'person') person = ev.entity;
      if (!org && ev.entity.type === 'org') org = ev.entity;
      if (person && org) break;
    }
    if (person) persons.push({ at: s.start, entity: person });
    if (org) orgs.push({ at: s.start, entity: org });
  }

  const byName = new Map<string, DocEntity | null>(); // names link the same wherever they stand
  return (speakerText: string, at: number): DocEntity | null => {
    const low = speakerText.trim().toLowerCase();
    if (low === 'he' || low === 'she') return lastBefore(persons, at + 1)?.entity ?? null;
    if (low === 'they') {
      const p = lastBefore(persons, at + 1);
      const o = lastBefore(orgs, at + 1);
      return (p && o ? (p.at >= o.at ? p : o) : (p ?? o))?.entity ?? null;
    }
    if (low === 'it') return lastBefore(orgs, at + 1)?.entity ?? null;
    if (entities.length === 0) return null;
    const head = /^(?:the|this|that)\s/.test(low) ? roleHead(speakerText) : null;
    if (head) return linkName(entities, speakerText, at) ?? latestOfRole(head, at);
    if (/['’]s?\s+\S/u.test(speakerText)) return null; // "Smith’s lawyer" is not Smith
    const known = byName.get(speakerText);
    if (known !== undefined) return known;
    const found = linkName(entities, speakerText, at) ?? linkByName(entities, speakerText);
    byName.set(speakerText, found);
    return found;
  };
}
