// What an organisation is, when the article says so in an apposition: "Braxa Media, a broadcaster,", "the Golfo
// cartel, designated a foreign terrorist organization", "the Dock Union, the country's largest union".

import { demonymOf } from '../../lang/places.ts';
import type { RoleMention } from '../../model/mention.ts';
import { NOT_KIND_MODIFIERS, ORG_NOUNS, ROLE_NOUNS } from './lexicon.ts';
import type { Linkable } from './link.ts';
import { role } from './roles.ts';

/** Heads of a noun phrase that describes a body, not a person. */
const ORG_KINDS = new Set([
  ...ORG_NOUNS,
  ...`broadcaster broadcasters network newspaper daily tabloid outlet agency union charity nonprofit non-profit
  think-tank coalition alliance federation association bank lender insurer manufacturer maker retailer airline
  carrier operator producer publisher regulator watchdog court body club team university school hospital utility
  developer supplier exporter importer conglomerate startup start-up subsidiary ministry department cartel
  syndicate gang militia faction movement party organization organisation group company firm`.split(/\s+/),
]);

// After the comma: an article or possessive (an owner of up to two words), or "designated (as)" or "which is"
// first, then up to six words of the phrase.
const APPOSED =
  /,\s+(?:(?:designated|listed|named|described|known|classified)\s+(?:as\s+)?|(?:which|that)\s+(?:is|was)\s+)?((?:an?|the|one of the|its|their|(?:\p{Lu}[\p{L}-]*\s+)?[\p{L}-]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,5}?([\p{L}-]+))(?=\s*(?:[,;.)—–]|$|\s(?:of|in|at|on|for|with|based|that|which|who|whose|since|last|this|earlier|until|and)\b))/uy;
// "the Golfo cartel, …": a kind noun after the name belongs to it, the apposition comes after that.
const KIND_AFTER = /\s+([a-z]+)(?=,)/y;

/** The apposition's role when its head names a kind of body, else null. */
function apposedKind(text: string, end: number): RoleMention | null {
  KIND_AFTER.lastIndex = end;
  const kind = KIND_AFTER.exec(text);
  const at = kind && ORG_NOUNS.has(kind[1]!) ? KIND_AFTER.lastIndex : end;
  if (text[at] !== ',') return null;
  APPOSED.lastIndex = at;
  const m = APPOSED.exec(text);
  if (!m) return null;
  const word = m[2]!.toLowerCase();
  const head = ORG_KINDS.has(word) ? word : word.replace(/s$/, '');
  if (!ORG_KINDS.has(head) || ROLE_NOUNS.has(head)) return null;
  const phrase = m[1]!;
  const start = at + m[0].length - phrase.length;
  return role(phrase, { start, end: start + phrase.length }, 'current');
}

// Before the name: an article or an owner's genitive, then up to four lower-case words ending in a kind of body.
const PREPOSED =
  /(?:\b(?:[Tt]he|[Aa]n?)\s+|(\p{Lu}[\p{L}.-]*['’]s?\s+))((?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))\s+$/u;

// Before the name: a nationality, then up to three lower-case words ending in a kind of body ("Swiss firm").
const NATIONAL_PREPOSED = /(\p{Lu}\p{L}+)\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s+$/u;

/** "the regional transit agency Velbus", "Velmor's rail operator VRT", "Swiss firm Ostrel": the kind written
 *  before the name. */
function preposedKind(text: string, start: number): RoleMention | null {
  const from = Math.max(0, start - 80);
  const before = text.slice(from, start);
  const owned = PREPOSED.exec(before);
  const national = owned ? null : NATIONAL_PREPOSED.exec(before);
  const m = owned ?? (national && demonymOf(national[1]!) ? national : null);
  if (!m) return null;
  const head = m[3]!.toLowerCase();
  if (!ORG_KINDS.has(head) || ROLE_NOUNS.has(head)) return null;
  const phrase = owned ? `${m[1] ?? ''}${m[2]!}` : `${m[1]!} ${m[2]!}`;
  const at = from + m.index + m[0].indexOf(phrase);
  return role(phrase, { start: at, end: at + phrase.length }, 'current');
}

// After the name: up to two lower-case modifiers, then a kind of body, then the end of the phrase.
const POSTPOSED =
  /\s+((?:[a-z][a-z-]*\s+){0,2}([a-z][a-z-]*))(?=\s*[,;:.)]|\s+(?:and|or|which|that|who|of|in|on|at|for|said|says)\b)/y;
/** Kinds that after a name are more often an adverb: "phones ring at Tarnby daily". */
const ADVERB_KINDS = new Set(['daily', 'weekly', 'monthly']);

/** "the Velo dock workers union", "GSEE private sector union": the kind written after the name. */
function postposedKind(text: string, end: number): RoleMention | null {
  POSTPOSED.lastIndex = end;
  const m = POSTPOSED.exec(text);
  if (!m) return null;
  const head = m[2]!;
  if (!ORG_KINDS.has(head) || ROLE_NOUNS.has(head) || ADVERB_KINDS.has(head)) return null;
  // a lone kind noun is the name's own ("the Golfo cartel"), read by apposedKind's KIND_AFTER
  if (ORG_NOUNS.has(head) && m[1] === head) return null;
  if (m[1]!.split(/\s+/).some((w) => NOT_KIND_MODIFIERS.has(w))) return null;
  const start = end + m[0].indexOf(m[1]!);
  return role(m[1]!, { start, end: start + m[1]!.length }, 'current');
}

/** Where a name written with a genitive ends when a comma follows the "'s" (-1 otherwise). */
function genitiveBeforeComma(text: string, end: number): number {
  return /^['’]s?,/.test(text.slice(end, end + 3)) ? text.indexOf(',', end) : -1;
}

/** Refiner: an organisation-kind apposition makes the name an organisation and states what it is. */
export function orgAppositions(text: string, items: Linkable[]): void {
  for (const it of items) {
    const m = it.mention;
    const type = it.typeOverride ?? m.type;
    // "Ostrel & Vance's, the ratings agency,": a genitive right before a comma ends a name, it owns nothing.
    const end = m.tokens.at(-1)!.possessive ? genitiveBeforeComma(text, m.span.end) : m.span.end;
    if (type === 'place' || m.title || m.nameShape || end < 0) continue;
    if (type === 'person' && m.personEvidence) continue;
    const r =
      apposedKind(text, end) ??
      (type === 'person' ? null : (preposedKind(text, m.run.start) ?? postposedKind(text, end)));
    if (!r) continue;
    it.typeOverride = 'org';
    if (!it.roles.some((x) => x.normalized === r.normalized)) it.roles.push(r);
  }
}

// "designated the A and B Cartels (AB) as FTOs", "listed X as a terrorist organization": what they were made.
const DESIGNATION = /\b(?:designat(?:ed|es|e|ing)|listed|labell?ed|classified|branded)\s/g;
const AS_TARGET =
  /\s*as\s+(?:an?\s+|the\s+)?((?:\p{Lu}[\p{L}’'-]*)(?:\s+\p{Lu}[\p{L}’'-]*){0,5}|(?:[a-z][a-z-]*\s+){0,3}(?:organi[sz]ations?|groups?|entit(?:y|ies)|cartels?|gangs?|militias?))\b/uy;

/** Refiner: bodies named between a designation verb and its "as Y" take Y (an acronym read as the name it stands for). */
const DESIGNATION_WORDS = ['designat', 'listed', 'label', 'classified', 'branded'];

export function designations(text: string, items: Linkable[]): void {
  // Most articles designate nothing: a plain substring search settles that before any sentence is read.
  if (!DESIGNATION_WORDS.some((w) => text.includes(w))) return;
  let acronyms: Map<string, Linkable> | undefined;
  let i = 0;
  while (i < items.length) {
    const s = items[i]!.mention.run.sentence;
    let j = i;
    while (j < items.length && items[j]!.mention.run.sentence === s) j++;
    const inSentence = items.slice(i, j);
    i = j;
    const stretch = text.slice(s.start, s.end);
    if (!/designat|listed|label|classified|branded/.test(stretch)) continue;
    DESIGNATION.lastIndex = 0;
    let p = 0;
    for (let m = DESIGNATION.exec(stretch); m; m = DESIGNATION.exec(stretch)) {
      const from = s.start + m.index + m[0].length;
      // Objects within a short reach of the verb only: one pointer moves through the sentence's names.
      while (p < inSentence.length && inSentence[p]!.mention.span.start < from) p++;
      const objects: Linkable[] = [];
      for (let q = p; q < inSentence.length && inSentence[q]!.mention.span.start < from + 300; q++) {
        const it = inSentence[q]!;
        // "(CAC)" restates the name before it.
        if ((it.typeOverride ?? it.mention.type) !== 'place' && text[it.mention.run.start - 1] !== '(')
          objects.push(it);
      }
      // The "as" must follow the last object of the verb closely: the objects are a list, not the rest of the sentence.
      for (let k = objects.length; k > 0; k--) {
        const last = objects[k - 1]!.mention;
        const after = /^[)\s]*(?:\([^)]{1,12}\))?,?/.exec(text.slice(last.span.end, last.span.end + 20))!;
        AS_TARGET.lastIndex = last.span.end + after[0].length;
        const t = AS_TARGET.exec(text);
        if (!t || t.index > s.end) continue;
        acronyms ??= new Map(items.flatMap((x) => x.extraForms.map((f) => [f, x] as const)));
        const r = designationRole(t[1]!, AS_TARGET.lastIndex - t[1]!.length, acronyms);
        for (const it of listEndingAt(text, objects, k - 1)) {
          if (it.mention.title || it.mention.personEvidence || it === r.target) continue;
          if (it.mention.type !== 'org') it.typeOverride = 'org';
          if (!it.roles.some((x) => x.normalized === r.role.normalized)) it.roles.push(r.role);
        }
        break;
      }
    }
  }
}

const LIST_GAP = /^(?:\s*\([^)]{1,12}\))?(?:,?\s+(?:and|or)\s+(?:the\s+)?|,\s+(?:the\s+)?)$/;

/** The list that ends with objects[end]: "A, B and C" as written, nothing before it. */
function listEndingAt(text: string, objects: Linkable[], end: number): Linkable[] {
  let first = end;
  while (first > 0) {
    const a = objects[first - 1]!.mention;
    const b = objects[first]!.mention;
    if (!LIST_GAP.test(text.slice(a.span.end, b.run.start))) break;
    first--;
  }
  return objects.slice(first, end + 1);
}

function designationRole(
  target: string,
  start: number,
  acronyms: Map<string, Linkable>,
): { role: RoleMention; target: Linkable | undefined } {
  const span = { start, end: start + target.length };
  const r = role(target, span, 'current');
  const acronym = /^(\p{Lu}{2,8})s?$/u.exec(target)?.[1];
  const named = acronym ? acronyms.get(acronym) : undefined;
  const full = named ? (named.nameOverride ?? named.mention.name) : target;
  r.normalized = full
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<!s)s$/, '');
  return { role: r, target: named };
}
