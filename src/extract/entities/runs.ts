// Proper-noun chunks: runs of capitalised words (with initials, particles, "of" inside institutions and
// titles), one linear pass per sentence. Forced capitals (sentence starts, headings) need the article's
// own evidence that the word is a name.
import { MONTH_SURNAMES, TIME_ZONES } from '../../lang/en/calendar.ts';
import { isEnglishWord } from '../../lang/en/spelling.ts';
import { isPopularGivenName } from '../../lang/given-name-list.ts';
import { isGivenName } from '../../lang/given-names.ts';
import { countryOf, isPlaceName, startsPlaceName } from '../../lang/places.ts';
import { mapList } from '../../model/list.ts';
import {
  COLLECTIVE_OWNERS,
  HONORIFICS,
  OFFICE_WORDS,
  ORG_HEADS,
  ORG_WORDS,
  PARTICLES,
  SERVICE_HEADS,
  SERVICE_NOUNS,
  STATUS_WORDS,
  STOP_CAPS,
} from './lexicon.ts';
import {
  type ArticleWords,
  afterOpening,
  opensInCapitals,
  type SentenceTokens,
  type Token,
} from './tokens.ts';

export interface Run {
  tokens: Token[];
  sentence: SentenceTokens;
  start: number;
  end: number;
}

const GAP = /^[^\S\n]{1,3}$/;
const COMMON_SHAPE = /(?:ment|tion|sion|ness|ity|ing|ed|ee|ees|ist|ists|ism|ly|ous|ive|able|ible|ers|ors)$/;

/** Words that are known without case evidence: places, demonyms, titles. */
function knownWord(t: Token): boolean {
  let k = known.get(t.text);
  if (k === undefined) {
    k = lookupKnown(t);
    if (known.size > 20_000) known.clear();
    known.set(t.text, k);
  }
  return k;
}

// Asked for most capitalised tokens of every article: kept across articles, up to a bound.
const known = new Map<string, boolean>();

function lookupKnown(t: Token): boolean {
  return (
    OFFICE_WORDS.has(t.lower.replace(/^(?:ex|then)-/, '')) ||
    HONORIFICS.has(t.lower) ||
    STATUS_WORDS.has(t.lower) ||
    isPlaceName(t.text) ||
    countryOf(t.text) !== null
  );
}

function nameCandidate(t: Token): boolean {
  // "US" is a country even though "us" is a pronoun.
  return (
    (t.cap || t.initial) &&
    (!STOP_CAPS.has(t.lower) || (t.text === t.text.toUpperCase() && countryOf(t.text) !== null))
  );
}

/** "United States", "South Africa": the first word of a place name of several words, with the rest after it. */
function startsPlace(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (!startsPlaceName(t.text)) return false;
  let phrase = t.text;
  for (let j = i + 1; j < Math.min(toks.length, i + 4); j++) {
    phrase += ` ${toks[j]!.text}`;
    if (isPlaceName(phrase) || countryOf(phrase)) return true;
  }
  return false;
}

/** Case evidence for a word covers its plural and its singular: "Organizations" mid-sentence vouches for "Organization". */
function seenCapitalised(words: ArticleWords, lower: string): boolean {
  const c = words.capitalised;
  return (
    c.has(lower) ||
    c.has(`${lower}s`) ||
    (lower.length > 3 && lower.endsWith('s') && c.has(lower.slice(0, -1)))
  );
}

/** Letters from which an English word in capitals is shouted even with no other capitals beside it. */
const SHOUTED_ALONE_LETTERS = 5;
const ALL_CAPITALS = /^\p{Lu}+$/u;

/** An English word in capitals: "A GIANT crowd", "TWO MEN HAVE DIED" (an acronym spelling a short word alone,
 *  "AIDS", stays a name). */
function shouted(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  // Cheap test first: most tokens have a lower-case second letter.
  const second = t.text.charCodeAt(1);
  if (t.text.length < 3 || second < 65 || second > 90) return false;
  if (!ALL_CAPITALS.test(t.text) || !isEnglishWord(t.lower) || isPlaceName(t.text)) return false;
  // "NEW YORK —": a place of several words in capitals is still a place
  if (startsPlace(toks, i) || (i > 0 && startsPlace(toks, i - 1))) return false;
  const caps = (k: number): boolean => {
    const n = toks[k];
    return n !== undefined && n.text.length > 1 && ALL_CAPITALS.test(n.text);
  };
  return t.text.length >= SHOUTED_ALONE_LETTERS || caps(i - 1) || caps(i + 1);
}

/** "A FIRE has destroyed", "POLICE are hunting": an English word in capitals opening the sentence is the paper's
 *  style, not a name, unless the article writes it so where capitals are not forced ("the CARE charity"). */
function shoutedOpener(text: string, s: SentenceTokens, i: number, words: ArticleWords): boolean {
  const t = s.tokens[i]!;
  // "WEST PALM BEACH, Fla.": words in capitals running on are a dateline's place, read as before
  const next = s.tokens[i + 1];
  if (next && next.index === t.index + 1 && next.text.length > 1 && ALL_CAPITALS.test(next.text))
    return false;
  return (
    t.text.length > 2 &&
    opensInCapitals(text, s.tokens, i, s.start) &&
    isEnglishWord(t.lower) &&
    !words.initialisms.has(t.text) &&
    !isPlaceName(t.text)
  );
}

/** Two to five capitals, none of them a word's: "DHS", "NATO". */
const INITIALISM = /^\p{Lu}{2,5}$/u;

/** Whether a capitalised token counts as part of a name where it stands. */
function accepted(text: string, s: SentenceTokens, i: number, words: ArticleWords): boolean {
  const t = s.tokens[i]!;
  if (!nameCandidate(t) || shouted(s.tokens, i) || shoutedOpener(text, s, i, words)) return false;
  if (s.titleLike || t.start < s.labelEnd)
    return seenCapitalised(words, t.lower) || knownWord(t) || t.initial;
  const forced = t.index === 0 || afterOpening(text, t.start);
  if (!forced) return true;
  if (seenCapitalised(words, t.lower) || knownWord(t)) return true;
  // "DHS employees are…": an initialism opening a sentence is a name however it stands; a shouted word ("A GIANT
  // crowd") or a time zone is not one.
  if (INITIALISM.test(t.text) && !isEnglishWord(t.lower) && !TIME_ZONES.includes(t.text)) return true;
  if (startsPlace(s.tokens, i)) return true;
  // "Fire Chief Ana Diaz said": a service noun before its capitalised head opens a title.
  const head = s.tokens[i + 1];
  if (SERVICE_NOUNS.has(t.lower) && head?.cap && SERVICE_HEADS.has(head.lower)) return true;
  // "Jeff Lindqvist said": an unseen first word is a name when a known name follows it directly,
  // unless it is built like a common noun or adjective ("Employee Ana Diaz", "Reporting Ana Diaz").
  const next = s.tokens[i + 1];
  return (
    next !== undefined &&
    !COMMON_SHAPE.test(t.lower) &&
    !words.lowercase.has(t.lower) &&
    nameCandidate(next) &&
    words.capitalised.has(next.lower) &&
    !knownWord(next) &&
    GAP.test(text.slice(t.end + (t.possessive ? 2 : 0), next.start))
  );
}

/** Whether a possessive token is written with an apostrophe right after it ("Dockers'", "People's"). */
function apostropheAfter(text: string, a: Token): boolean {
  const mark = text[a.end];
  return a.possessive && (mark === "'" || mark === '’');
}

/** "Dockers' Party", "Teachers’ Union": a plural owner before an organisation's head word is part of its name. */
function pluralOwnerOfBody(text: string, a: Token, b: Token): boolean {
  return apostropheAfter(text, a) && ORG_HEADS.has(b.lower);
}

/** "People's Party", "Children’s Hospital": a collective noun's singular possessive before a capitalised word opens
 *  one name. */
function collectiveOwner(text: string, a: Token, b: Token): boolean {
  return apostropheAfter(text, a) && text[a.end + 1] === 's' && b.cap && COLLECTIVE_OWNERS.has(a.lower);
}

/** One to three spaces (no line break) between two tokens, or " & " as in "Marks & Spencer": one name. */
function gapOk(text: string, a: Token, b: Token): boolean {
  const collective = collectiveOwner(text, a, b);
  // the gap is measured after the possessive mark: "'" of a plural owner, "'s" of a collective one
  const mark = collective ? 2 : pluralOwnerOfBody(text, a, b) ? 1 : 0;
  const n = b.start - a.end - mark;
  if ((a.possessive && !mark) || n < 1 || n > 3) return false;
  for (let i = a.end + mark; i < b.start; i++) {
    const c = text.charCodeAt(i);
    const ampersand = c === 38 && n === 3 && i === a.end + 1;
    if (c !== 32 && c !== 0xa0 && c !== 9 && c !== 0x202f && c !== 0x2009 && !ampersand) return false;
  }
  return true;
}
// "of" continues "Secretary of State", "University of X": only right after an office or institution word.
const joinsOf = (run: Token[]): boolean => {
  const last = run.at(-1);
  const w = last?.lower.replace(/^(?:ex|then)-/, '');
  return w !== undefined && (ORG_HEADS.has(w) || OFFICE_WORDS.has(w));
};

/** Link words a title capitalises ("Doctors Without Borders", "Party for Freedom"): written so inside a sentence,
 *  they join the words around them into one name. */
const TITLE_LINKS = new Set(['against', 'without', 'for', 'under', 'over', 'between', 'beyond', 'across']);
const isTitleLink = (t: Token): boolean => t.cap && t.index > 0 && TITLE_LINKS.has(t.lower);

/** A run "<body head> of <field>" that has not joined a second field yet: "Office of Management". */
const fieldsOfBody = (run: Token[]): boolean =>
  run.length >= 3 &&
  ORG_HEADS.has(run[0]!.lower) &&
  run[1]!.lower === 'of' &&
  !run.some((t) => t.lower === 'and');

/** A word after "and" that names something of its own: an institution, a place or a person ("... of Justice and
 *  Congress", "... and Ana Ruiz"); a field of a body is a common word ("Budget", "Human Services"). */
const standsAlone = (t: Token): boolean =>
  ORG_WORDS.has(t.lower) ||
  isPlaceName(t.text) ||
  Boolean(countryOf(t.text)) ||
  isGivenName(t.text) ||
  !isEnglishWord(t.lower);

/** Tokens a body's name may run on after an "and" inside it: "Devon and Mendip Fire and Rescue". */
const BODY_REACH = 6;

/** "Avon and Mendip Police", "Energy and Commerce Committee", "Fire and Rescue": the capitalised words from `from`
 *  (across a further "and") run on to a body's head, so the "and" before them is inside one name. Not after a
 *  person or a body ("Ana Ruiz and Harbour Police", "the Army and Navy"), nor before a body named alone
 *  ("Velmor and Congress"). */
function andInsideBody(cur: Token[], toks: Token[], ok: (boolean | undefined)[], from: number): boolean {
  const last = cur.at(-1);
  if (!last || cur.filter((t) => t.cap).length > 3 || ORG_HEADS.has(last.lower) || ORG_WORDS.has(last.lower))
    return false;
  // A person is named in full ("Ana Ruiz") or with an honorific; a lone word may be a county ("Devon and …").
  const fullName = cur.length > 1 && cur.every((t) => t.cap) && isGivenName(cur[0]!.text);
  if (fullName || cur.some((t) => HONORIFICS.has(t.lower))) return false;
  if (ok[from] !== true || (ok[from + 1] !== true && standsAlone(toks[from]!))) return false;
  let head: Token | undefined;
  for (let j = from; j < Math.min(toks.length, from + BODY_REACH); j++) {
    if (ok[j] === true) head = toks[j];
    else if (!(toks[j]!.lower === 'and' && ok[j + 1] === true)) break;
  }
  // "the Norte and Costa Azul Cartels": a plural head names two bodies.
  return head !== undefined && ORG_HEADS.has(head.lower) && !pluralHead(head.lower);
}

/** "cartels", "committees": the plural of a body's head word. */
const pluralHead = (w: string): boolean =>
  (w.endsWith('ies') && ORG_HEADS.has(`${w.slice(0, -3)}y`)) ||
  (w.endsWith('s') && ORG_HEADS.has(w.slice(0, -1)));

/** Capitalised runs of one sentence. */
export function runsOf(text: string, s: SentenceTokens, words: ArticleWords): Run[] {
  const runs: Run[] = [];
  const toks = s.tokens;
  let cur: Token[] = [];
  const close = (): void => {
    while (cur.length && !cur.at(-1)!.cap && !cur.at(-1)!.initial) cur.pop();
    if (cur.length) runs.push({ tokens: cur, sentence: s, start: cur[0]!.start, end: cur.at(-1)!.end });
    cur = [];
  };
  const ok = mapList(toks, (_, i) => accepted(text, s, i, words));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const last = cur.at(-1);
    if (ok[i]) {
      if (last && !gapOk(text, last, t)) close();
      cur.push(t);
      continue;
    }
    // "Nora May", "Leo May": a month right after a given name is the family name
    if (
      last &&
      t.cap &&
      MONTH_SURNAMES.has(t.lower) &&
      isPopularGivenName(last.text) &&
      gapOk(text, last, t)
    ) {
      cur.push(t);
      continue;
    }
    // Particles ("de la", "van der") and "of" inside institutions and titles bridge two capitalised words.
    let j = i;
    while (j < toks.length && PARTICLES.has(toks[j]!.lower) && j - i < 3) j++;
    if (j === i && t.lower === 'of' && (joinsOf(cur) || cur.some(isTitleLink))) j = i + 1;
    // "Office of Harbours and Ferries": "and" joins the two fields of a body named "<head> of <field>"
    if (j === i && t.lower === 'and' && fieldsOfBody(cur) && ok[i + 1] === true && !standsAlone(toks[i + 1]!))
      j = i + 1;
    if (j === i && t.lower === 'and' && andInsideBody(cur, toks, ok, i + 1)) j = i + 1;
    // "Rivers Against Dams Act": a link word capitalised inside a sentence is part of a title
    // (in a Title Case line every word is capitalised, so there it says nothing).
    if (j === i && !s.titleLike && isTitleLink(t) && cur.length > 0) j = i + 1;
    const next = toks[j];
    let bridge = last !== undefined && j > i && next !== undefined && ok[j] === true && gapOk(text, last, t);
    for (let k = i; bridge && k < j; k++) bridge = gapOk(text, toks[k]!, toks[k + 1]!);
    if (bridge) {
      for (let k = i; k < j; k++) cur.push(toks[k]!);
      i = j - 1;
    } else close();
  }
  close();
  return runs;
}
