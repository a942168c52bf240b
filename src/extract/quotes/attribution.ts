// Finds who a quote is attributed to, from the words right after it (“…,” Smith said) or right before it
// (Smith told reporters: “…”). Both parsers read a bounded window, so cost per quote is constant.
import { MODALS as MODAL_VERBS } from '../../lang/en/hedges.ts';
import { isPartyTag } from '../../lang/en/parties.ts';
import { ATTRIBUTION_TITLE_ABBREVIATIONS } from '../../lang/en/titles.ts';
import { capitalised, oneOf } from '../../lang/pattern.ts';
import type { DocEntity } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import { type Tok, tokenize } from './tokens.ts';
import { venueInClause, venueOfAddressee } from './venue.ts';
import {
  AUX,
  clauseStart,
  DETERMINERS,
  hasSpeechVerb,
  LEADING_ADVERBIAL,
  NP_BREAK,
  PRONOUNS,
  SPEECH_FORMS,
  TIME_OPENER_WORDS,
} from './words.ts';

export interface Attribution {
  speakerText: string;
  /** Where the speaker phrase stands (for pronoun and role resolution). */
  speakerAt: number;
  /** The attribution words: "Smith told reporters". */
  span: Span;
  venue: string | null;
  /** The verb stands right at the quote ("described as a “…”", "“…,” she said"): enough for a short quote. */
  adjacent: boolean;
}

const WINDOW = 240;
/** How far past a name an appositive may push the verb, in tokens. */
const APPOSITIVE_REACH = 24;
const MAX_NP = 8;
/** Tokens an appositive between a name and its verb may take ("the longest-serving member of the council's standing
 *  committee on harbours, ferries and canals"). */
const APPOSITIVE_TOKENS = 20;
/** Tokens a name with its title may take: alone between commas ("Ivo Brandt", "Ana Ruiz Ortega"; one capitalised
 *  word there is as often a suffix, a state or a party tag: "Jr.", "Calif.", "D-Pa."), or before an appositive's
 *  comma ("Rep. Ana Ruiz Ortega,"). */
const NAME_TOKENS = 4;
/** Prepositional phrases walked back over before the speaker ("at the ruins of the depot"). */
const PP_HOPS = 3;
/** People who speak for someone else: "a spokesman for X said" is X speaking. */
const SPOKESPEOPLE = new Set(
  'spokesman spokeswoman spokesperson spokesmen spokeswomen representative representatives lawyer lawyers attorney attorneys'.split(
    ' ',
  ),
);
// Nouns for what someone said: after a possessive subject, the possessor is the speaker.
const SPEECH_NOUNS = new Set(
  'rhetoric remarks comments comment statement statements words response reply message speech tone post tweet letter office campaign team spokesman spokeswoman spokesperson'.split(
    ' ',
  ),
);
const CONJUNCTIONS = new Set('and but or so yet nor then'.split(' '));
const MODALS = new Set(MODAL_VERBS);
// Verbs that put the speaker after them: “…,” said Smith / added Smith / according to Smith.
const INVERTIBLE = new Set('say add write ask explain note continue recall reply tell according'.split(' '));
const PREPOSITIONS = new Set(
  'in on at of to for with by from about against into over under than like'.split(' '),
);

// A bare or -s form is often a noun ("a follow-up tweet", "his claims"): it counts only after a subject-like word.
const BARE_BEFORE = new Set('i we they you will would could can may might did does do to also'.split(' '));
const NOT_BEFORE_S = new Set('the a an his her their its our my your this that these those'.split(' '));

/** Forms of "be" that make the participle after them passive. */
const PASSIVE_BE = new Set('is are was were be been being'.split(' '));

function verbAt(toks: Tok[], j: number): string | null {
  const t = toks[j];
  if (!t || t.punct) return null;
  const lemma = SPEECH_FORMS.get(t.word);
  if (!lemma) return null;
  const prev = toks[j - 1];
  // "engineers were called in", "a plan was called off": the passive of "call" is no one speaking
  if (lemma === 'call' && prev && PASSIVE_BE.has(prev.lower)) return null;
  if (t.word === lemma) return prev && BARE_BEFORE.has(prev.lower) ? lemma : null;
  if (/s$/.test(t.word) && !/ss$/.test(t.word) && (!prev || prev.possessive || NOT_BEFORE_S.has(prev.lower)))
    return null;
  return lemma;
}
const isAccording = (toks: Tok[], i: number): boolean =>
  toks[i]?.word === 'according' && toks[i + 1]?.lower === 'to';
const isDash = (t: Tok): boolean => t.punct && t.word !== ',' && t.word !== ':';

function phrase(text: string, toks: Tok[]): { text: string; start: number; end: number } | null {
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) return null;
  let end = last.end;
  if (last.possessive) end = last.start + last.word.replace(/['’]s?$/u, '').length;
  const s = text.slice(first.start, end).replace(/\s*\([^)]*$/, ''); // "the ministry (SRE" → "the ministry"
  return { text: s, start: first.start, end: first.start + s.length };
}

/** A plausible speaker phrase: starts with a name, a pronoun or a determiner, and holds no verb of speech. */
/** What was written, not who wrote it: '“…?” goes another', '“…” reads one of the queries'. */
const TEXT_HEADS = new Set(
  'another question questions query queries list memo memos document documents email emails text passage line lines'.split(
    ' ',
  ),
);

function plausible(toks: Tok[]): boolean {
  const first = toks[0];
  if (!first || toks.length > MAX_NP) return false;
  // "the" alone (a garbled clause), "late Thursday" (when, not who)
  if (toks.every((t) => DETERMINERS.has(t.lower) || TIME_OPENER_WORDS.has(t.lower.replace(/\.$/, ''))))
    return false;
  if (TEXT_HEADS.has((toks[toks.length - 1] as Tok).lower)) return false;
  // Inflected speech verbs betray a clause; bare forms are often nouns ("state hydrologist", "a call").
  if (toks.some((t) => t.punct || (SPEECH_FORMS.has(t.word) && SPEECH_FORMS.get(t.word) !== t.word)))
    return false;
  if (PREPOSITIONS.has(first.lower) || NP_BREAK.has(first.lower) || CONJUNCTIONS.has(first.lower))
    return false;
  if (/^[\p{Lu}\d]/u.test(first.word)) return true;
  if (PRONOUNS.has(first.lower) || DETERMINERS.has(first.lower)) return true;
  // "lead researcher and planetary scientist Ana Sol": a description ending in a name.
  if (
    /^\p{Lu}/u.test((toks[toks.length - 1] as Tok).word) &&
    !toks.some((t) => NP_BREAK.has(t.word) && t.word !== 'and')
  )
    return true;
  return toks.length <= 3 && !first.lower.endsWith('ly'); // "officials", "experts", "security analysts"
}

/** Noun phrase ending right before token `k`, walking back over auxiliaries ("has said", "also told"). */
function npBefore(toks: Tok[], k: number, floor: number): Tok[] {
  let i = k - 1;
  while (i >= floor && AUX.has((toks[i] as Tok).lower)) i--;
  if (toks[i]?.word === ',') {
    // "Robertson, the U.S. commander, said": the name stands before the appositive.
    let j = i - 1;
    while (j >= floor && j > i - APPOSITIVE_TOKENS && toks[j]?.word !== ',' && !toks[j]?.punct) j--;
    // "The head of the union, Ana Ruiz, said": a name between the commas is the speaker, the phrase before it her role
    const between = toks.slice(j + 1, i);
    const named =
      between.length >= 2 &&
      between.length <= NAME_TOKENS &&
      between.every((t) => /^\p{Lu}/u.test(t.word) && !isPartyTag(t.word));
    if (named) return between;
    if (j > floor && toks[j]?.word === ',') i = j - 1;
    // "Rep. Ana Ruiz, D-Pa., captain of the team, told": a party tag is one more part of the appositive
    if (toks[i] && isPartyTag((toks[i] as Tok).word) && toks[i - 1]?.word === ',' && i - 2 >= floor) i -= 2;
  }
  let end = i + 1;
  let start = npStart(toks, i, end, floor);
  // "the mayor at times said", "officials at the ruins of the depot described": the noun phrase right
  // before the verb is the object of a preposition; the speaker stands before the phrase.
  for (let hops = 0; hops < PP_HOPS && start - 2 >= floor && start < end; hops++) {
    const prep = toks[start - 1] as Tok;
    if (!PREPOSITIONS.has(prep.lower)) break;
    const head = toks[start - 2] as Tok;
    const ofOrFor = prep.lower === 'for' || prep.lower === 'of';
    // "a spokesman for the company said": the company speaks through its spokesman
    if (ofOrFor && SPOKESPEOPLE.has(head.lower)) break;
    const before = npStart(toks, start - 2, start - 1, floor);
    if (before >= start - 1) break;
    // "the director of the agency said", "the Institute for Harbour Studies said": an "of" phrase, or a preposition
    // inside a capitalised name, is part of the speaker's noun phrase
    if (prep.lower === 'of' || (ofOrFor && /^\p{Lu}/u.test(head.word))) start = before;
    else [start, end] = [before, start - 1];
  }
  return toks.slice(start, end);
}

/** First token of the noun phrase ending at token `i` (inclusive), walking back to a break or a determiner. */
function npStart(toks: Tok[], i: number, end: number, floor: number): number {
  let start = end;
  while (i >= floor && end - i <= MAX_NP) {
    const t = toks[i] as Tok;
    if (t.punct || SPEECH_FORMS.has(t.word)) break;
    if (NP_BREAK.has(t.word)) break;
    start = i;
    if (DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower)) break;
    i--;
  }
  return start;
}

/** Names a list may give before the last ("A, B and C said"), at most. */
const LIST_NAMES = 6;
/** Tokens one listed name may take, with its title ("Council Chairman Hal Brenner"). */
const LIST_NAME_TOKENS = 5;

/** "Brenner, Poole and Ortiz noted …": several people speak; the first named leads, as news lists them. `np` is
 *  the last name of the list (what npBefore found); the result is the first, or `np` when no list of names
 *  stands before it. */
function firstOfList(toks: Tok[], np: Tok[]): Tok[] {
  const capital = (t: Tok | undefined): boolean => Boolean(t && !t.punct && /^\p{Lu}/u.test(t.word));
  if (!np.length || !np.every(capital)) return np;
  const at = toks.indexOf(np[0]!);
  if (toks[at - 1]?.lower !== 'and') return np;
  let first = np;
  let sep = at - 1; // the "and" or comma before the current name
  for (let n = 0; n < LIST_NAMES; n++) {
    if (toks[sep]?.lower === 'and' && toks[sep - 1]?.word === ',') sep--; // the serial comma: "B, and C"
    let i = sep - 1;
    while (i >= 0 && sep - i <= LIST_NAME_TOKENS && capital(toks[i])) i--;
    if (i === sep - 1) break;
    // "On Monday, Brenner and Ortiz said": a leading time or place phrase is no name of the list
    const lead = (toks[i + 1] as Tok).lower;
    if (LEADING_ADVERBIAL.has(lead) || TIME_OPENER_WORDS.has(lead)) break;
    first = toks.slice(i + 1, sep);
    if (toks[i]?.word !== ',') break;
    sep = i;
  }
  return first;
}

/** Noun phrase starting at token `k`, up to a comma, a clause word or a preposition. */
function npAfter(toks: Tok[], k: number): Tok[] {
  const out: Tok[] = [];
  for (let i = k; i < toks.length && out.length < MAX_NP; i++) {
    const t = toks[i] as Tok;
    if (t.punct || SPEECH_FORMS.has(t.word) || AUX.has(t.word) || MODALS.has(t.word)) break;
    if (out.length > 0 && (NP_BREAK.has(t.word) || PREPOSITIONS.has(t.word)) && t.word !== 'of') break;
    out.push(t);
    if (t.possessive && toks[i + 1] && /^[\p{Lu}]/u.test((toks[i + 1] as Tok).word)) continue;
  }
  return out;
}

/** Tokens a time phrase opening a clause may have ("Early Thursday night", "On March 3"). */
const TIME_OPENER_MAX = 5;

/** The token after a time phrase and its comma at `i` ("Thursday night, the hospital …"), else `i`. */
function afterTimeOpener(toks: Tok[], i: number): number {
  let j = i;
  while (j < toks.length && j - i < TIME_OPENER_MAX) {
    const t = toks[j] as Tok;
    if (t.word === ',') return j > i ? j + 1 : i;
    if (!TIME_OPENER_WORDS.has(t.lower.replace(/\.$/, '')) && !/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.lower))
      return i;
    j++;
  }
  return i;
}

/** The subject of a clause: its first noun phrase after any leading adverbial ("In the wake of X, Smith …"). */
function subjectOf(toks: Tok[]): Tok[] {
  // A list item's label first ("Key moment – Smith said"), then a leading adverbial ("In March, Smith said").
  const label = toks.findIndex((t, j) => j < 7 && t.punct && t.word !== ',' && t.word !== ';');
  let i = label > 0 ? label + 1 : 0;
  while (toks[i] && CONJUNCTIONS.has((toks[i] as Tok).lower)) i++; // "And when I …"
  if (toks[i] && LEADING_ADVERBIAL.has((toks[i] as Tok).lower)) {
    const comma = toks.findIndex((t, j) => j > i && j < i + 14 && t.word === ',');
    if (comma > 0) i = comma + 1;
  } else i = afterTimeOpener(toks, i);
  const out: Tok[] = [];
  for (; i < toks.length && out.length < 6; i++) {
    const t = toks[i] as Tok;
    if (t.punct || AUX.has(t.lower) || SPEECH_FORMS.has(t.word) || NP_BREAK.has(t.word)) break;
    const lowerWord = !/^[\p{Lu}\d]/u.test(t.word);
    if (lowerWord && out.length === 0 && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower)) break;
    if (lowerWord && out.length > 0 && /(?:ed|es)$/.test(t.lower) && !/^\p{Lu}/u.test((out[0] as Tok).word))
      break;
    const named = out.length > 0 && !DETERMINERS.has((out[0] as Tok).lower);
    if (lowerWord && named && /^\p{Lu}/u.test((out[0] as Tok).word) && t.word !== 'of') break;
    out.push(t);
    if (PRONOUNS.has(t.lower)) break;
    if (t.possessive) {
      // "The minister’s remarks": the possessor speaks; "The victim’s mother": the possessed one does.
      const next = toks[i + 1];
      if (next && !next.punct && !SPEECH_NOUNS.has(next.lower) && !SPEECH_FORMS.has(next.word))
        out.push(next);
      break;
    }
  }
  return out;
}

function make(
  text: string,
  np: Tok[],
  span: Span,
  venue: () => string | null,
  adjacent: boolean,
): Attribution | null {
  if (!plausible(np)) return null;
  const p = phrase(text, np);
  if (!p) return null;
  return { speakerText: p.text, speakerAt: p.start, span, venue: venue(), adjacent };
}

function addresseeAfter(toks: Tok[], k: number): Tok[] {
  const out: Tok[] = [];
  for (let i = k + 1; i < toks.length && out.length < 6; i++) {
    const t = toks[i] as Tok;
    if (t.punct || NP_BREAK.has(t.word) || (PREPOSITIONS.has(t.word) && t.word !== 'of')) break;
    out.push(t);
  }
  return out;
}

/** End of the sentence begun at `from` (the first . ! ? ; not closing an abbreviation), bounded by `to`. */
const SHORT_TITLE = new RegExp(`^(?:${oneOf(capitalised(ATTRIBUTION_TITLE_ABBREVIATIONS))})$`);
function sentenceEnd(text: string, from: number, to: number): number {
  const re = /[.!?;\n](?=\s|$)/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const before = /([A-Za-z.]+)$/.exec(slice.slice(Math.max(0, m.index - 5), m.index))?.[1] ?? '';
    if (m[0] === '.' && (SHORT_TITLE.test(before) || /^(?:[A-Z]\.)*[A-Z]$/.test(before))) continue;
    return from + m.index;
  }
  return to;
}

/** “…,” Smith said. / “…,” said Smith. / “…,” according to Smith. */
export function attributeAfter(
  text: string,
  close: number,
  limit: number,
  innerEndsSentence: boolean,
  innerPunct: boolean,
  entities: DocEntity[],
): Attribution | null {
  const from = close + 1;
  const end = sentenceEnd(text, from, Math.min(limit, from + WINDOW));
  if (!hasSpeechVerb(text, from, end)) return null;
  const toks = tokenize(text, from, end);
  let i = 0;
  while (toks[i] && isDash(toks[i] as Tok)) i++;
  if (toks[i]?.word === ',') i++;
  const start = toks[i]?.start ?? from;
  let k = -1;
  // The verb may stand after an appositive: "“…,” Smith, a research analyst at the institute, said."
  // A name and its title ("Rep. Ana Ruiz") take a few tokens before the appositive's comma.
  const nameEnd = toks.findIndex((t, j) => j > i && j <= i + NAME_TOKENS && t.word === ',');
  const reach = nameEnd > 0 ? APPOSITIVE_REACH : MAX_NP + 2;
  for (let j = i; j < toks.length && j <= i + reach; j++) {
    if (toks[j]?.punct && toks[j]?.word !== ',') break;
    if (verbAt(toks, j) || isAccording(toks, j)) {
      k = j;
      break;
    }
  }
  if (k < 0) return null;
  // “…,” Smith said / “…”, Smith said: a comma marks it. Without one, only a bare "“…” Smith said." counts:
  // a “term” followed by a clause ("“Green Fund” (Fondo Verde) supports …") is no attribution.
  if (i === 0 && !innerPunct && !(k <= 4 && toks.length - k <= 3)) return null;
  // After a quote that ends its own sentence, only a bare "Smith said." can attribute it, or one the verb of which
  // only a place, means or source follows ("Smith wrote in a letter delivered Tuesday.", "…, according to the
  // list"), never a clause of its own.
  const means =
    PREPOSITIONS.has(toks[k + 1]?.lower ?? '') ||
    (toks[k + 1]?.word === ',' && toks[k + 2]?.lower === 'according');
  const bare =
    toks.length - i <= 6 ||
    (k <= i + 4 && means && !toks.slice(k + 2).some((t) => t.lower === 'that' || t.word === ','));
  if (innerEndsSentence && !bare) return null;
  const according = isAccording(toks, k);
  const verb = according ? 'according' : (SPEECH_FORMS.get((toks[k] as Tok).word) as string);
  let np: Tok[];
  let addressee: Tok[] = [];
  if (k === i) {
    if (verb === 'tell' || !INVERTIBLE.has(verb)) return null;
    np = npAfter(toks, according ? k + 2 : k + 1);
  } else {
    np = toks.slice(i, k).filter((t) => !AUX.has(t.lower));
    // "Ortiz planned to ask", "Ruiz wants to know": the verb before "to" is the speaker's, not a name's part
    if (np.length > 2 && np.at(-1)!.lower === 'to' && /^\p{Ll}/u.test(np.at(-2)!.word)) np = np.slice(0, -2);
    const comma = np.findIndex((t) => t.word === ',');
    if (comma > 0) np = np.slice(0, comma); // "Smith, a senior adviser, said"
    if (verb === 'tell') addressee = addresseeAfter(toks, k);
  }
  // "“…,” the agency said, quoting Mr. Velmor": the one quoted is the speaker, the agency only relays the words.
  const relayed = toks[k + 1]?.word === ',' && toks[k + 2]?.lower === 'quoting' ? npAfter(toks, k + 3) : [];
  if (relayed.length && plausible(relayed)) np = relayed;
  const last = addressee[addressee.length - 1] ?? np[np.length - 1] ?? toks[k];
  const spanEnd = Math.max(last?.end ?? end, (toks[k] as Tok).end);
  const venue = (): string | null =>
    venueOfAddressee(addressee, entities) ?? venueInClause(text.slice(from, end), entities);
  return make(text, np, { start, end: spanEnd }, venue, true);
}

/** Smith said: “…” / Smith told reporters that …: “…” / …, saying, “…” / Smith described it as a “…”. */
export function attributeBefore(
  text: string,
  open: number,
  floor: number,
  entities: DocEntity[],
): Attribution | null {
  const from = clauseStart(text, Math.max(floor, open - WINDOW), open);
  if (!hasSpeechVerb(text, from, open)) return null;
  const toks = tokenize(text, from, open);
  if (toks.length === 0) return null;
  let k = -1;
  for (let j = toks.length - 1; j >= 0; j--) {
    const v = verbAt(toks, j);
    if (v === 'call' && /^(?:for|on|off|up)$/.test(toks[j + 1]?.lower ?? '')) continue; // "calling for": no speech
    if (v || isAccording(toks, j)) {
      k = j;
      break;
    }
  }
  if (k < 0) return null;
  const tail = toks.length - k - 1;
  const endsWith = (toks[toks.length - 1] as Tok).word;
  // "Smith told the paper that the plan was “…”": reported speech running on into the quote.
  const reported =
    tail <= 20 &&
    toks.slice(k + 1, k + 8).some((t) => t.word === 'that') &&
    !toks.slice(k + 1).some((t) => t.word === ';');
  const governs = endsWith === ':' || (endsWith === ',' && tail <= 7) || tail <= 4 || reported;
  if (!governs) return null;
  const verbTok = toks[k] as Tok;
  // "a group called “X”" names a thing; "called it “X”" quotes a speaker.
  if (tail === 0 && /^(?:call|describe)$/.test(SPEECH_FORMS.get(verbTok.word) ?? '')) return null;
  const adjacent = tail <= 4;
  const according = isAccording(toks, k);
  let np: Tok[];
  if (according) np = npAfter(toks, k + 2);
  else if (verbTok.word.endsWith('ing')) np = subjectOf(toks.slice(0, k));
  else {
    np = firstOfList(toks, npBefore(toks, k, 0));
    // "Poole lives close by and said the match was …": a second verb of the clause's own subject
    if (np.length === 0 && toks[k - 1]?.lower === 'and') np = subjectOf(toks.slice(0, k - 1));
    if (np.length === 0) np = npAfter(toks, k + 1);
  }
  const verb = according ? 'according' : (SPEECH_FORMS.get(verbTok.word) as string);
  const addressee = verb === 'tell' ? addresseeAfter(toks, k) : [];
  const clause = text.slice(from, open);
  const venue = (): string | null => venueOfAddressee(addressee, entities) ?? venueInClause(clause, entities);
  const first = np[0]?.start ?? verbTok.start;
  const spanStart = Math.min(first, verbTok.start);
  const spanEnd = Math.max(
    verbTok.end,
    addressee[addressee.length - 1]?.end ?? 0,
    np[np.length - 1]?.end ?? 0,
  );
  return make(text, np, { start: spanStart, end: spanEnd }, venue, adjacent);
}
