// Pairs quotation marks into quoted stretches, one paragraph at a time, in one linear pass.
// A quote never crosses a paragraph unless the next paragraph opens with a mark (a continuing quote):
// that bound is what keeps a stray or missing mark from swallowing the rest of the article.
import type { Span } from '../../model/span.ts';

export interface QuotedStretch {
  /** Position of the opening mark. */
  open: number;
  /** Position of the closing mark, or -1 when the quote runs on into the next paragraph. */
  close: number;
  /** The words inside the marks, trimmed. */
  inner: Span;
  /** Index of the paragraph it stands in. */
  paragraph: number;
  /** Quotes of one speech continued across paragraphs share a chain number. */
  chain: number;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
// Every character that can be a quotation mark: the scan jumps from one to the next.
const MARK = /["“”„«»‘’]/g;
// Before a straight or single opening mark these make it an opening one: start, space, bracket, dash, slash.
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/“"]/;
const LETTER = /[\p{L}\p{N}]/u;
const CLOSING_PUNCT_BEFORE = /[,!?]\s*$/;

type Mark = 'open' | 'close' | 'either';
/** Marks pair only within their family; the other families nest inside as words. */
type Family = 'double' | 'straight' | 'single';

const familyOf = (c: string): Family =>
  c === STRAIGHT ? 'straight' : c === '‘' || c === '’' ? 'single' : 'double';

// ‘ opens before a letter; ’ closes only where it cannot be an apostrophe ("it’s", "officials’ plan").
function classifySingle(c: string, before: string, after: string): Mark | null {
  if (c === '‘') return OPEN_BEFORE.test(before) && /\p{L}/u.test(after) ? 'open' : null;
  if (LETTER.test(after)) return null;
  if (/[,.!?…]/.test(before)) return 'close';
  if (after === '' || /[,.;:!?)\]\u2014\u2013-]/.test(after)) return 'close';
  return /\s/.test(after) && LETTER.test(before) && !/[sS]/.test(before) ? 'close' : null;
}

function classify(text: string, i: number, start: number, end: number): Mark | null {
  const c = text[i] as string;
  if (OPENERS.has(c)) return 'open';
  if (CLOSERS.has(c)) return 'close';
  const before = i > start ? (text[i - 1] as string) : ' ';
  const after = i + 1 < end ? (text[i + 1] as string) : '';
  if (c !== STRAIGHT) return classifySingle(c, before, after);
  const openish = OPEN_BEFORE.test(before);
  const closeish = after === '' || /\s/.test(after) || /[.,;:!?)\]}\u2014\u2013-]/.test(after);
  if (openish && after !== '' && !/\s/.test(after)) return 'open';
  if (!openish && closeish) return 'close';
  return 'either';
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}

function firstNonSpace(text: string, p: Span): number {
  let i = p.start;
  while (i < p.end && /\s/.test(text[i] as string)) i++;
  return i;
}

/** Every quoted stretch of the text, in order. Paragraphs must be in order and not overlap. */
// Quotes and claims both read the quoted stretches of one article: found once per paragraph list.
const scanned = new WeakMap<Span[], { text: string; quotes: QuotedStretch[] }>();

export function scanQuotes(text: string, paragraphs: Span[]): QuotedStretch[] {
  const hit = scanned.get(paragraphs);
  if (hit && hit.text === text) return hit.quotes;
  const quotes = scanQuotesOnce(text, paragraphs);
  scanned.set(paragraphs, { text, quotes });
  return quotes;
}

function scanQuotesOnce(text: string, paragraphs: Span[]): QuotedStretch[] {
  const out: QuotedStretch[] = [];
  const paras = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: text.length }];
  const marks: number[] = []; // every mark's position, in one pass over the text
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) marks.push(m.index);
  let mi = 0;
  let nextChain = 0;
  let carried = -1; // chain of a quote the previous paragraph left open for this one to continue
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as Span;
    const lead = firstNonSpace(text, para);
    const carry = carried;
    carried = -1;
    const chainFor = (open: number): number => (carry >= 0 && open === lead ? carry : nextChain++);
    let open = -1;
    let openFamily: Family = 'double';
    while (mi < marks.length && (marks[mi] as number) < para.start) mi++;
    for (; mi < marks.length && (marks[mi] as number) < para.end; mi++) {
      const i = marks[mi] as number;
      const kind = classify(text, i, para.start, para.end);
      if (kind === null) continue;
      const family = familyOf(text[i] as string);
      if (open < 0) {
        if (kind === 'close') continue; // a stray closing mark: nothing to pair it with
        open = i;
        openFamily = family;
        continue;
      }
      if (family !== openFamily) continue; // another family of marks, nested inside: part of the words
      if (family !== 'straight' && kind === 'open') {
        open = i; // a second opening: the first one was stray
        continue;
      }
      const inner = trimmed(text, open + 1, i);
      if (inner.end > inner.start) out.push({ open, close: i, inner, paragraph: p, chain: chainFor(open) });
      // A straight mark glued to the word after it ('scene. "We') opens a quote even while one is open: the open
      // one ran on without its closing mark, as a speech continued in the next sentence often does. After a comma,
      // or a ! or ? ('anything, "Ana Ruiz said') it closes: the attribution follows.
      open =
        family === 'straight' && kind === 'open' && !CLOSING_PUNCT_BEFORE.test(text.slice(i - 3, i)) ? i : -1;
    }
    if (open < 0) continue;
    // Unclosed at the paragraph's end: a continuing quote only if the next paragraph opens with a mark.
    const next = paras[p + 1];
    if (!next) continue;
    const j = firstNonSpace(text, next);
    const kind = j < next.end ? classify(text, j, next.start, next.end) : null;
    if (kind === null || kind === 'close' || familyOf(text[j] as string) !== openFamily) continue;
    const inner = trimmed(text, open + 1, para.end);
    if (inner.end <= inner.start) continue;
    carried = chainFor(open);
    out.push({ open, close: -1, inner, paragraph: p, chain: carried });
  }
  return out;
}
