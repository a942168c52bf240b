// Rules for "are these two names the same real entity": surname-only forms, middle names, second surnames,
// accents and acronyms merge; different first names with one surname never do.
import {
  BODY_HEADS,
  DROPPABLE_HEADS,
  FIRM_DESCRIPTORS,
  FIRM_HEADS,
  LEGAL_FORMS,
  PAPER_HEADS,
} from '../lang/en/bodies.ts';
import { NICKNAMES } from '../lang/en/nicknames.ts';
import { countryOf, demonymOf, isPlaceName } from '../lang/places.ts';
import type { EntityType } from '../model/mention.ts';
import { nameWords } from './text.ts';

const TITLES = new Set(
  (
    'president former ex mr mrs ms miss dr prof professor sir dame lord lady the secretary senator sen rep ' +
    'representative minister prime general gen governor gov judge justice chancellor king queen prince princess ' +
    'pope vice deputy chief mayor ambassador colonel col lt lieutenant captain capt commander sheikh emir ' +
    'premier speaker leader sgt sergeant officer detective inspector rev reverend father saint st'
  ).split(' '),
);
const DEMONYM_END = /(an|ese|ish|i)$/;
const ORG_STOP = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'el', 'y', 'des', 'du', 'le', '&']);

/** Name tokens without leading titles ("Chilean President Lucía Marín" → lucia marin). */
export function bareTokens(name: string): string[] {
  const w = nameWords(name);
  let i = 0;
  while (w.length - i > 1) {
    const t = w[i]!;
    const next = w[i + 1];
    if (TITLES.has(t)) i++;
    else if (DEMONYM_END.test(t) && next !== undefined && TITLES.has(next) && w.length - i > 2) i++;
    else break;
  }
  return w.slice(i);
}

/** The name as written, without leading titles: "Chilean President Lucía Marín" → "Lucía Marín". */
export function withoutTitles(name: string): string {
  const written = name.trim().split(/\s+/);
  const keep = bareTokens(name).length;
  // Titles are whole words at the front, so the last `keep` written words are the name (dotted forms aside).
  return keep > 0 && keep <= written.length && nameWords(name).length === written.length
    ? written.slice(written.length - keep).join(' ')
    : name.trim();
}

export function bareForm(name: string): string {
  return bareTokens(name).join(' ');
}

/** Initials of the significant words: "United States" → "us", "Drug Enforcement Administration" → "dea"; with
 *  `keepOf`, "of" counts too, as some bodies write it: "Department of Justice" → "doj". */
export function acronym(name: string, keepOf = false): string {
  // A word written in capitals is an acronym already: "US Navy" stands for USN, never UN.
  const parts = name
    .replace(/\./g, '')
    .split(/[\s-]+/)
    .flatMap((raw) => {
      const w = nameWords(raw);
      if (!w.length || (ORG_STOP.has(w[0]!) && !(keepOf && w[0] === 'of'))) return [];
      return [/^\p{Lu}{2,}$/u.test(raw) ? w.join('') : w[0]![0]!];
    });
  return parts.length >= 2 ? parts.join('') : '';
}

const firstCompatible = (a: string, b: string): boolean =>
  a === b ||
  (a.length === 1 && b.startsWith(a)) ||
  (b.length === 1 && a.startsWith(b)) ||
  sameGivenName(a, b);

// Short form → the formal names it stands for ("bob" → robert), and each formal name → its short forms.
const SHORT_FOR = new Map<string, Set<string>>();
for (const [formal, shorts] of Object.entries(NICKNAMES)) {
  for (const n of [formal, ...shorts]) {
    const set = SHORT_FOR.get(n) ?? new Set<string>();
    set.add(formal);
    SHORT_FOR.set(n, set);
  }
}

/** One given name written two ways: a short form of it ("Bob" / "Robert"), or another spelling of one name as
 *  transliterations give it ("Karolos" / "Carolos", "Giannis" / "Yiannis", "Sergei" / "Sergey"). */
export function sameGivenName(a: string, b: string): boolean {
  const fa = SHORT_FOR.get(a);
  const fb = SHORT_FOR.get(b);
  if (fa && fb) for (const f of fa) if (fb.has(f)) return true;
  return sameSpelling(a, b);
}

/** The letters a transliteration may swap, made one: c/k/q, ph/f, ks/x, y/i, an opening gi/yi, an opening ye/e
 *  ("Yelena" / "Elena") and el/il ("Elanor" / "Ilanor"), doubled letters. */
function spellingKey(name: string): string {
  return name
    .replace(/^ye(?=[^aeiou])/, 'e')
    .replace(/^el/, 'il')
    .replace(/^(?:gi|yi|y)(?=[aeiou])/, 'i')
    .replace(/ph/g, 'f')
    .replace(/ks/g, 'x')
    .replace(/[cq]/g, 'k')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Spellings of one name: the same key, or keys a letter apart in names long enough for a letter to be a spelling
 *  (not "Ana" / "Ada"), unless the letter is a final vowel that makes another name ("Daniel" / "Daniela"). */
function sameSpelling(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return false;
  const ka = spellingKey(a);
  const kb = spellingKey(b);
  if (ka === kb) return true;
  if (a[0] !== b[0] && ka[0] !== kb[0]) return false;
  if (Math.min(ka.length, kb.length) < MIN_SPELLING_VARIANT) return false;
  const [s, l] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (l.length === s.length + 1 && l.startsWith(s) && /[aeiou]$/.test(l)) return false;
  return oneEditApart(s, l);
}

/** Letters a name needs before one letter more, less or other is a spelling and not another name. */
const MIN_SPELLING_VARIANT = 6;

function oneEditApart(s: string, l: string): boolean {
  if (l.length - s.length > 1) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.length === l.length ? s.slice(i + 1) === l.slice(i + 1) : s.slice(i) === l.slice(i + 1);
}

/** True when every token of `part` appears in `whole`, in order. */
function isSubsequence(part: string[], whole: string[]): boolean {
  let j = 0;
  for (const t of whole) if (j < part.length && t === part[j]) j++;
  return j === part.length;
}

function isRun(part: string[], whole: string[], from: number): boolean {
  for (let i = from; i + part.length <= whole.length; i++) {
    if (part.every((t, k) => whole[i + k] === t)) return true;
  }
  return false;
}

/** Person names: a = b, b is a surname-only or shorter form of a, or a middle name/second surname differs. */
export function samePerson(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  if (a.join(' ') === b.join(' ')) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length === 1) return s[0] === l[l.length - 1] || (l.length >= 3 && l.slice(1).includes(s[0]!));
  if (firstCompatible(s[0]!, l[0]!))
    return s[s.length - 1] === l[l.length - 1] || isSubsequence(s.slice(1), l.slice(1));
  // "García Ortega" inside "Ana Lucía García Ortega": a compound surname used alone.
  return l.length > s.length && isRun(s, l, 1) && s[s.length - 1] === l[l.length - 1];
}

/** A name prepared once for comparisons: its bare folded form and its acronym. */
export interface NameForm {
  bare: string;
  single: boolean;
  acronym: string;
  /** The acronym with "of" counted, when the name has one ("doj"); else "". */
  acronymOf: string;
  /** "Justice Department" for "Department of Justice" and the other way round; else "". */
  inverted: string;
  /** The name before a firm's head word ("ostrel" of "Ostrel Bank" and "Ostrel Investment Bank"), when it is one
   *  word and only descriptors stand between them; else "". */
  firm: string;
  /** That word and the head ("ostrel bank" for both), so the two forms match; else "". */
  firmHead: string;
  /** Shorter forms the same body goes by once named, each of two words or more: without a closing "of" and a
   *  place ("dockers party" of "Dockers' Party of Norway"), an opening country ("harbour police" of "U.S. Harbour
   *  Police"), or a droppable head ("tarn vale magistrates" of "Tarn Vale Magistrates' Court"). */
  shorter: string[];
}

function headlessOf(bare: string): string {
  const w = bare.split(' ');
  return w.length >= 3 && DROPPABLE_HEADS.has(w.at(-1)!) ? w.slice(0, -1).join(' ') : '';
}

/** "U.S. Harbour Police" is "the Harbour Police": a body's country may go unsaid in its own country's news. */
function uncountriedOf(name: string, bare: string): string {
  const first =
    name
      .trim()
      .replace(/^the\s+/i, '')
      .split(/\s+/)[0] ?? '';
  if (!countryOf(first) && !demonymOf(first)) return '';
  const rest = bare.split(' ').slice(nameWords(first).length);
  return rest.length >= 2 ? rest.join(' ') : '';
}

/** "Dockers' Party of Norway" is "the Dockers' Party": a body's country or city may go unsaid once it is known. */
function unplacedOf(bare: string): string {
  const m = /^(\S+ \S+(?: \S+)?) of (\S+(?: \S+){0,2})$/.exec(bare);
  return m && isPlaceName(m[2]!) ? m[1]! : '';
}

function firmOf(bare: string): { firm: string; firmHead: string } {
  const w = bare.split(' ');
  const head = w.at(-1)!;
  const plain =
    w.length >= 2 &&
    FIRM_HEADS.has(head) &&
    !FIRM_HEADS.has(w[0]!) &&
    w.slice(1, -1).every((d) => FIRM_DESCRIPTORS.has(d));
  return plain ? { firm: w[0]!, firmHead: `${w[0]} ${head}` } : { firm: '', firmHead: '' };
}

/** "department of justice" ↔ "justice department": a body's head and its field, in either order. */
function invertedOf(bare: string): string {
  const of = /^(\S+) of (\S+(?: \S+)?)$/.exec(bare);
  if (of && BODY_HEADS.has(of[1]!)) return `${of[2]} ${of[1]}`;
  const words = bare.split(' ');
  const head = words.at(-1)!;
  return words.length >= 2 && words.length <= 3 && BODY_HEADS.has(head)
    ? `${head} of ${words.slice(0, -1).join(' ')}`
    : '';
}

/** "Velder Holdings Ltd." is "Velder Holdings": a firm's closing legal form may go unsaid. */
function withoutLegalForm(words: string[]): string[] {
  return words.length >= 2 && LEGAL_FORMS.has(words.at(-1)!) ? words.slice(0, -1) : words;
}

export function nameForm(name: string): NameForm {
  // Titles are a person's: "Justice Department" and "General Motors" keep their first word.
  const bare = withoutLegalForm(nameWords(name)).join(' ').replace(/^the /, '');
  const inverted = invertedOf(bare);
  // "DOJ" stands for "Justice Department" too, through "Department of Justice".
  const ofForm = / of /i.test(name) ? name : inverted.includes(' of ') ? inverted : '';
  return {
    bare,
    single: !bare.includes(' '),
    acronym: acronym(name),
    acronymOf: ofForm ? acronym(ofForm, true) : '',
    inverted,
    ...firmOf(bare),
    shorter: [unplacedOf(bare), uncountriedOf(name, bare), headlessOf(bare)].filter(Boolean),
  };
}

/** Organisations and places: same folded form, one is the other's acronym, or the same head and field. */
export function sameNamedForm(a: NameForm, b: NameForm): boolean {
  if (!a.bare || !b.bare) return false;
  if (a.bare === b.bare || (a.inverted !== '' && a.inverted === b.bare)) return true;
  if ((a.single && a.bare === b.firm) || (b.single && b.bare === a.firm)) return true;
  if (a.firmHead !== '' && a.firmHead === b.firmHead) return true;
  if (a.shorter.includes(b.bare) || b.shorter.includes(a.bare)) return true;
  if (a.single && a.bare.length >= 2 && (a.bare === b.acronym || a.bare === b.acronymOf)) return true;
  return b.single && b.bare.length >= 2 && (b.bare === a.acronym || b.bare === a.acronymOf);
}

/** The head of a newspaper's name of two words or more ("times" of "The New York Times", "post" of "Tarn Post"); else "". */
export function paperHeadOf(name: string): string {
  const w = nameWords(name);
  if (w[0] === 'the') w.shift();
  const head = w.at(-1);
  return head && w.length >= 2 && PAPER_HEADS.has(head) ? head : '';
}

export function sameNamed(a: string, b: string): boolean {
  return sameNamedForm(nameForm(a), nameForm(b));
}

export function typesCompatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other';
}
