// Entities of one article, chrono-style: finders (capitalised runs → typed mentions with roles), then
// refiners (acronyms, "A and B Cartels", "groups such as X"), then linking of short forms to full names.
import type { Context } from '../../context.ts';
import { BAND_NOUNS, BROADCASTERS, KINDS_BY_NAME } from '../../lang/en/bodies.ts';
import { stateOf } from '../../lang/en/parties.ts';
import { HONORIFIC_GENDER, KIN_WORDS } from '../../lang/en/person.ts';
import { wordValue } from '../../lang/numbers.ts';
import { oneOf } from '../../lang/pattern.ts';
import { countryOf, fold } from '../../lang/places.ts';
import type { Result } from '../../model/issue.ts';
import { pushTo } from '../../model/list.ts';
import type { DocEntity, EntityType } from '../../model/mention.ts';
import type { Segmented } from '../../model/segment.ts';
import { DOC_HEADS, KIND_HEADS, ROLE_NOUNS } from './lexicon.ts';
import { type Gender, type Linkable, linkMentions } from './link.ts';
import { type Mention, mentionsOf } from './mentions.ts';
import { linkName } from './names.ts';
import { designations, orgAppositions } from './orgroles.ts';
import { role, rolesOf } from './roles.ts';
import { runsOf } from './runs.ts';
import { articleWords } from './tokens.ts';

export { normalizeRole } from './roles.ts';
export { linkName };

const ACRONYM_AFTER = /^[”"’]?\s*\(\s*(?:the\s+)?(\p{Lu}[\p{Lu}&.]{1,9})s?\s*\)/u;
const PLURAL_HEAD =
  /^(?:cartels|parties|ministries|gangs|groups|universities|agencies|banks|companies|councils)$/i;
const AND_BETWEEN = /^(?:\s+and\s+|,\s+)$/;
const LIST_GAP = /^(?:,?\s+(and|or)\s+(?:the\s+)?|,\s+(?:the\s+)?)$/;
const KIND_BEFORE =
  /(?:\b([\p{Lu}][\p{L}]*)\s+)?((?:\b[a-z]+\s+)?)(organi[sz]ations?|groups?|gangs?|cartels?|companies|company|firms?|militias?|parties|party|agencies|outlets?|networks?)\s*,?\s+(?:like|such as|including)\s+(?:the\s+)?(?:([\p{Lu}][\p{L}.]*)['’]s\s+)?$/u;
const NOT_MODIFIER = new Set(
  'of the a an and or with by for to in on at from other some many several most all such these those its their'.split(
    ' ',
  ),
);

/** Whether the letters of an acronym can be read off the words of the name (in any order: NGC, "Gulf ... North Cartel"). */
function acronymFits(acr: string, name: string): boolean {
  const letters = acr.replace(/[^\p{Lu}]/gu, '');
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  const pool = [...initials];
  let hits = 0;
  for (const c of letters) {
    const k = pool.indexOf(c);
    if (k >= 0) {
      hits++;
      pool.splice(k, 1);
    }
  }
  return letters.length >= 2 && hits / letters.length >= 0.6;
}

const singular = (w: string): string => (/ies$/i.test(w) ? w.slice(0, -3) + 'y' : w.replace(/s$/i, ''));

/** Refiner: "Long Name (LN)" gives the entity its acronym; the acronym alone then links to it. */
function acronyms(text: string, items: Linkable[]): void {
  for (const it of items) {
    const m = ACRONYM_AFTER.exec(text.slice(it.mention.span.end, it.mention.span.end + 20));
    if (!m || it.mention.type === 'place' || it.mention.tokens.length < 2) continue;
    const acr = m[1]!.replace(/\./g, '');
    if (!acronymFits(acr, it.nameOverride ?? it.mention.name)) continue;
    it.extraForms.push(acr);
    // A defined acronym names a body, unless something marks the name as a person's, or its last word as a law or
    // a document ("the Harbour Safety Act (HSA)", "the Northern Fisheries Treaty (NFT)").
    if (DOC_HEADS.has(it.mention.tokens.at(-1)!.lower)) continue;
    const person = it.mention.personEvidence || it.mention.nameShape || it.roles.length > 0;
    if (it.mention.type !== 'person' || !person) it.typeOverride = 'org';
  }
}

const GLOSS_GAP = /^[”"’]?\s*\($/;

/** Refiner: "the Joint Harbour Force (Fuerza Portuaria)": a name in brackets right after an organisation glosses it. */
function glosses(text: string, items: Linkable[]): void {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!;
    const b = items[i]!;
    if ((a.typeOverride ?? a.mention.type) !== 'org' || b.mention.type === 'place') continue;
    if (b.mention.run.start - a.mention.span.end > 4) continue;
    if (!GLOSS_GAP.test(text.slice(a.mention.span.end, b.mention.run.start))) continue;
    if (text[b.mention.span.end] !== ')' || b.mention.personEvidence || b.mention.nameShape) continue;
    b.typeOverride = 'org';
  }
}

const OF_BETWEEN = /^\s+of\s+(?:the\s+)?$/;

/** Refiner: "Governor Ana Ruiz of Tarn": the name after a titled person's "of" is the office's place. */
function officeOf(text: string, items: Linkable[]): void {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!;
    const b = items[i]!;
    if (!a.mention.title || a.mention.title.honorific || b.mention.type === 'org' || b.typeOverride) continue;
    if (b.mention.run.start - a.mention.span.end > 10) continue;
    if (!OF_BETWEEN.test(text.slice(a.mention.span.end, b.mention.run.start))) continue;
    if (b.mention.title || b.mention.type === 'place') continue;
    b.typeOverride = 'place';
    b.mention.personEvidence = false;
  }
}

/** Refiner: "the Norte and Golfo Cartels" names two cartels; each takes the singular head. */
function distributivePlural(text: string, items: Linkable[]): void {
  for (let i = 1; i < items.length; i++) {
    const b = items[i]!;
    const a = items[i - 1]!;
    const head = b.mention.tokens.at(-1)!;
    if (!PLURAL_HEAD.test(head.text) || a.mention.run.sentence !== b.mention.run.sentence) continue;
    if (!AND_BETWEEN.test(text.slice(a.mention.span.end, b.mention.span.start))) continue;
    if (a.mention.type === 'place' || a.mention.tokens.some((t) => t.lower === head.lower)) continue;
    const one = singular(head.text);
    b.nameOverride = `${b.mention.name.slice(0, b.mention.name.length - head.text.length)}${one}`;
    b.extraForms.push(b.mention.name);
    b.typeOverride = 'org';
    a.nameOverride = `${a.mention.name} ${one}`;
    a.extraForms.push(a.mention.name);
    a.typeOverride = 'org';
  }
}

// Sticky: the one lower-case word right after a name, read in place.
const BAND_NOUN_AFTER = /\s{1,3}([a-z]{1,12})(?![\w-])/y;

/** Refiner: "the Velo Brothers gang": the name with its band noun is a form news uses for it, kept as an alias. */
function bandNames(text: string, items: Linkable[]): void {
  for (const it of items) {
    const type = it.typeOverride ?? it.mention.type;
    if (type === 'place' || type === 'person' || it.mention.tokens.at(-1)!.possessive) continue;
    BAND_NOUN_AFTER.lastIndex = it.mention.span.end;
    const m = BAND_NOUN_AFTER.exec(text);
    if (!m || !BAND_NOUNS.has(m[1]!)) continue;
    const name = it.nameOverride ?? it.mention.name;
    if (fold(name).split(/\s+/).includes(m[1]!)) continue;
    it.extraForms.push(`${name} ${m[1]!}`);
  }
}

/** Refiner: "Alexandria, Va.", "Leeds, England": a place written with its state or country after a comma is a
 *  form of the place, and a name of no known kind written so is a place; the state or country stays a mention of
 *  its own. */
function placeWithRegion(text: string, items: Linkable[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1]!;
    const type = a.typeOverride ?? a.mention.type;
    if (!/^,\s?$/.test(text.slice(a.mention.span.end, b.mention.run.start))) continue;
    if (isRegion(a.mention.name) || !isRegion(b.mention.name)) continue;
    // "an Alexandria, Virginia, park": a name of no known kind before ", <state or country>" is a town there.
    const unknown =
      (type === 'other' || (type === 'person' && a.mention.tokens.length === 1)) &&
      !a.mention.title &&
      !a.mention.personEvidence &&
      !a.mention.tokens.at(-1)!.possessive;
    if (type !== 'place' && !unknown) continue;
    if (unknown) a.typeOverride = 'place';
    a.extraForms.push(text.slice(a.mention.span.start, b.mention.span.end));
    if ((b.typeOverride ?? b.mention.type) === 'other') b.typeOverride = 'place';
  }
}

/** Refiner: "crews from Tiveral and Cullam": a name of no known kind joined to a place by "and", "or" or a
 *  comma is a place too. */
function coordinatedPlaces(text: string, items: Linkable[]): void {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!;
    const b = items[i]!;
    if ((a.typeOverride ?? a.mention.type) !== 'place' || (b.typeOverride ?? b.mention.type) !== 'other')
      continue;
    if (b.mention.title || b.mention.personEvidence || b.mention.tokens.at(-1)!.possessive) continue;
    if (/^(?:,\s*|\s+(?:and|or)\s+)$/.test(text.slice(a.mention.span.end, b.mention.run.start)))
      b.typeOverride = 'place';
  }
}

const isRegion = (name: string): boolean => stateOf(name) !== null || countryOf(name) !== null;

/** Refiner: an organisation named by its kind ("Dunmore Crown Court", "the State University", "the Harbor Gazette")
 *  is of that kind, when the article says nothing else of what it is. */
function kindOfName(items: Linkable[]): void {
  for (const it of items) {
    if ((it.typeOverride ?? it.mention.type) !== 'org' || it.roles.length) continue;
    const head = it.mention.tokens.at(-1)!;
    const kind = kindByName(it.mention.tokens.map((t) => t.lower));
    if (kind) {
      // The kind is read from the name as written ("Harbor Gazette"), which is where it points.
      const r = role(it.mention.name, { start: it.mention.span.start, end: it.mention.span.end }, 'current');
      r.normalized = kind;
      it.roles.push(r);
    } else if (it.mention.tokens.length >= 2 && KIND_HEADS.has(head.lower))
      it.roles.push(role(head.lower, { start: head.start, end: head.end }, 'current'));
  }
}

/** Refiner: "Ana Ruiz, from the fire service," in an article that names one fire service ("Velmor Fire and
 *  Rescue") works for that body: the role names it, as other sources may. */
function namedBodies(entities: DocEntity[]): void {
  const byKind = new Map<string, DocEntity[]>();
  for (const e of entities) {
    if (e.type !== 'org') continue;
    const kind = kindByName(fold(e.name).split(/\s+/));
    if (kind) pushTo(byKind, kind, e);
  }
  if (!byKind.size) return;
  for (const e of entities) {
    if (e.type !== 'person') continue;
    e.roles = e.roles.map((r) => {
      const bodies = byKind.get(r.normalized.replace(/^the\s+/, ''));
      // Two bodies of the kind: which one the person works for is not said.
      if (bodies?.length !== 1) return r;
      return { ...role(bodies[0]!.name, r.span, r.status), text: bodies[0]!.name };
    });
  }
}

/** The kind of body its name's words say it is ("fire service", "newspaper", "broadcaster"), or null. */
function kindByName(words: string[]): string | null {
  if (BROADCASTERS.has(words.join(' '))) return 'broadcaster';
  if (words.length < 2) return null;
  const head = words.at(-1)!;
  for (const k of KINDS_BY_NAME)
    if (
      (!k.holds.length || k.holds.some((w) => words.includes(w))) &&
      (!k.heads.length || k.heads.includes(head))
    )
      return k.kind;
  return null;
}

/** Refiner: "groups such as X", "organizations like Venezuela's X": X is an organisation. */
function kindBefore(text: string, items: Linkable[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    // "groups like Vesk's Rojo Band": the owner in the possessive is not the group.
    if (it.mention.type === 'place' || it.mention.title || it.mention.tokens.at(-1)!.possessive) continue;
    const from = Math.max(0, it.mention.run.start - 80);
    const before = text.slice(from, it.mention.run.start);
    // Cheap test first: almost no name follows "like", "such as" or "including".
    if (!before.includes(' like ') && !before.includes(' such as ') && !before.includes('including '))
      continue;
    const m = KIND_BEFORE.exec(before);
    if (!m) continue;
    it.typeOverride = 'org' as EntityType;
    // The kind is also what the article says it is: "organizations like Venezuela's X" → organization of Venezuela.
    const mods = (m[2] ?? '').split(/\s+/).filter((w) => w && !NOT_MODIFIER.has(w));
    const noun = m[3]!;
    const phrase = [...mods, noun].join(' ');
    const at = from + m.index + m[0].indexOf(mods[0] ?? noun, (m[1] ?? '').length);
    const span = { start: at, end: from + m.index + m[0].indexOf(noun) + noun.length };
    const country = countryOf(m[4] ?? '') ?? countryOf(m[1] ?? '');
    const r = role(text.slice(span.start, span.end), span, 'current');
    const singularNoun = [...mods, singular(noun)].join(' ');
    r.normalized = country ? `${singularNoun} of ${country.toLowerCase()}` : singularNoun;
    if (!phrase) continue;
    it.roles.push(r);
    for (const member of listAfter(text, items, i)) {
      member.typeOverride = 'org';
      member.roles.push(r);
    }
  }
}

/** "groups such as A, B and C": the members after items[i], when the list closes with "and" or "or". */
function listAfter(text: string, items: Linkable[], i: number): Linkable[] {
  const members: Linkable[] = [];
  for (let j = i + 1; j < items.length; j++) {
    const prev = items[j - 1]!.mention;
    const next = items[j]!;
    const m = next.mention;
    if (
      m.run.sentence !== prev.run.sentence ||
      m.type === 'place' ||
      m.title ||
      prev.tokens.at(-1)!.possessive
    )
      break;
    const gap = LIST_GAP.exec(text.slice(prev.span.end, m.run.start));
    if (!gap) break;
    members.push(next);
    // "A, B and C" ends at C; "A, Ruiz's plan" was never a list.
    if (gap[1]) return m.tokens.at(-1)!.possessive ? [] : members;
  }
  return [];
}

const DEFINITE =
  /\b[Tt]he\s+((?:former\s+|ex-|acting\s+|interim\s+|then-|outgoing\s+)?(?:(?:vice|prime|foreign|defen[cs]e|interior)\s+)?(?:president|prime minister|minister|secretary|governor|mayor|chancellor|premier|king|queen))\b(?![-\s]+(?:of\b|elect\b|\p{Lu}))/gu;

/** Refiner: "the ex-president said" names the person last named with that office; a status it states is a role. */
function definiteDescriptions(seg: Segmented, entities: DocEntity[]): void {
  // One pass over the whole text: the phrase never spans a sentence end, so sentences need not be cut out.
  const text = seg.doc.text;
  if (seg.sentences.length === 0) return;
  DEFINITE.lastIndex = 0;
  for (let m = DEFINITE.exec(text); m; m = DEFINITE.exec(text)) {
    const phrase = m[1]!;
    const start = m.index + m[0].length - phrase.length;
    const e = linkName(entities, phrase, start);
    if (!e) continue;
    const span = { start, end: start + phrase.length };
    e.mentions.push(span);
    const r = role(
      phrase,
      span,
      /^(?:former|ex-|outgoing)/i.test(phrase)
        ? 'former'
        : /^(?:acting|interim)/i.test(phrase)
          ? 'acting'
          : /^then-/i.test(phrase)
            ? 'then'
            : 'current',
    );
    if (
      r.status !== 'current' &&
      !e.roles.some((x) => x.normalized === r.normalized && x.status === r.status)
    )
      e.roles.push(r);
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
}

const KIN = (gender: Gender): RegExp => new RegExp(`\\b(?:${oneOf(KIN_WORDS[gender])})\\s*,?\\s*$`, 'i');
const KIN_BEFORE: [Gender, RegExp][] = [
  ['female', KIN('female')],
  ['male', KIN('male')],
];

/** The gender of a kin word right before the name ("his wife, Eva Ruiz"), when one stands there. */
function kinBefore(text: string, m: Mention): Gender | undefined {
  const before = text.slice(
    Math.max(0, (m.title?.span.start ?? m.span.start) - 24),
    m.title?.span.start ?? m.span.start,
  );
  return KIN_BEFORE.find(([, re]) => re.test(before))?.[0];
}

/** The gender an honorific title tells ("Mr.", "Ms."), when the name has one. */
function honorificOf(text: string, m: Mention): Gender | undefined {
  if (!m.title?.honorific) return undefined;
  const word = text
    .slice(m.title.span.start, m.title.span.end)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return HONORIFIC_GENDER[word];
}

function titledForm(text: string, m: Mention): string[] {
  // "President Ruiz" is a form readers search for; "Mexican President Ruiz" adds nothing beyond the role.
  if (!m.title || m.title.honorific || m.title.country || m.title.placeSpan || m.title.status !== 'current')
    return [];
  return [text.slice(m.title.span.start, m.span.end).replace(/\s+/g, ' ')];
}

const PRONOUN_OPENS = /\s*(?:He|She|The\s+(?:(?:former|acting|then|ex)\s+|(?:ex|then)-)?([a-z]+))\b/y;
const PRONOUN_INSIDE = /\b(?:he|she)\b/g;

/** Offset of the last "he" or "she" in the sentence, -1 when none: one scan per sentence, asked per mention. */
function lastPronoun(text: string, s: { start: number; end: number }): number {
  let last = -1;
  PRONOUN_INSIDE.lastIndex = 0;
  const stretch = text.slice(s.start, s.end);
  for (let m = PRONOUN_INSIDE.exec(stretch); m; m = PRONOUN_INSIDE.exec(stretch)) last = s.start + m.index;
  return last;
}

// "71-year-old Ana Ruiz", "Ana Ruiz, 71,": an age is given for people.
const AGE_BEFORE = /\d{1,3}-year-old\s+$/;
const AGE_AFTER = /,\s*\d{1,3}\s*[,.;)]/y;

// "the Varga administration": a government named after the person who leads it.
const ADMINISTRATION_AFTER = /(?:['’]s)?\s+administration\b/y;

function leadsAdministration(text: string, m: Mention): boolean {
  ADMINISTRATION_AFTER.lastIndex = m.span.end;
  return ADMINISTRATION_AFTER.test(text);
}

function ageGiven(text: string, m: Mention): boolean {
  if (text.charCodeAt(m.span.end) === 44) {
    AGE_AFTER.lastIndex = m.span.end;
    if (AGE_AFTER.test(text)) return true;
  }
  // Cheap test first: "-year-old " ends in a "d" and a space right before the name.
  const at = m.run.start;
  return text.charCodeAt(at - 2) === 100 && AGE_BEFORE.test(text.slice(Math.max(0, at - 16), at));
}

/**
 * "Ana Ruiz arrived. She said …", "… The ex-minister said": a he or she later in the sentence, or a pronoun or
 * a person's office opening the next, takes the name up.
 */
function pronounTakesUp(
  text: string,
  m: Mention,
  pronounAt: number,
  next: { start: number } | undefined,
): boolean {
  if (pronounAt > m.span.end) return true;
  if (!next) return false;
  PRONOUN_OPENS.lastIndex = next.start;
  const hit = PRONOUN_OPENS.exec(text);
  return hit !== null && (hit[1] === undefined || ROLE_NOUNS.has(hit[1]));
}

/** A name's suffix ("Jr.") or a status glued to a title ("then-Acting") names no one by itself... */
const NAME_PART_ALONE = /^(?:(?:jr|sr)\.?|ii|iii|iv|(?:then|ex|former)-\p{L}+)$/iu;

/** ...nor does a number word ("Four men rammed…" opening a sentence). */
const noNameAlone = (e: DocEntity): boolean =>
  !e.name.includes(' ') &&
  !e.aliases.length &&
  !e.roles.length &&
  (NAME_PART_ALONE.test(e.name) || wordValue(e.name) !== null);

export function findEntities(seg: Segmented, ctx: Context): Result<DocEntity[]> {
  const text = seg.doc.text;
  const words = articleWords(seg);
  const items: Linkable[] = [];
  words.sentences.forEach((s, si) => {
    const next = words.sentences[si + 1];
    let pronounAt: number | undefined;
    for (const run of runsOf(text, s, words)) {
      for (const m of mentionsOf(text, run, words.lowercase)) {
        if ((m.type === 'person' || m.type === 'other') && !m.personEvidence) {
          // An age or an administration marks a person even by one word; a pronoun only a name typed person.
          if (ageGiven(text, m) || leadsAdministration(text, m)) {
            m.personEvidence = true;
            m.type = 'person';
          } else if (m.type === 'person') {
            pronounAt ??= lastPronoun(text, s);
            m.personEvidence = pronounTakesUp(text, m, pronounAt, next);
          }
        }
        const roles = m.type === 'person' || m.type === 'other' ? rolesOf(text, m, s.tokens) : [];
        // the overrides refiners may set later are present from the start: one hidden class for every item
        items.push({
          mention: m,
          roles,
          extraForms: titledForm(text, m),
          nameOverride: undefined,
          typeOverride: undefined,
          kin: kinBefore(text, m),
          honorific: honorificOf(text, m),
        });
      }
    }
  });
  acronyms(text, items);
  glosses(text, items);
  officeOf(text, items);
  orgAppositions(text, items);
  designations(text, items);
  distributivePlural(text, items);
  kindBefore(text, items);
  kindOfName(items);
  placeWithRegion(text, items);
  coordinatedPlaces(text, items);
  bandNames(text, items);
  const entities = linkMentions(items, words.lowercase).filter(
    (e) => fold(e.name).length > 1 && !noNameAlone(e),
  );
  definiteDescriptions(seg, entities);
  namedBodies(entities);
  ctx.trace('extract', `${seg.doc.id}: ${entities.length} entities from ${items.length} mentions`);
  return { value: entities, issues: [] };
}
