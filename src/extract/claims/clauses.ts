// The clauses of a claim's sentence, when it tells more than one fact: "A declined to comment, as did B",
// "X is true, but Y denies it", "P pleaded not guilty and was held". Alignment then sees which of them other
// articles say. Quoted words are blanked in `own`, so a semicolon inside a quote never splits.
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  ELLIPTIC_COUNTS,
  ELLIPTIC_OPENERS,
  PARTICIPLE_ENDS,
  SUBJECT_STARTERS,
} from '../../lang/en/clauses.ts';
import { oneOf } from '../../lang/pattern.ts';
import { firstFrom, type Span } from '../../model/span.ts';
import type { Tok } from '../quotes/tokens.ts';
import { mainVerb } from './structure.ts';

/** Where a clause may begin: group 1 is dropped from the clause (punctuation, a plain conjunction), the rest kept. */
const BREAK = new RegExp(
  [
    `([,;]\\s+)(?=(?:${oneOf(ELLIPTIC_OPENERS)})\\s)`, // ", as did the mayor": kept whole
    `([,;]\\s+(?:${oneOf(CLAUSE_OPENERS)})\\s+)`, // ", but the ministry …"
    `(;\\s+)`, // "…; the bridge stays closed"
    `(\\s+and\\s+)(?=(?:${oneOf(AUXILIARIES)})\\s)`, // "… and was held"
    // "… and 12 arrested for …": a count and a participle that ends its phrase ("and 3 armed men" goes on)
    `(\\s+and\\s+)(?=(?:\\d[\\d,]*|${oneOf(ELLIPTIC_COUNTS)})\\s+(?:others\\s+)?[a-z]+ed(?:[,.;]|\\s+(?:${oneOf(PARTICIPLE_ENDS)})\\b|$))`,
  ].join('|'),
  'gi',
);
const ELLIPTIC = new RegExp(`^(?:${oneOf(ELLIPTIC_OPENERS)})\\s`, 'i');
const AUXILIARY = new RegExp(`^(?:${oneOf(AUXILIARIES)})\\s`, 'i');
const STARTERS = new Set(SUBJECT_STARTERS);
/** A clause shorter than this many words says too little to stand alone. */
const MIN_WORDS = 3;

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Does the text from `at` read as a clause: a subject of its own then a verb, a verb with its auxiliary, or an
 *  elliptic "as did X"? */
function opensClause(own: string, at: number, end: number, toks: Tok[]): boolean {
  const rest = own.slice(at, end);
  if (wordCount(rest) < MIN_WORDS) return false;
  if (ELLIPTIC.test(rest) || AUXILIARY.test(rest)) return true;
  const first = rest.match(/^[\p{L}\p{N}'’-]+/u)?.[0] ?? '';
  const subject = STARTERS.has(first.toLowerCase()) || /^[\p{Lu}\d]/u.test(first);
  if (!subject) return false;
  const from = firstFrom(toks, at);
  return from < toks.length && mainVerb(toks, from, firstFrom(toks, end)) >= 0;
}

/** The clauses of a sentence (offsets into `own`, the sentence with quotes blanked), or [] when it is one. */
export function clausesOf(own: string, toks: Tok[]): Span[] {
  const cuts: { end: number; next: number }[] = [];
  for (const m of own.matchAll(BREAK)) {
    const dropped = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    cuts.push({ end: m.index, next: m.index + dropped.length });
  }
  if (!cuts.length) return [];
  const out: Span[] = [];
  let start = own.length - own.trimStart().length;
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i]!;
    const nextEnd = cuts[i + 1]?.end ?? own.length;
    if (!opensClause(own, cut.next, nextEnd, toks) || wordCount(own.slice(start, cut.end)) < MIN_WORDS)
      continue;
    out.push({ start, end: cut.end });
    start = cut.next;
  }
  if (!out.length) return [];
  out.push({ start, end: own.trimEnd().replace(/[.!?"”’)\]]+$/, '').length });
  return out;
}
