// Word tokens of a sentence with their offsets, and what the whole article says about each word's case:
// a word seen capitalised inside a sentence is a name candidate where case alone cannot tell (sentence starts,
// Title Case headings).
import { TITLE_SMALL_WORDS } from '../../lang/en/stopwords.ts';
import { NAME_TITLE_ABBREVIATIONS } from '../../lang/en/titles.ts';
import { oneOf } from '../../lang/pattern.ts';
import type { Segmented } from '../../model/segment.ts';
import { OF_ROLE_TAILS, PARTICLES, ROLE_MODIFIERS, ROLE_NOUNS, STATUS_WORDS, STOP_CAPS } from './lexicon.ts';

export interface Token {
  start: number;
  end: number;
  /** As written, possessive and closing period removed: "Osei’s" → "Osei", "Mexico." → "Mexico". */
  text: string;
  /** Lower case, accents kept: for word lists. */
  lower: string;
  cap: boolean;
  /** Single capital with a period ("J.") or dotted letters ("U.S."). */
  initial: boolean;
  possessive: boolean;
  /** Index of the word in its sentence: 0 is the sentence start (counting words that are not kept as tokens). */
  index: number;
  /** Position in the sentence's token list. */
  pos: number;
}

export interface SentenceTokens {
  sentence: number;
  start: number;
  end: number;
  tokens: Token[];
  /** Heading, table row or Title Case line: capitals there do not mark names. */
  titleLike: boolean;
  /** End of a Title Case label opening the sentence ("Key Risks: ...", "Legal Review – ..."), else start. */
  labelEnd: number;
}

// Words are letters, marks and digits, joined by . ' ’ - & or a Unicode hyphen, with an optional final period
// (what /[\p{L}\p{M}\p{N}]+(?:[.'’\-&\u2010\u2011][\p{L}\p{M}\p{N}]+)*\.?/u matches), read by a character
// scanner because this runs over every word of every article.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
// Non-ASCII code units already classified: 1 word character, 2 not.
const wordUnit = new Uint8Array(0x10000);

/** Length (0, 1 or 2 code units) of the word character at i. */
function wordCharAt(text: string, i: number): number {
  // past the end there is no character: say so before reading (a read out of bounds recompiles the tokenizer)
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let k = wordUnit[c]!;
  if (k === 0) {
    k = WORD_CHAR.test(text[i]!) ? 1 : 2;
    wordUnit[c] = k;
  }
  return k === 1 ? 1 : 0;
}

const isJoiner = (c: number): boolean =>
  c === 46 || c === 39 || c === 0x2019 || c === 45 || c === 38 || c === 0x2010 || c === 0x2011;

/** End of the word starting at i (a word character stands there). */
function wordEnd(text: string, i: number): number {
  let n = wordCharAt(text, i);
  while (n) {
    i += n;
    n = wordCharAt(text, i);
    if (!n && i < text.length && isJoiner(text.charCodeAt(i))) {
      const after = wordCharAt(text, i + 1);
      if (after) {
        i += 1;
        n = after;
      }
    }
  }
  return i < text.length && text.charCodeAt(i) === 46 ? i + 1 : i;
}
const INITIAL = /^(?:\p{Lu}\.)+$/u;
const KEEP_DOT = new RegExp(`^(?:\\p{Lu}\\.)+$|^(?:${oneOf(NAME_TITLE_ABBREVIATIONS)})\\.$`, 'iu');
// "al-Assad", "el-Sisi": an Arabic article before a capital is part of a capitalised name.
// "then-Secretary", "ex-President": a status glued to a title keeps the title's capital.
const UPPER_START = /^(?:\p{Lu}|(?:al|el|ad|as|ash|at|az|then|ex)-\p{Lu})/u;

function isCap(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return raw.length > 3 && raw.includes('-') && UPPER_START.test(raw);
  return c >= 128 && UPPER_START.test(raw);
}

// One pass of the word pattern over the sentence's stretch of the text (no copy of the sentence).
// Lower-case words that finders read as tokens; other lower-case words only count (and feed the case evidence).
const KEEP_LOWER = new Set([
  ...PARTICLES,
  'of',
  ...ROLE_NOUNS,
  ...ROLE_MODIFIERS,
  ...STATUS_WORDS.keys(),
  ...OF_ROLE_TAILS,
]);

interface Tokenized {
  tokens: Token[];
  /** Lower-case content words, kept or not: for telling Title Case from prose. */
  lowerContent: number;
}

/** Tokens of one sentence; every lower-case word goes into `lowercase`, few become tokens (they cost memory). */
function tokenize(text: string, from: number, to: number, lowercase: Set<string>): Tokenized {
  const out: Token[] = [];
  let words = 0;
  let lowerContent = 0;
  for (let at = from; at < to; ) {
    const first = wordCharAt(text, at);
    if (!first) {
      at++;
      continue;
    }
    const wordStart = at;
    at = Math.min(wordEnd(text, at), to);
    let raw = text.slice(wordStart, at);
    if (raw.endsWith('.') && !KEEP_DOT.test(raw)) raw = raw.slice(0, -1);
    let end = wordStart + raw.length;
    let possessive = false;
    const q = raw.length > 2 ? raw[raw.length - 2] : '';
    if (raw.endsWith('s') && (q === '’' || q === "'")) {
      raw = raw.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (end < text.length && (text[end] === '’' || text[end] === "'")) {
      // "News’ host": a plural possessive, the mark after the word.
      possessive = raw.endsWith('s') && /\s/.test(text[end + 1] ?? '');
    }
    const cap = isCap(raw);
    const index = words++;
    if (!cap) {
      lowercase.add(raw);
      if (!SMALL.has(raw)) lowerContent++;
      // A label at the sentence start is read word by word; elsewhere only words finders look at are kept.
      if (wordStart >= from + 80 && !KEEP_LOWER.has(raw)) continue;
    }
    out.push({
      start: wordStart,
      end,
      text: raw,
      lower: cap ? raw.toLowerCase() : raw,
      cap,
      initial: cap && raw.endsWith('.') && INITIAL.test(raw),
      possessive,
      index,
      pos: out.length,
    });
  }
  return { tokens: out, lowerContent };
}

const CLOSING = /[.!?"”’)]/;
const SMALL = new Set(TITLE_SMALL_WORDS);

function titleCase(tokens: Token[], min = 3, lowerContent = -1): boolean {
  let content = 0;
  let caps = 0;
  for (const t of tokens) {
    if (SMALL.has(t.lower) || (lowerContent >= 0 && !t.cap)) continue;
    content++;
    if (t.cap) caps++;
  }
  if (lowerContent >= 0) content += lowerContent;
  return content >= min && caps / content >= 0.7;
}

const LABEL = /^([^:–—.!?]{2,70}?)(?::\s|\s[–—-]\s)/u;

/** A Title Case label before a colon or dash at the start of a sentence: its capitals are forced too. */
function labelEnd(text: string, s: { start: number; end: number }, tokens: Token[]): number {
  const m = LABEL.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
  if (!m) return s.start;
  const end = s.start + m[1]!.length;
  const inLabel = tokens.filter((t) => t.end <= end);
  return inLabel.length > 0 && titleCase(inLabel, 1) ? end : s.start;
}

export interface ArticleWords {
  sentences: SentenceTokens[];
  /** Words (lower case) written capitalised somewhere a capital is not forced: mid-sentence in running text. */
  capitalised: Set<string>;
  /** Words (lower case) written in lower case somewhere. */
  lowercase: Set<string>;
  /** Words written wholly in capitals where capitals are not forced ("the NATO summit"): initialisms, as written. */
  initialisms: Set<string>;
}

/** Tokens of every sentence, and the article's evidence on which words are names. */
export function articleWords(seg: Segmented): ArticleWords {
  const text = seg.doc.text;
  const sentences: SentenceTokens[] = [];
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  const initialisms = new Set<string>();
  // The headline the text opens with, when the record gives it: Title Case there is style, whatever ends it.
  const title = seg.doc.title?.trim() ?? '';
  const titleEnd = title && text.startsWith(title) ? title.length : 0;
  seg.sentences.forEach((s, i) => {
    const { tokens, lowerContent } = tokenize(text, s.start, s.end, lowercase);
    const forced = s.blockKind === 'heading' || s.blockKind === 'table-row';
    // A Title Case line without closing punctuation is a headline the clean stage did not mark.
    const titleLike =
      forced ||
      ((s.start < titleEnd || !CLOSING.test(text[s.end - 1] ?? '')) && titleCase(tokens, 4, lowerContent));
    const label = titleLike ? s.start : labelEnd(text, s, tokens);
    sentences.push({ sentence: i, start: s.start, end: s.end, tokens, titleLike, labelEnd: label });
    tokens.forEach((t, i) => {
      if (
        t.cap &&
        !titleLike &&
        t.index > 0 &&
        t.start >= label &&
        !STOP_CAPS.has(t.lower) &&
        !afterOpening(text, t.start) &&
        !opensInCapitals(text, tokens, i, s.start)
      ) {
        capitalised.add(t.lower);
        if (t.text.length > 1 && ALL_CAPITALS.test(t.text)) initialisms.add(t.text);
      }
    });
  });
  return { sentences, capitalised, lowercase, initialisms };
}

const ALL_CAPITALS = /^\p{Lu}+$/u;
/** A dateline's dash right before a word: "LORVIK (Wire) - A FIRE ...". */
const DATELINE_DASH = /[-—–]\s*$/;
/** Articles a regional paper sets in capitals with the opening word: "A FIRE has", "THE FAMILY of". */
const OPENING_ARTICLES = new Set(['a', 'an', 'the']);

/**
 * A word in capitals opening its sentence, after a dateline or after an article opening it ("A FIRE has
 * destroyed"): a paper's style for an article's first words, so its capitals say nothing of a name.
 */
export function opensInCapitals(text: string, tokens: Token[], i: number, sentenceStart: number): boolean {
  const t = tokens[i]!;
  if (!ALL_CAPITALS.test(t.text)) return false;
  if (t.index === 0 || afterOpening(text, t.start)) return true;
  if (DATELINE_DASH.test(text.slice(Math.max(sentenceStart, t.start - 4), t.start))) return true;
  const prev = tokens[i - 1];
  return (
    prev !== undefined &&
    prev.index === t.index - 1 &&
    prev.cap &&
    OPENING_ARTICLES.has(prev.lower) &&
    (prev.index === 0 ||
      afterOpening(text, prev.start) ||
      opensInCapitals(text, tokens, i - 1, sentenceStart))
  );
}

/** True when a capital is forced by what precedes it: an opening quote, a colon, a dash or a bullet. */
export function afterOpening(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text[i] === ' ') i--;
  const c = text[i];
  return c === '“' || c === '"' || c === ':' || c === '—' || c === '–' || c === '•' || c === '‘';
}
