// Gazetteer of countries from world-countries: names, demonyms, codes and capitals → one canonical name.
// Built once on first use; lookups are Map gets on a folded key, so callers may use them per token.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { isPopularGivenName } from './given-name-list.ts';

// The country data (about 1 MB) is read on first lookup, so that commands which never look a place up skip it.
const requireLazy = createRequire(import.meta.url);
const loadCountries = (): Country[] => requireLazy('world-countries') as Country[];
// The cities of city-timezones (about 7,300 of the world's towns and cities, 1.9 MB), read with the countries.
const loadCities = (): { city: string; city_ascii: string }[] =>
  (requireLazy('city-timezones') as { cityMapping: { city: string; city_ascii: string }[] }).cityMapping;

export type PlaceKind = 'country' | 'capital' | 'region' | 'city';

interface Gazetteer {
  /** First words of names of more than one word ("united", "latin"): lets callers skip phrase lookups. */
  firstWords: Set<string>;
  /** Folded name, official name, alt spelling, demonym or code → canonical country name. */
  country: Map<string, string>;
  /** Folded demonym → canonical country name (kept apart: demonyms are cues, not place mentions). */
  demonym: Map<string, string>;
  /** Folded capital → its country. */
  capital: Map<string, string>;
  /** Folded names of cities of more than one word ("New Orleans", "Santa Rosa"): one word alone ("Reading",
   *  "Jackson", "Florence") is a family name, a given name or a word as often as a town. */
  city: Set<string>;
}

// Abbreviations news uses that the data set lacks or spells differently.
const EXTRA_NAMES: [string, string][] = [
  ['U.S.', 'United States'],
  ['U.S.A.', 'United States'],
  ['US', 'United States'],
  ['USA', 'United States'],
  ['America', 'United States'],
  ['United States of America', 'United States'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  ['Britain', 'United Kingdom'],
  ['Great Britain', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'],
  ['U.A.E.', 'United Arab Emirates'],
  ['EU', 'European Union'],
  ['E.U.', 'European Union'],
  ['European Union', 'European Union'],
  ['UN', 'United Nations'],
  ['United Nations', 'United Nations'],
  ['U.N.', 'United Nations'],
  ['Russia', 'Russia'],
  ['South Korea', 'South Korea'],
  ['North Korea', 'North Korea'],
  ['Czech Republic', 'Czechia'],
  ['Ivory Coast', 'Ivory Coast'],
  ['Holland', 'Netherlands'],
  ['Burma', 'Myanmar'],
  ['Gaza', 'Palestine'],
];
const EXTRA_DEMONYMS: [string, string][] = [
  ['US', 'United States'],
  ['U.S.', 'United States'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  ['Britain', 'United Kingdom'],
  ['English', 'United Kingdom'],
  ['Scottish', 'United Kingdom'],
  ['Welsh', 'United Kingdom'],
  ['Emirati', 'United Arab Emirates'],
  ['European', 'European Union'],
  ['Palestinian', 'Palestine'],
  ['Saudi', 'Saudi Arabia'],
  ['Filipino', 'Philippines'],
  ['Argentinian', 'Argentina'],
];
const EXTRA_CAPITALS: [string, string][] = [['Washington', 'United States']];
// Two-letter codes that are English words: as a token they almost never mean the country.
const WORD_CODES = new Set([
  'IN',
  'IT',
  'AT',
  'BE',
  'TO',
  'ME',
  'NO',
  'AM',
  'IS',
  'AS',
  'OR',
  'SO',
  'MY',
  'AN',
  'DO',
]);
// Regions that are places but not countries: they make a capitalised run a place.
const REGIONS = [
  'Latin America',
  'South America',
  'North America',
  'Central America',
  'Caribbean',
  'Middle East',
  'Western Hemisphere',
  'Africa',
  'Asia',
  'Europe',
  'Oceania',
  'Balkans',
  'Sahel',
  'Arctic',
  'Antarctica',
  // a peninsula of two states, named alone in "the Korean War" or a party "of Korea"
  'Korea',
  'Pacific',
  'Atlantic',
  // the nations of the United Kingdom, which the country list names as one
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  // states that no longer exist, still named in background ("from the former Yugoslavia")
  'Yugoslavia',
  'Soviet Union',
  'USSR',
  'Czechoslovakia',
  'East Germany',
  'West Germany',
  // US states: datelines and stories name them without a country, and no country list has them.
  ...(
    'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho ' +
    'Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota ' +
    'Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah ' +
    'Vermont Virginia Washington Wisconsin Wyoming'
  ).split(' '),
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'West Virginia',
];

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents, curly apostrophes straightened: the key every lookup uses. */
export const fold = (s: string): string =>
  ASCII.test(s)
    ? s.toLowerCase().trim()
    : s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[’‘]/g, "'")
        .toLowerCase()
        .trim();

let gaz: Gazetteer | null = null;

function build(): Gazetteer {
  const country = new Map<string, string>();
  const demonym = new Map<string, string>();
  const capital = new Map<string, string>();
  // Sovereign states first, so "French" and "American" go to France and the United States, not a territory.
  const sorted = [...loadCountries()].sort((a, b) => Number(b.independent) - Number(a.independent));
  const put = (m: Map<string, string>, k: string, v: string): void => {
    const f = fold(k);
    if (f && !m.has(f)) m.set(f, v);
  };
  for (const [k, v] of EXTRA_NAMES) put(country, k, v);
  for (const [k, v] of EXTRA_DEMONYMS) put(demonym, k, v);
  for (const [k, v] of EXTRA_CAPITALS) put(capital, k, v);
  for (const c of sorted) {
    const name = c.name.common;
    put(country, name, name);
    put(country, c.name.official, name);
    put(country, c.cca3, name);
    if (!WORD_CODES.has(c.cca2)) put(country, c.cca2, name);
    // another language's name that is also a popular given name ("Dominique", "Maurice") names a person in news
    const other = (n: string): boolean => n !== name && isPopularGivenName(n);
    for (const a of c.altSpellings)
      if ((a.length > 3 || (a === a.toUpperCase() && !WORD_CODES.has(a))) && !other(a)) put(country, a, name);
    for (const n of Object.values(c.name.native ?? {})) if (!other(n.common)) put(country, n.common, name);
    const d = c.demonyms?.eng;
    if (d) for (const x of [d.m, d.f]) for (const part of x.split(/,\s*/)) put(demonym, part, name);
    for (const cap of c.capital ?? []) put(capital, cap, name);
  }
  const city = new Set<string>();
  // "Albert Lea" is built like a person's name
  for (const c of loadCities())
    for (const n of new Set([c.city, c.city_ascii]))
      if (n.includes(' ') && !isPopularGivenName(n.slice(0, n.indexOf(' ')))) city.add(fold(n));
  const firstWords = new Set<string>();
  for (const keys of [country.keys(), demonym.keys(), capital.keys(), city.values()])
    for (const k of keys) if (k.includes(' ')) firstWords.add(k.slice(0, k.indexOf(' ')));
  for (const r of REGIONS) if (r.includes(' ')) firstWords.add(fold(r.slice(0, r.indexOf(' '))));
  return { country, demonym, capital, city, firstWords };
}

function g(): Gazetteer {
  if (!gaz) gaz = build();
  return gaz;
}

const POSSESSIVE = /(?:'s|')$/;
// Codes are only codes when written in capitals: "us" is a pronoun, "US" a country.
const isCodeLike = (s: string): boolean => /^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$/.test(s);

// Finders ask about the same words many times per article: answers are kept, up to a bound.
type Which = 'any' | 'name' | 'demonym' | 'capital';
// One memo per kind of question, held directly: this is asked for most capitalised words of every article.
const memos: Record<Which, Map<string, string | null>> = {
  any: new Map(),
  name: new Map(),
  demonym: new Map(),
  capital: new Map(),
};

function lookup(word: string, which: Which): string | null {
  const memo = memos[which];
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const z = g();
  const maps =
    which === 'any'
      ? [z.country, z.demonym]
      : which === 'name'
        ? [z.country]
        : which === 'demonym'
          ? [z.demonym]
          : [z.capital];
  const found = lookupUncached(word, maps);
  if (memo.size > 50_000) memo.clear();
  memo.set(word, found);
  return found;
}

function lookupUncached(word: string, maps: Map<string, string>[]): string | null {
  const w = word.trim().replace(/[’‘]/g, "'");
  const bare = w.replace(POSSESSIVE, '');
  for (const form of bare === w ? [w] : [w, bare]) {
    const f = fold(form);
    if (f.length <= 3 && !isCodeLike(form) && /^[a-z.]+$/.test(f)) continue;
    for (const m of maps) {
      const hit = m.get(f);
      if (hit) return hit;
    }
  }
  return null;
}

/** True when some place name of several words starts with this word ("United", "Latin", "South"). */
export function startsPlaceName(word: string): boolean {
  let hit = starts.get(word);
  if (hit === undefined) {
    hit = g().firstWords.has(fold(word));
    if (starts.size > 50_000) starts.clear();
    starts.set(word, hit);
  }
  return hit;
}

const starts = new Map<string, boolean>();

/** Country a word or name stands for: a name ("Mexico"), code ("U.S."), or demonym ("Mexican"); else null. */
export function countryOf(word: string): string | null {
  return lookup(word, 'any');
}

/** Country named by a name or code only (not a demonym): "Mexico" yes, "Mexican" no. */
export function countryNamed(word: string): string | null {
  return lookup(word, 'name');
}

/** Country of a demonym: "Venezuelan" → "Venezuela". */
export function demonymOf(word: string): string | null {
  return lookup(word, 'demonym');
}

/** Country whose capital this is: "Lima" → "Peru". */
export function capitalOf(word: string): string | null {
  return lookup(word, 'capital');
}

const SUPRANATIONAL = new Set(['United Nations', 'European Union']);

/** Bodies the abbreviation list maps like countries but that are organisations: UN, EU. */
export function isSupranational(name: string): boolean {
  return SUPRANATIONAL.has(name);
}

const REGION_SET = new Set(REGIONS.map(fold));

/** What kind of place a name is, or null: countries, capitals and world regions (not demonyms). */
export function placeKind(s: string): PlaceKind | null {
  let k = kinds.get(s);
  if (k === undefined) {
    k = kindOf(s);
    if (kinds.size > 50_000) kinds.clear();
    kinds.set(s, k);
  }
  return k;
}

const kinds = new Map<string, PlaceKind | null>();

function kindOf(s: string): PlaceKind | null {
  if (countryNamed(s)) return 'country';
  if (capitalOf(s)) return 'capital';
  if (REGION_SET.has(fold(s.replace(POSSESSIVE, '')))) return 'region';
  if (s.includes(' ') && g().city.has(fold(s.replace(POSSESSIVE, '')))) return 'city';
  return null;
}

/** True for a country name or code, capital, world region or city of several words; demonyms ("Mexican") are not
 *  place names. */
export function isPlaceName(s: string): boolean {
  return placeKind(s) !== null;
}
