// linkName: a surface form at an attribution ("Ruiz", "President Ruiz", "the president", "the ex-minister")
// → the article's entity, when the article makes it unambiguous.
import { countryOf, fold } from '../../lang/places.ts';
import { mapList } from '../../model/list.ts';
import type { DocEntity } from '../../model/mention.ts';
import { HONORIFICS, OFFICE_WORDS, ROLE_NOUNS, STATUS_WORDS } from './lexicon.ts';
import { partOf } from './link.ts';
import { normalizeRole } from './roles.ts';

const words = (s: string): string[] =>
  fold(s)
    .replace(/['’]s\b|['’]$/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/[.,;:]/g, ''))
    .filter(Boolean);

const key = (s: string): string => words(s).join(' ');

// Attributions ask for the same entities again and again: their folded forms are worked out once per entity.
const formKeys = new WeakMap<DocEntity, { n: number; of: string; keys: Set<string>; name: string[] }>();

function keysOf(e: DocEntity): { keys: Set<string>; name: string[] } {
  const hit = formKeys.get(e);
  if (hit && hit.n === e.aliases.length && hit.of === e.name) return hit;
  const keys = new Set([e.name, ...e.aliases].map(key));
  const fresh = { n: e.aliases.length, of: e.name, keys, name: words(e.name) };
  formKeys.set(e, fresh);
  return fresh;
}

/** Leading articles, statuses, countries, offices and honorifics dropped: "Mexican President Ana Ruiz" → "ana ruiz". */
function withoutTitles(w: string[]): string[] {
  let i = 0;
  while (i < w.length - 1) {
    const x = w[i]!;
    if (
      x === 'the' ||
      STATUS_WORDS.has(x) ||
      OFFICE_WORDS.has(x) ||
      HONORIFICS.has(x) ||
      HONORIFICS.has(`${x}.`)
    )
      i++;
    else if (x === 'of' && i > 0) i++;
    else if (countryOf(x) && i < w.length - 2) i++;
    else break;
  }
  return w.slice(i);
}

function lastMentionBefore(e: DocEntity, at: number): number {
  let best = -1;
  for (const m of e.mentions) if (m.start < at && m.start > best) best = m.start;
  return best;
}

/** Among candidates, the one the text refers to: the only one, or (given a position) the last one named before it. */
function choose(cands: DocEntity[], at?: number): DocEntity | null {
  if (cands.length === 1) return cands[0]!;
  if (cands.length === 0 || at === undefined) return null;
  const ranked = mapList(cands, (e) => ({ e, last: lastMentionBefore(e, at) })).sort(
    (a, b) => b.last - a.last,
  );
  return ranked[0]!.last >= 0 && ranked[0]!.last !== ranked[1]?.last ? ranked[0]!.e : null;
}

/** "the president", "the ex-foreign minister", "Mexico's president": a person holding that role. */
function byRole(entities: DocEntity[], w: string[], at?: number): DocEntity | null {
  const phrase = w.filter((x) => x !== 'the').join(' ');
  const heads = phrase.split(' ').filter((x) => ROLE_NOUNS.has(x.replace(/^ex-/, '')) || OFFICE_WORDS.has(x));
  if (!heads.length || phrase.split(' ').length > 5) return null;
  const norm = normalizeRole(phrase);
  const country = / of (.+)$/.exec(norm)?.[1] ?? null;
  const head = heads.at(-1)!.replace(/^ex-/, '');
  const cands = entities.filter(
    (e) =>
      e.type === 'person' &&
      e.roles.some((r) => {
        const rw = r.normalized.split(' ');
        return rw.includes(head) && (country === null || r.normalized.endsWith(` of ${country}`));
      }),
  );
  return choose(cands, at);
}

/**
 * The entity of this article that a surface form names, or null when none or more than one fits.
 * `at` (an offset into the text) breaks ties by recency for role forms like "the president".
 */
export function linkName(entities: DocEntity[], text: string, at?: number): DocEntity | null {
  const w = words(text);
  if (!w.length) return null;
  const whole = w.join(' ');
  const exact = entities.filter((e) => keysOf(e).keys.has(whole));
  if (exact.length) return choose(exact, at) ?? exact[0]!;
  const bare = withoutTitles(w);
  const b = bare.join(' ');
  if (bare.length && !(bare.length === 1 && (ROLE_NOUNS.has(b) || OFFICE_WORDS.has(b)))) {
    const named = entities.filter((e) => keysOf(e).keys.has(b));
    if (named.length) return choose(named, at);
    const part = entities.filter((e) => e.type === 'person' && partOf(bare, keysOf(e).name));
    if (part.length) return choose(part, at);
    // A fuller form than the article uses ("Ana Ruiz" where it only says "Ruiz"): its surname decides.
    const fuller = entities.filter((e) => e.type === 'person' && partOf(keysOf(e).name, bare));
    if (fuller.length) return choose(fuller, at);
  }
  return byRole(entities, w, at);
}
