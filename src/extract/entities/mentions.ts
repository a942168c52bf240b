// From a capitalised run to a typed mention: titles before the name are peeled off into a role ("Mexican
// President" + "Ana Ruiz"), then the rest is typed person | org | place | other from its own words and context.

import { PAPER_HEADS } from '../../lang/en/bodies.ts';
import { MONTHS, SEASONS } from '../../lang/en/calendar.ts';
import { stateOf } from '../../lang/en/parties.ts';
import { isGivenName } from '../../lang/given-names.ts';
import {
  countryNamed,
  countryOf,
  demonymOf,
  isPlaceName,
  isSupranational,
  placeKind,
  startsPlaceName,
} from '../../lang/places.ts';
import { mapList } from '../../model/list.ts';
import type { EntityType, RoleStatus } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import {
  DOC_HEADS,
  HONORIFICS,
  NAME_ARTICLES,
  NOT_KIND_MODIFIERS,
  OFFICE_DOMAINS,
  OFFICE_MODIFIERS,
  OFFICE_WORDS,
  ORG_HEADS,
  ORG_NOUNS,
  ORG_WORDS,
  PLACE_HEADS,
  PLACE_OPENERS,
  ROLE_NOUNS,
  SERVICE_HEADS,
  SERVICE_NOUNS,
  SPEECH_VERBS,
  STATUS_WORDS,
} from './lexicon.ts';
import type { Run } from './runs.ts';
import type { Token } from './tokens.ts';

export interface Title {
  span: Span;
  status: RoleStatus;
  /** Country named in the title ("Mexican", "US"), canonical. */
  country: string | null;
  /** Only an honorific ("Mr.", "Dr."): marks a person, is not a role. */
  honorific: boolean;
  /** Where the country stands in the title, when one does. */
  countrySpan: Span | null;
  /** A place or body named before the office, no country ("Tarn Governor", "Central Bank Governor"): whose office it is. */
  placeSpan?: Span;
}

export interface Mention {
  name: string;
  tokens: Token[];
  span: Span;
  type: EntityType;
  /** Canonical place name for places ("U.S." → "United States"). */
  place: string | null;
  title: Title | null;
  /** Evidence that it names a person: a title, or a verb of speech right after it (or a pronoun taking it up). */
  personEvidence: boolean;
  /** Built like a personal name: initials ("J. R."), a family-name particle ("van der", "bin", "al-"). */
  nameShape?: boolean;
  run: Run;
}

const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const INITIALISM_IN_NAME = /^\p{Lu}{3,6}$/u;
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
/** "F.B.I.", "N.A.A.C.P.": three capitals or more, each followed by a full stop. */
const DOTTED_INITIALISM = /^(?:\p{Lu}\.){3,8}$/u;
const PARTY_TAG_TOKEN = /^[RDI][-–](\p{Lu}[\p{L}.]*)$/u;
const partyTagToken = (word: string): boolean => {
  const m = PARTY_TAG_TOKEN.exec(word);
  return m !== null && stateOf(m[1]!) !== null;
};
const HYPHEN_COUNTRIES = /^[\p{L}.]+(?:-[\p{L}.]+)+$/u;

/** Length of a country name at the start of tokens[from..] ("United States" is 2), 0 when none. */
function countryPrefix(tokens: Token[], from: number): { n: number; country: string } | null {
  const first = tokens[from];
  if (!first) return null;
  const single = first.possessive ? null : countryOf(first.text);
  // "European Union President": a demonym may open a longer name of a country or union.
  if (startsPlaceName(first.text) || single) {
    const phrases = [first.text];
    const longest = Math.min(4, tokens.length - from);
    for (let n = 2; n <= longest; n++) phrases.push(`${phrases[n - 2]} ${tokens[from + n - 1]!.text}`);
    for (let n = longest; n >= 2; n--) {
      const c = countryOf(phrases[n - 1]!);
      if (c) return { n, country: c };
    }
  }
  return single ? { n: 1, country: single } : null;
}

/** Whether an office word stands within the four tokens after i: only then can a country prefix a title. */
function officeAhead(t: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < t.length; k++) if (OFFICE_WORDS.has(t[k]!.lower)) return true;
  return false;
}

/** "Secretary of State", "Minister of Foreign Affairs": the words after "of" belong to the title. */
function afterOfDomain(t: Token[], i: number): number {
  if (t[i]?.lower !== 'of') return i;
  let j = i + 1;
  while (j < t.length && OFFICE_DOMAINS.has(t[j]!.lower) && !t[j - 1]!.possessive) j++;
  return j > i + 1 ? j : i;
}

const STATUS_AT_END = /(former|ex-|acting|interim|then-|erstwhile|caretaker)\s*$/;

function statusBefore(text: string, at: number): RoleStatus | null {
  // Cheap test first: a status word ends in a lower-case letter or a hyphen, right before the run.
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  if (!((c >= 97 && c <= 122) || c === 45)) return null;
  const m = STATUS_AT_END.exec(text.slice(Math.max(0, at - 12), at).toLowerCase());
  return m ? (STATUS_WORDS.get(m[1]!) ?? null) : null;
}

/** "Chief" heading an office by itself, no office word after it ("Police Chief Ana Ruiz", not "Chief Justice"). */
const chiefAlone = (t: Token[], h: number): boolean =>
  t[h]?.lower === 'chief' && !OFFICE_WORDS.has(t[h + 1]?.lower ?? '');

/** Capitalised words before an office word that are no title and no common word: "Tarn" in "Tarn Governor". */
function placeBeforeOffice(t: Token[], lowercase: Set<string>): number {
  // Cheap test first: most runs have no office word among their second to fourth words.
  let hasOffice = false;
  for (let k = 1; k < Math.min(t.length - 1, 4) && !hasOffice; k++) hasOffice = OFFICE_WORDS.has(t[k]!.lower);
  if (!hasOffice) return 0;
  // "New Jersey Governor X": a known place of several words, however common its words ("new"), is the place.
  const named = knownPlaceAt(t);
  let j = named;
  while (!named && j < t.length && j < 3) {
    const w = t[j]!;
    // "Majority" in "House Majority Whip" is the office's modifier, however often "majority" is written small.
    if (j > 0 && w.cap && OFFICE_MODIFIERS.has(w.lower)) break;
    // "Dunmore Police Chief X": a service's noun after the place is its own, however often "police" is written small.
    const service = j > 0 && SERVICE_NOUNS.has(w.lower);
    if (!w.cap || w.possessive || w.initial || (lowercase.has(w.lower) && !service)) return 0;
    if (OFFICE_WORDS.has(w.lower) || STATUS_WORDS.has(w.lower) || HONORIFICS.has(w.lower)) break;
    if (DOC_HEADS.has(w.lower) || countryOf(w.text)) return 0;
    j++;
  }
  // "House Majority Whip": modifiers may stand between the place and the office's head word.
  // "Chief" with no office word after it is the office itself: "Police Chief Ana Ruiz".
  let h = j;
  while (h < t.length - 1 && OFFICE_MODIFIERS.has(t[h]!.lower) && !chiefAlone(t, h)) h++;
  const office = t[h];
  const headless = office !== undefined && chiefAlone(t, h);
  // "Fire Chief X": a service's chief, read as the service's title (serviceTitleEnd), not a place's office.
  if (headless && j === 1 && (SERVICE_NOUNS.has(t[0]!.lower) || lowercase.has(t[0]!.lower))) return 0;
  if (
    j === 0 ||
    !office ||
    !OFFICE_WORDS.has(office.lower) ||
    (OFFICE_MODIFIERS.has(office.lower) && !headless)
  )
    return 0;
  // A name must follow the office: "Harbour Powers Governor" alone names an office, not a place and a person.
  return h + 1 < t.length ? j : 0;
}

/** Tokens of a place of several words, no country (a country prefixes an office its own way), opening a run. */
function knownPlaceAt(t: Token[]): number {
  if (!t[0] || !startsPlaceName(t[0].text)) return 0;
  let phrase = t[0].text;
  let found = 0;
  for (let n = 2; n <= Math.min(3, t.length - 2); n++) {
    phrase += ` ${t[n - 1]!.text}`;
    if (isPlaceName(phrase) && !countryOf(phrase)) found = n;
  }
  // "New York City": the city of a place named so
  return found && t[found]?.text === 'City' && found + 2 < t.length ? found + 1 : found;
}

/** "Fire Chief X", "Harbour Master X": a service's common noun and its head, then a name. */
function serviceTitleEnd(t: Token[], lowercase: Set<string>): number {
  const noun = t[0];
  const head = t[1];
  if (!noun || !head || t.length < 3 || !noun.cap || noun.possessive || head.possessive) return 0;
  if (!SERVICE_HEADS.has(head.lower)) return 0;
  return lowercase.has(noun.lower) || SERVICE_NOUNS.has(noun.lower) ? 2 : 0;
}

function peelTitle(text: string, run: Run, lowercase: Set<string>): { title: Title | null; from: number } {
  const t = run.tokens;
  const placeEnd = placeBeforeOffice(t, lowercase);
  const placeSpan = placeEnd > 0 ? { start: t[0]!.start, end: t[placeEnd - 1]!.end } : undefined;
  const serviceEnd = placeEnd === 0 ? serviceTitleEnd(t, lowercase) : 0;
  let i = placeEnd || serviceEnd;
  let status: RoleStatus | null = statusBefore(text, run.start);
  let country: string | null = null;
  let countrySpan: Span | null = null;
  let office = serviceEnd > 0;
  let lastOffice = serviceEnd ? t[1]!.lower : '';
  let honorific = false;
  for (;;) {
    const tok = t[i];
    if (!tok || tok.possessive) break;
    const st = STATUS_WORDS.get(tok.lower);
    if (st) {
      status = st;
      i++;
      continue;
    }
    const glued = /^(ex|then)-(.+)$/.exec(tok.lower);
    if (glued && OFFICE_WORDS.has(glued[2]!)) {
      status = glued[1] === 'ex' ? 'former' : 'then';
      office = true;
      lastOffice = glued[2]!;
      i = afterOfDomain(t, i + 1);
      continue;
    }
    if (tok.lower.endsWith('-elect') && OFFICE_WORDS.has(tok.lower.slice(0, -6))) {
      status = 'elect';
      office = true;
      i++;
      continue;
    }
    const c = !office && officeAhead(t, i) ? countryPrefix(t, i) : null;
    if (c && i + c.n < t.length && OFFICE_WORDS.has(t[i + c.n]!.lower)) {
      country = c.country;
      countrySpan = { start: tok.start, end: t[i + c.n - 1]!.end };
      i += c.n;
      continue;
    }
    if (OFFICE_WORDS.has(tok.lower)) {
      office = true;
      const next = afterOfDomain(t, i + 1);
      // "Chief of Staff": a domain after "of" completes the title its modifier opened
      lastOffice = next > i + 1 ? t[next - 1]!.lower : tok.lower;
      i = next;
      continue;
    }
    if (HONORIFICS.has(tok.lower)) {
      honorific = true;
      i++;
      continue;
    }
    break;
  }
  // "Foreign Terrorist": a modifier alone is no title; after a place or body it heads one ("Tarn Police Chief").
  if (office && OFFICE_MODIFIERS.has(lastOffice) && !honorific && !serviceEnd && placeEnd === 0)
    office = false;
  if ((!office && !honorific) || i === placeEnd) {
    // No title: a leading "Former" or "Acting" is not part of a name.
    let k = 0;
    while (k < t.length - 1 && STATUS_WORDS.has(t[k]!.lower)) k++;
    return { title: null, from: k };
  }
  const span = { start: t[0]!.start, end: t[i - 1]!.end };
  const title: Title = {
    span,
    status: status ?? 'current',
    country,
    honorific: honorific && !office,
    countrySpan,
  };
  if (placeSpan && office) title.placeSpan = placeSpan;
  else if (placeSpan) return { title: null, from: 0 };
  return { title, from: i };
}

// "in Lorvik", "near Port Sael", "12 miles north-northeast of Tarn", "the hill town of Obry": a name after a
// preposition of place, a bearing or a kind of settlement is a place (unless it owns something).
const PLACE_BEFORE =
  /\b(?:in|near|outside|across|throughout|northern|southern|eastern|western|central|(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2}\s+of|(?:miles|kilometres|kilometers|km|crews|firefighters|residents|villagers|families|troops|teams)\s+from|(?:town|village|city|port|hamlet|district|province|region|county|island|suburb|neighbou?rhood)\s+of)\s+(?:the\s+)?$/i;

function placeByContext(text: string, start: number, end: number): boolean {
  if (/^['’]/.test(text.slice(end, end + 1))) return false;
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}

// Sticky: the word right after a name is read in place, without copying the text after it.
const NEXT_WORD = /\s{1,20}([a-z]{1,20})/y;
const NEXT_WORD_AFTER_MARKS = /(?:['’]s?)?,?\s{1,20}([a-z]{1,20})/y;

function wordAt(re: RegExp, text: string, end: number): string | null {
  re.lastIndex = end;
  return re.exec(text)?.[1] ?? null;
}

// "the Ana Vell jewellery store": a name between "the" and a noun with a body's kind after it is a brand's.
const NEXT_TWO_WORDS = /\s{1,20}([a-z]{1,20})\s{1,3}([a-z]{1,20})\b/y;
const THE_BEFORE = /\bthe\s+$/i;

function orgByContext(text: string, start: number, end: number): boolean {
  const w = wordAt(NEXT_WORD, text, end);
  if (w !== null && ORG_NOUNS.has(w)) return true;
  if (!THE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return false;
  NEXT_TWO_WORDS.lastIndex = end;
  const two = NEXT_TWO_WORDS.exec(text);
  return (
    two !== null && ORG_NOUNS.has(two[2]!) && !NOT_KIND_MODIFIERS.has(two[1]!) && !/(?:ed|ing)$/.test(two[1]!)
  );
}

function speechAfter(text: string, end: number): boolean {
  const w = wordAt(NEXT_WORD_AFTER_MARKS, text, end);
  return w !== null && SPEECH_VERBS.has(w);
}

type Typed = { type: EntityType; place: string | null };
const byPhrase = new Map<string, Typed | null>();

/** Type from the words alone (heads, gazetteer): the same for every article, so kept per phrase. */
function wordType(phrase: string, name: Token[]): Typed | null {
  const hit = byPhrase.get(phrase);
  if (hit !== undefined) return hit;
  let t: Typed | null = null;
  if (name.some((x) => DOC_HEADS.has(x.lower))) t = { type: 'other', place: null };
  else if (name.some((x) => ORG_HEADS.has(x.lower)) || (name.length === 1 && ORG_WORDS.has(name[0]!.lower)))
    t = { type: 'org', place: null };
  else {
    const country = countryNamed(phrase);
    if (country)
      t = isSupranational(country) ? { type: 'org', place: null } : { type: 'place', place: country };
  }
  if (byPhrase.size > 20_000) byPhrase.clear();
  byPhrase.set(phrase, t);
  return t;
}

/** "YMCA Alexandria", "Nellis AFB": an initialism of three letters or more is a body's, never part of a person's
 *  name (a generation's "III" aside); not in a run of capitals (a shouted headline) nor before an office ("FBI
 *  Director Ana Ruiz" names her by her office). */
function bodyByInitialism(name: Token[]): boolean {
  if (name.length < 2 || name.every((t) => t.text === t.text.toUpperCase())) return false;
  if (name.some((t) => OFFICE_WORDS.has(t.lower))) return false;
  return name.some((t) => INITIALISM_IN_NAME.test(t.text) && !ROMAN.test(t.text));
}

function typeOf(
  text: string,
  name: Token[],
  end: number,
  titled: boolean,
  lowercase: Set<string>,
): { type: EntityType; place: string | null } {
  const phrase = mapList(name, (t) => t.text).join(' ');
  const byWords = wordType(phrase, name);
  if (byWords) return byWords;
  // "Marks & Spencer", "Ruiz & Ortiz": an ampersand joins partners into a firm's name, never into a person's.
  if (name.length > 1 && text.slice(name[0]!.end, name.at(-1)!.start).includes('&'))
    return { type: 'org', place: null };
  if (name.length > 1 && NAME_ARTICLES.has(name[0]!.lower) && !titled) return { type: 'org', place: null };
  if (placeKind(phrase)) return { type: 'place', place: phrase };
  if (orgByContext(text, name[0]!.start, end)) return { type: 'org', place: null };
  if (!titled && placeByContext(text, name[0]!.start, end)) return { type: 'place', place: phrase };
  // "the Velmor Fault", "Ostrel Springs"; "Michael Bay said" names a person.
  if (!titled && name.length > 1 && PLACE_HEADS.has(name.at(-1)!.lower) && !speechAfter(text, end))
    return { type: 'place', place: phrase };
  if (!titled && name.length > 1 && PLACE_OPENERS.has(name[0]!.lower) && !speechAfter(text, end))
    return { type: 'place', place: phrase };
  if (name.length === 1 && (ACRONYM.test(name[0]!.text) || DOTTED_INITIALISM.test(name[0]!.text)) && !titled)
    return { type: 'org', place: null };
  if (titled) return { type: 'person', place: null };
  if (bodyByInitialism(name)) return { type: 'org', place: null };
  // "New York State Attorney General": a run that ends in an office names the office, not a person.
  const last = name.at(-1)!.lower;
  if (name.length > 1 && OFFICE_WORDS.has(last) && !OFFICE_MODIFIERS.has(last))
    return { type: 'other', place: null };
  // "National Security", "Armed Conflict": words the article also writes in lower case are a phrase, not a name.
  if (name.length > 1 && !name.every((t) => lowercase.has(t.lower))) return { type: 'person', place: null };
  return { type: 'other', place: null };
}

/** Runs that are descriptions, not names: "Latin American", "US-Mexico", a lone demonym. */
function adjectival(name: Token[]): boolean {
  const key = mapList(name, (t) => t.text).join(' ');
  let hit = adjectives.get(key);
  if (hit === undefined) {
    hit = isAdjectival(name);
    if (adjectives.size > 20_000) adjectives.clear();
    adjectives.set(key, hit);
  }
  return hit;
}

// Depends on the words only: kept per phrase across articles.
const adjectives = new Map<string, boolean>();

function isAdjectival(name: Token[]): boolean {
  const last = name.at(-1)!;
  if ((demonymOf(last.text) || demonymOf(last.text.replace(/s$/, ''))) && !countryNamed(last.text))
    return true;
  const phrase = mapList(name, (t) => t.text).join(' ');
  if (name.length > 1 && demonymOf(phrase) && !countryNamed(phrase)) return true;
  // A lone head word ("Cartels", "Forces") or lone initials of two letters ("H.R.") name nothing by themselves,
  // unless it is an institution's whole name ("Congress", "Parliament");
  // three dotted letters or more are an organisation's initialism ("F.B.I.", "N.A.A.C.P.").
  if (
    name.length === 1 &&
    (ORG_HEADS.has(last.lower) || DOC_HEADS.has(last.lower)) &&
    !ORG_WORDS.has(last.lower)
  )
    return true;
  if (name.length === 1 && DOTTED_INITIALISM.test(last.text)) return false;
  if (name.every((t) => t.initial && t.text.length > 2 && !countryOf(t.text))) return true;
  return (
    name.length === 1 && HYPHEN_COUNTRIES.test(last.text) && last.text.split('-').every((p) => countryOf(p))
  );
}

/** A run that is all title ("the US President"): only the country in it is a mention. */
function countryOnly(text: string, run: Run, title: Title | null): Mention[] {
  if (!title?.country || !title.countrySpan || isSupranational(title.country)) return [];
  const span = title.countrySpan;
  const tokens = run.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  const name = text.slice(span.start, span.end);
  // Demonyms are cues, not mentions: "Mexican President" names no place.
  if (!countryNamed(name)) return [];
  return [
    // every mention is built with the same fields in the same order: one hidden class for the finders that read them
    {
      nameShape: undefined,
      name,
      tokens,
      span,
      type: 'place',
      place: title.country,
      title: null,
      personEvidence: false,
      run,
    },
  ];
}

/** "Tarn" of "Tarn Governor Lena Morrow": the office's place is a place mention of its own. */
function officePlace(text: string, run: Run, span: Span): Mention[] {
  const tokens = run.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  const name = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  // "Central Bank Governor", "Dunmore Fire Chief": the office belongs to an institution or a service, not a place.
  if (
    tokens.some((t) => ORG_HEADS.has(t.lower)) ||
    (tokens.length > 1 && SERVICE_NOUNS.has(tokens.at(-1)!.lower))
  )
    return [{ ...placeMention(run, tokens, name, null), type: 'org' }];
  return [placeMention(run, tokens, name, name)];
}

/** Place mentions for a run of countries only ("US Mexico relations"): each country on its own. */
function countriesOnly(run: Run, name: Token[]): Mention[] | null {
  if (name.length < 2 || !name.every((t) => countryNamed(t.text))) return null;
  if (countryNamed(mapList(name, (t) => t.text).join(' '))) return null;
  return mapList(name, (t) => placeMention(run, [t], t.text, countryNamed(t.text)));
}

function placeMention(run: Run, tokens: Token[], name: string, place: string | null): Mention {
  const span = { start: tokens[0]!.start, end: tokens.at(-1)!.end };
  return {
    nameShape: undefined,
    name,
    tokens,
    span,
    type: 'place',
    place,
    title: null,
    personEvidence: false,
    run,
  };
}

/** "Mexican NGOs", "U.S. Special Forces": a leading country or demonym without a title is a modifier. */
function splitLeadingCountry(
  text: string,
  run: Run,
  name: Token[],
  lowercase: Set<string>,
): Mention[] | null {
  const lead = countryPrefix(name, 0);
  if (!lead || lead.n >= name.length || placeKind(mapList(name, (t) => t.text).join(' '))) return null;
  if (name.some((t) => ORG_HEADS.has(t.lower))) return null;
  const head = name.slice(0, lead.n);
  const place = countryNamed(mapList(head, (t) => t.text).join(' '));
  const own =
    place && !isSupranational(place)
      ? [placeMention(run, head, text.slice(head[0]!.start, head.at(-1)!.end), place)]
      : [];
  const rest = name.slice(lead.n);
  return [...own, ...mentionsOf(text, { ...run, tokens: rest, start: rest[0]!.start }, lowercase)];
}

// Particles that stand inside personal names; "de", "la", "y" also open names of laws and bodies ("Ley de ...").
const NAME_PARTICLES = new Set('van von der den bin ibn da dos das du di'.split(' '));
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|az)-\p{Lu}/u;

/** Initials or a family-name particle: the shape of a personal name, whatever its words. */
function personShaped(name: Token[], lowercase: Set<string>): boolean {
  if (name.length < 2) return false;
  if (givenFirst(name, lowercase)) return true;
  return name.some(
    (t, i) =>
      (t.initial && t.text.length === 2 && i < name.length - 1) ||
      (!t.cap && NAME_PARTICLES.has(t.lower)) ||
      (t.lower === 'la' && name[i - 1]?.lower === 'de') ||
      ARABIC_ARTICLE.test(t.text),
  );
}

/** "Ana Ruiz": two or three capitalised words opening on a popular given name (see lang/given-names.ts), not a
 *  month or season ("Summer Olympics"), and ending in no word for a role, a group, a place or a thing the article
 *  also writes in lower case ("Christian Democrats", "Hope Street", "Autumn Statement"). */
function givenFirst(name: Token[], lowercase: Set<string>): boolean {
  if (name.length > 3 || !name.every((t) => t.cap) || CALENDAR.has(name[0]!.lower)) return false;
  const last = name.at(-1)!.lower;
  const single = last.replace(/s$/, '');
  const generic = [ROLE_NOUNS, PLACE_HEADS, ORG_HEADS, DOC_HEADS].some((s) => s.has(last) || s.has(single));
  return !generic && !lowercase.has(last) && isGivenName(name[0]!.text);
}

/** Calendar words that are also given names ("May", "June", "Summer"). */
const CALENDAR = new Set([...MONTHS, ...Object.keys(SEASONS)].map((w) => w.toLowerCase()));

/** "the Times", "the Post": a newspaper named by its head word alone, after "the" inside a sentence. */
function paperByHead(text: string, name: Token[]): boolean {
  const t = name[0]!;
  return (
    name.length === 1 &&
    t.index > 1 &&
    PAPER_HEADS.has(t.lower) &&
    /\bthe\s$/.test(text.slice(t.start - 4, t.start))
  );
}

/** Mentions of one run: the named thing, and a place mention for a country that only stood in a title. */
export function mentionsOf(text: string, run: Run, lowercase: Set<string> = new Set()): Mention[] {
  let { title, from } = peelTitle(text, run, lowercase);
  // An institution keeps its whole name: "Foreign Ministry", "State Department" are not a title and a name.
  if (title && !title.placeSpan && run.tokens.slice(from).some((t) => ORG_HEADS.has(t.lower))) {
    title = null;
    from = 0;
  }
  const name = run.tokens.slice(from);
  if (!name.length) return countryOnly(text, run, title);
  // "R-Ky." after a lawmaker's name is a party and a state, read as a role of the name before it.
  if (name.length === 1 && partyTagToken(name[0]!.text)) return [];
  // "Former mayor X" opening a sentence: a status word alone names nobody.
  if (name.every((tok) => STATUS_WORDS.has(tok.lower))) return [];
  if (adjectival(name) && !paperByHead(text, name)) return [];
  const split = countriesOnly(run, name) ?? (title ? null : splitLeadingCountry(text, run, name, lowercase));
  if (split) return split;
  const span = { start: name[0]!.start, end: name.at(-1)!.end };
  const titled = title !== null;
  const { type, place } = typeOf(text, name, span.end, titled, lowercase);
  const speech = speechAfter(text, span.end);
  const jurisdiction = title?.placeSpan ? officePlace(text, run, title.placeSpan) : [];
  return [
    ...jurisdiction,
    {
      nameShape: type === 'person' && personShaped(name, lowercase),
      name: text.slice(span.start, span.end).replace(/\s+/g, ' '),
      tokens: name,
      span,
      type: type === 'other' && (titled || speech) ? 'person' : type,
      place,
      title,
      personEvidence: titled || speech,
      run,
    },
  ];
}
