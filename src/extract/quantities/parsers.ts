// Ordered parsers: each reads one kind of number expression at a token; the first that reads wins.
import { currencyOf, type NumberReading, readNumber, SCALES } from '../../lang/numbers.ts';
import { wordTable } from '../../lang/table.ts';
import type { Qualifier } from '../../model/mention.ts';
import { candidate } from './candidate.ts';
import { clock } from './clock.ts';
import { tally } from './tally.ts';
import { type Token, touches } from './tokens.ts';

export type CandidateKind = 'count' | 'percent' | 'money' | 'range' | 'tally' | 'time';

/** A number expression found at tokens[first..last], before refiners decide what it counts. */
export interface Candidate {
  first: number;
  last: number;
  value: number;
  low?: number;
  high?: number;
  kind: CandidateKind;
  unit: string | null;
  ordinal: boolean;
  words: boolean;
  /** Token where the qualifier starts ("at least"), or `first` when there is none. */
  qFirst: number;
  /** Token after the trailing qualifier ("or more"), or last + 1. */
  qEnd: number;
  qualifier: Qualifier;
  about: string;
  keys: string[];
  /** Both sides of a vote tally ("61-38"), majority first. */
  tally?: [number, number];
}

/** Reads the number at a token once, however many parsers ask. */
export type NumAt = (i: number, money?: boolean) => NumberReading | null;
export type Parser = (toks: Token[], lowers: string[], i: number, num: NumAt) => Candidate | null;

function make(
  first: number,
  r: NumberReading,
  kind: CandidateKind,
  unit: string | null,
  last?: number,
): Candidate {
  return candidate(first, last ?? first + r.length - 1, r.value, kind, unit, r);
}

const PERCENT_WORDS = new Set(['percent', 'pct']);

/** Length of a percent sign or word after a number: "%", "percent", "per cent", "percentage points". */
function percentAfter(lowers: string[], j: number): number {
  const w = lowers[j];
  if (w === '%' || (w !== undefined && PERCENT_WORDS.has(w))) return 1;
  if (w === 'per' && lowers[j + 1] === 'cent') return 2;
  if (w === 'percentage' && (lowers[j + 1] === 'point' || lowers[j + 1] === 'points')) return 2;
  return 0;
}

/** "$800 billion", "€2bn", "£5m". */
export const money: Parser = (toks, _lowers, i, num) => {
  const t = toks[i];
  // "euro110 billion" (news agency style), "EUR110m": a currency word in lower case or a currency code glued to
  // the digits stands for its sign; "Euro2024" names a tournament.
  const glued =
    t?.kind === 'word' &&
    (t.text === t.lower || /^[A-Z]{3}$/.test(t.text)) &&
    touches(t, toks[i + 1]) &&
    toks[i + 1]?.kind === 'num';
  if (t?.kind !== 'sym' && !glued) return null;
  const unit = currencyOf(glued ? t.lower : t.text);
  if (!unit) return null;
  const r = num(i + 1, true);
  if (!r || r.ordinal || r.words) return null;
  // "US$20 million", "A$5m", "HK$3bn": the country letters glued to the sign belong to it.
  const prev = toks[i - 1];
  const code = prev && touches(prev, t) ? DOLLAR_PREFIX[prev.lower] : undefined;
  if (code && t.text === '$') {
    return make(i - 1, r, 'money', code, i + r.length);
  }
  return make(i, r, 'money', unit, i + r.length);
};
const DOLLAR_PREFIX: Record<string, string> = wordTable({
  us: 'USD',
  a: 'AUD',
  au: 'AUD',
  c: 'CAD',
  ca: 'CAD',
  hk: 'HKD',
  nz: 'NZD',
  s: 'SGD',
});

/** "800 billion dollars", "5 million euros". */
export const moneyWord: Parser = (_toks, lowers, i, num) => {
  // "30bn euros": a short scale before the currency word counts as it does after a sign.
  const r = num(i, true);
  if (!r || r.ordinal) return null;
  const w = lowers[i + r.length];
  const unit = w !== undefined && /^[a-z]/.test(w) ? currencyOf(w) : null;
  if (!unit) return null;
  return make(i, r, 'money', unit, i + r.length);
};

/** "20 to 30", "20-30", "between 20 and 30", with a shared scale ("2 to 3 million") or percent ("20-30%"). */
export const range: Parser = (toks, lowers, i, num) => {
  const between = lowers[i] === 'between';
  const start = between ? i + 1 : i;
  const a = num(start);
  if (!a || a.ordinal || a.low !== undefined) return null;
  const sep = start + a.length;
  const s = lowers[sep];
  const dash = s === '-' || s === '–' || s === '—';
  const ok = between
    ? s === 'and'
    : s === 'to' || (dash && touches(toks[sep - 1], toks[sep]) && touches(toks[sep], toks[sep + 1]));
  if (!ok) return null;
  const b = num(sep + 1);
  if (!b || b.ordinal || b.low !== undefined) return null;
  let low = a.value;
  const scaleWord = lowers[sep + b.length];
  const scale = scaleWord !== undefined && b.length > 1 ? SCALES[scaleWord] : undefined;
  if (scale !== undefined && a.length === 1 && low < scale) low *= scale;
  if (!(b.value > low)) return null;
  let last = sep + b.length;
  const pct = percentAfter(lowers, last + 1);
  const after = lowers[last + 1];
  const cur = !pct && after !== undefined && /^[a-z]/.test(after) ? currencyOf(after) : null;
  const kind: CandidateKind = pct ? 'percent' : cur ? 'money' : 'range';
  const c = make(i, { ...b, value: low }, kind, pct ? '%' : cur, last);
  last += pct || (cur ? 1 : 0);
  c.low = low;
  c.high = b.value;
  c.last = last;
  c.qEnd = last + 1;
  return c;
};

/** "97%", "12 percent", "3.5 percentage points". */
export const percent: Parser = (_toks, lowers, i, num) => {
  const r = num(i);
  if (!r || r.ordinal) return null;
  const n = percentAfter(lowers, i + r.length);
  if (!n) return null;
  return make(i, r, 'percent', '%', i + r.length + n - 1);
};

/** Any other number: digits, decimals, scaled ("1.5 million"), words ("twenty-one"), magnitudes ("tens of thousands"). */
export const plain: Parser = (_toks, _lowers, i, num) => {
  const r = num(i);
  return r ? make(i, r, 'count', null) : null;
};

export const PARSERS: readonly Parser[] = [clock, money, tally, range, percent, moneyWord, plain];

const STARTERS =
  /^(?:\d|[$€£¥₹]|a$|an$|half$|between$|tens$|dozens$|hundreds$|thousands$|millions$|billions$|euro$|eur$|usd$|gbp$)/;

/** Runs the parsers left to right; a token is skipped quickly unless it can start a number. */
export function parseAll(toks: Token[], lowers: string[]): Candidate[] {
  const out: Candidate[] = [];
  // Memo of readings by token index: undefined = not read yet.
  const memo: (NumberReading | null | undefined)[] = new Array(toks.length);
  const num: NumAt = (j, m = false) => {
    if (m) return readNumber(lowers, j, true);
    let r = memo[j];
    if (r === undefined) {
      r = readNumber(lowers, j);
      memo[j] = r;
    }
    return r;
  };
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    const maybe =
      t.kind === 'num' ||
      (t.kind === 'sym' ? STARTERS.test(t.lower) : STARTERS.test(t.lower) || isNumberWord(t.lower));
    let found: Candidate | null = null;
    if (maybe) {
      for (const p of PARSERS) {
        found = p(toks, lowers, i, num);
        if (found) break;
      }
    }
    if (found) {
      out.push(found);
      i = found.last + 1;
    } else i++;
  }
  return out;
}

const NUMBER_WORD =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)/;
const isNumberWord = (w: string): boolean => NUMBER_WORD.test(w);
