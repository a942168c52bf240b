// Within one article, mentions become entities: places by canonical name, organisations by name and defined
// acronym, people by full name, a shorter form joining the one full name it is the start or end of.
import { fold } from '../../lang/places.ts';
import { mapList } from '../../model/list.ts';
import type { DocEntity, EntityType, RoleMention } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import { ORG_HEADS } from './lexicon.ts';
import type { Mention } from './mentions.ts';

export interface Linkable {
  mention: Mention;
  roles: RoleMention[];
  /** Surface forms to add as aliases besides the name ("President Ruiz", an acronym). */
  extraForms: string[];
  /** A name other than the one written, when a refiner rewrote it ("Norte" → "Norte Cartel"). */
  nameOverride?: string;
  typeOverride?: EntityType;
  /** Introduced as someone's relative ("the president's daughter X"), with the kin word's gender. */
  kin?: Gender;
  /** The gender its honorific tells ("Ms. X"), when it has one that does. */
  honorific?: Gender;
}

export type Gender = 'female' | 'male';

interface Group {
  key: string;
  type: EntityType;
  forms: Map<string, number>;
  /** Name forms as written (no titles, no acronyms): the entity's name is the fullest of these. */
  names: Map<string, number>;
  tokens: string[];
  mentions: Span[];
  roles: RoleMention[];
  person: boolean;
  /** Some mention carries an office title ("President Ruiz"), not only an honorific ("Ms. Ruiz"). */
  titled: boolean;
  /** Typed person from capitals only: a person once the article also uses a shorter form of the name. */
  caseOnly?: boolean;
  placeName: string | null;
  /** Its full name was introduced as someone's relative: a family name alone means the other person, unless an
   *  honorific of its gender says otherwise. */
  kin?: Gender;
}

/** "Morrow" written alone for "Lena Morrow": people are taken up by a part of their name, things rarely. */
const shortFormUsed = (g: Group): boolean =>
  g.tokens.length > 1 && [...g.names.keys()].some((n) => tokensOf(n).length < g.tokens.length);

const tokensOf = (name: string): string[] =>
  fold(name)
    .split(/[\s]+/)
    .map((w) => w.replace(/[.'’]/g, ''))
    .filter(Boolean);

/**
 * True when `short` is the start or the end of `long` (word by word), or, in a name of three words or more,
 * a run of its later words: "Marín" in "Lucía Marín Ortega" (Spanish names carry two surnames).
 */
export function partOf(short: string[], long: string[]): boolean {
  if (short.length >= long.length || short.length === 0) return false;
  for (let at = 0; at + short.length <= long.length; at++) {
    const edge = at === 0 || at + short.length === long.length;
    if (!edge && long.length < 3) continue;
    if (short.every((w, i) => long[at + i] === w)) return true;
  }
  return false;
}

function addForm(g: Group, form: string): void {
  g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
}

function newGroup(key: string, type: EntityType, l: Linkable, tokens: string[]): Group {
  return {
    key,
    type,
    forms: new Map(),
    names: new Map(),
    tokens,
    mentions: [],
    roles: [],
    person: false,
    titled: false,
    placeName: l.mention.place,
    kin: l.kin,
  };
}

const officeTitled = (l: Linkable): boolean => l.mention.title !== null && !l.mention.title.honorific;

function join(g: Group, l: Linkable, name: string): void {
  addForm(g, name);
  g.names.set(name, (g.names.get(name) ?? 0) + 1);
  for (const f of l.extraForms) addForm(g, f);
  g.mentions.push(l.mention.span);
  g.roles.push(...l.roles);
  const type = l.typeOverride ?? l.mention.type;
  // Capitals alone do not make a person ("Armed Conflict", a flattened table row): a cue or a name's shape does.
  if (l.mention.personEvidence || l.roles.length || l.mention.nameShape) g.person = true;
  if (officeTitled(l)) g.titled = true;
  if (type === 'person') g.caseOnly = true;
}

function pickName(g: Group): string {
  if (g.placeName) return g.placeName;
  // Organisations are best named in full ("Central Bank of X"), not by their acronym: most words, then most used.
  let best = '';
  let bestWords = -1;
  for (const [name, n] of g.names) {
    // "Alexandria, Va." is a form of the place, qualified: its name is "Alexandria".
    const w = name.includes(',') ? 0 : tokensOf(name).length;
    const better = w - bestWords || n - (g.names.get(best) ?? 0) || name.length - best.length;
    if (better > 0) {
      best = name;
      bestWords = w;
    }
  }
  return best;
}

function dedupeRoles(roles: RoleMention[]): RoleMention[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const k = `${r.normalized}|${r.status}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const ADJECTIVE = /(?:al|ic|ical|ian|ean|ese|ish|ive|ary)$/i;

/** A lone capitalised adjective no one is named by ("Congressional"): not an entity. */
function adjectiveOnly(g: Group, lowercase: Set<string>): boolean {
  if (g.type !== 'other' || g.person || g.tokens.length !== 1) return false;
  // A lone word the article also writes in lower case ("Threats", "Intelligence") is a heading word.
  return ADJECTIVE.test(g.tokens[0]!) || lowercase.has(g.tokens[0]!);
}

/** Groups mentions into the article's entities. */
export function linkMentions(items: Linkable[], lowercase: Set<string> = new Set()): DocEntity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // People's groups by each of their words: a short form can only belong to a group holding its first word.
  const peopleByWord = new Map<string, Group[]>();
  const orgAcronyms = new Map<string, Group>();
  // Names repeat (a surname dozens of times): words and decisions are worked out once per distinct name.
  const wordsOf = new Map<string, string[]>();
  const named = mapList(items, (l) => {
    const name = l.nameOverride ?? l.mention.name;
    let toks = wordsOf.get(name);
    if (!toks) {
      toks = tokensOf(name);
      wordsOf.set(name, toks);
    }
    return { l, name, toks };
  });
  const decided = new Map<string, Group | null>();

  // Places and organisations first: their keys are exact.
  for (const { l, name, toks } of named) {
    const type = l.typeOverride ?? l.mention.type;
    if (type !== 'place' && type !== 'org') continue;
    // "Organizations" and "Organization" are one organisation: the key drops a plural s.
    const key =
      type === 'place' ? `place:${fold(l.mention.place ?? name)}` : `org:${toks.join(' ').replace(/s$/, '')}`;
    const hit =
      byKey.get(key) ?? (type === 'org' ? orgAcronyms.get(fold(name).replace(/s$/, '')) : undefined);
    const g = hit ?? newGroup(key, type, l, toks);
    if (!hit) {
      groups.push(g);
      byKey.set(key, g);
    }
    join(g, l, name);
    for (const f of l.extraForms) if (/^\p{Lu}{2,8}$/u.test(f)) orgAcronyms.set(fold(f).replace(/s$/, ''), g);
  }
  // People and unknowns, longest names first, so that a surname finds the one full name it belongs to.
  const rest = named
    .filter(({ l }) => {
      const t = l.typeOverride ?? l.mention.type;
      return t === 'person' || t === 'other';
    })
    .sort((a, b) => b.toks.length - a.toks.length);
  for (const { l, name, toks } of rest) {
    // the same name decides the same way, unless its honorific tells whom among relatives it means
    const key = l.honorific ? `${name}|${l.honorific}` : name;
    const known = decided.get(key);
    if (known !== undefined) {
      if (known) join(known, l, name);
      continue;
    }
    const g = placePerson(l, name, toks);
    decided.set(key, g);
    if (g) join(g, l, name);
  }
  /** The group a person-or-unknown name belongs to, a new one, or null when two people share it. */
  function placePerson(l: Linkable, name: string, toks: string[]): Group | null {
    const acronym = orgAcronyms.get(fold(name).replace(/s$/, ''));
    if (acronym) return acronym;
    // "in Lorvik" made it a place; the same name elsewhere is that place, unless it is a person there.
    const place = l.mention.personEvidence ? undefined : byKey.get(`place:${fold(name)}`);
    if (place) return place;
    // "the Velda supermarket" made it a firm; "Velda said" is that firm speaking: one word that speaks is no
    // person by that alone (a title or a full name would make it one).
    const org =
      l.mention.title || toks.length > 1 ? undefined : byKey.get(`org:${toks.join(' ').replace(/s$/, '')}`);
    if (org) return org;
    const exact = byKey.get(`name:${toks.join(' ')}`);
    if (exact) return exact;
    // "The president's daughter Ana Ruiz … President Ruiz said": a family name alone is not the relative, unless
    // an honorific of her gender says it is ("Ms. Ruiz").
    const owners = (peopleByWord.get(toks[0] ?? '') ?? []).filter(
      (g) => partOf(toks, g.tokens) && (!g.kin || toks.length >= g.tokens.length || l.honorific === g.kin),
    );
    if (owners.length === 1) return owners[0]!;
    // "President Ana Ruiz and her husband Leo Ruiz … Ruiz said": the one holding an office is the one news names so.
    const officeHolders = owners.filter((g) => g.titled);
    if (owners.length > 1 && officeHolders.length === 1) return officeHolders[0]!;
    // Two people share the word ("Smith" with "Ana Smith" and "Leo Smith"): the short form stays unlinked.
    if (owners.length > 1) return null;
    const g = newGroup(`name:${toks.join(' ')}`, l.mention.type, l, toks);
    groups.push(g);
    for (const w of new Set(toks)) {
      const list = peopleByWord.get(w);
      if (list) list.push(g);
      else peopleByWord.set(w, [g]);
    }
    byKey.set(g.key, g);
    return g;
  }
  const kept = groups.filter((g) => !adjectiveOnly(g, lowercase));
  return mapList(kept, (g, i) => {
    const name = pickName(g);
    const type: EntityType =
      g.type === 'place' || g.type === 'org'
        ? g.type
        : g.person || (g.caseOnly && shortFormUsed(g))
          ? 'person'
          : 'other';
    const orgLike = type !== 'org' && g.tokens.some((w) => ORG_HEADS.has(w));
    return {
      id: `e${i}`,
      name,
      type: orgLike ? 'org' : type,
      aliases: [...g.forms.keys()].filter((f) => f !== name),
      mentions: g.mentions.sort((a, b) => a.start - b.start),
      roles: dedupeRoles(g.roles),
    };
  });
}
