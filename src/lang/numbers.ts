// Numbers as news writes them: digits with separators, decimals, scale words, number words, orders of magnitude
// and ordinals. Token based, so both the quantity and the date finders read "Jan. eight" and "1.5 million" alike.
import { wordTable } from './table.ts';

export interface NumberReading {
  value: number;
  /** Orders of magnitude ("hundreds of thousands") give a range. */
  low?: number;
  high?: number;
  /** "third", "3rd": a position, not a count. */
  ordinal: boolean;
  /** Written in words ("twenty-one") rather than digits. */
  words: boolean;
  /** How many tokens were read. */
  length: number;
}

/** Every reading is built here, so that all have one shape (fields in one order, `low`/`high` always present):
 * the finders that read them stay monomorphic in V8 instead of being recompiled for each new shape. */
function reading(
  value: number,
  ordinal: boolean,
  words: boolean,
  length: number,
  low?: number,
  high?: number,
): NumberReading {
  return { value, low, high, ordinal, words, length };
}

const UNITS: Record<string, number> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS: Record<string, number> = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const ORDINALS: Record<string, number> = wordTable({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
});
/** Scale words; "bn", "m" and "k" only follow digits. */
export const SCALES: Record<string, number> = wordTable({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
});
const SHORT_SCALES: Record<string, number> = wordTable({
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  tr: 1e12,
});
/** Short scales that abbreviate nothing else. */
const ONLY_SCALES: Record<string, number> = wordTable({ mn: 1e6, bn: 1e9 });
/** Plural scale words name an order of magnitude: "thousands" is 1e3..1e4. */
const MAGNITUDES: Record<string, number> = wordTable({
  tens: 10,
  dozens: 24,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
});

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGIT_ORDINAL = /^(\d{1,4})(?:st|nd|rd|th)$/;

/** The value of one number word, cardinal or ordinal, hyphenated compounds included ("twenty-one", "thirty-first"). */
export function wordValue(word: string): { value: number; ordinal: boolean } | null {
  const w = word.toLowerCase();
  if (w in UNITS) return { value: UNITS[w] as number, ordinal: false };
  if (w in TENS) return { value: TENS[w] as number, ordinal: false };
  if (w in ORDINALS) return { value: ORDINALS[w] as number, ordinal: true };
  const dash = w.indexOf('-');
  if (dash > 0) {
    const tens = TENS[w.slice(0, dash)];
    const rest = w.slice(dash + 1);
    const unit = UNITS[rest];
    const ord = ORDINALS[rest];
    if (tens !== undefined && unit !== undefined && unit > 0 && unit < 10)
      return { value: tens + unit, ordinal: false };
    if (tens !== undefined && ord !== undefined && ord < 10) return { value: tens + ord, ordinal: true };
  }
  return null;
}

/** An ordinal's value, in words or digits: "third" → 3, "21st" → 21. */
export function ordinalValue(word: string): number | null {
  const m = DIGIT_ORDINAL.exec(word.toLowerCase());
  if (m) return Number(m[1]);
  const v = wordValue(word);
  return v?.ordinal ? v.value : null;
}

const lower = (t: string | undefined): string => (t ?? '').toLowerCase();

function readMagnitude(tokens: readonly string[], i: number): NumberReading | null {
  const t = tokens[i];
  if (t === undefined || t.length < 4 || !t.endsWith('s')) return null;
  const first = MAGNITUDES[t.toLowerCase()];
  if (first === undefined) return null;
  // "hundreds of thousands": the first word multiplies the second's order of magnitude.
  if (lower(tokens[i + 1]) === 'of') {
    const second = MAGNITUDES[lower(tokens[i + 2])];
    if (second !== undefined && second >= 1000) {
      const base = first === 24 ? 12 : first;
      const low = base * second;
      const high = first === 24 ? 100 * second : low * 10;
      return reading(low, false, true, 3, low, high);
    }
  }
  if (first === 10) return null; // bare "tens" is not a quantity
  const high = first === 24 ? 144 : first * 10;
  return reading(first, false, true, 1, first, high);
}

function readDigits(tokens: readonly string[], i: number, money: boolean): NumberReading | null {
  const t = tokens[i] ?? '';
  const c0 = t.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57)) return null;
  const cl = t.charCodeAt(t.length - 1);
  if (!(cl >= 48 && cl <= 57)) {
    const ord = DIGIT_ORDINAL.exec(t.toLowerCase());
    return ord ? reading(Number(ord[1]), true, false, 1) : null;
  }
  if (!DIGITS.test(t)) return null;
  let value = Number(t.includes(',') ? t.replace(/,/g, '') : t);
  let length = 1;
  // "$4.2-million" (a hyphen before a large scale word) reads as "$4.2 million".
  const hyphen = tokens[i + 1] === '-' && (SCALES[lower(tokens[i + 2])] ?? 0) >= 1e6 ? 1 : 0;
  const next = lower(tokens[i + 1 + hyphen]);
  // "m" and "k" after digits are scales only for money ("$5m"); elsewhere "5 m" is metres. "bn" and "mn" are
  // scales wherever they stand ("22.4bn of the loans").
  const scale = SCALES[next] ?? (money ? SHORT_SCALES[next] : ONLY_SCALES[next]);
  if (scale !== undefined) {
    value *= scale;
    length = 2 + hyphen;
    // "1.5 million" may go on: "2 hundred thousand".
    const again = SCALES[lower(tokens[i + 2])];
    if (scale === 100 && again !== undefined && again > 100) {
      value *= again;
      length = 3;
    }
  }
  return reading(round(value), false, false, length);
}

/** Parts a large number may be told as a share of its scale in: "a quarter of a million", "three quarters of a
 *  billion". */
const FRACTIONS: Record<string, number> = wordTable({ quarter: 1 / 4, quarters: 1 / 4 });

/** "a quarter of a million" (250,000), "three quarters of a million", "three-quarters of a billion". */
function readFractionOfScale(tokens: readonly string[], i: number): NumberReading | null {
  const first = lower(tokens[i]);
  const hyphen = first.split('-');
  // "three-quarters" is one token; "a quarter", "three quarters" are two
  const [countWord, partWord, at] =
    hyphen.length === 2 ? [hyphen[0]!, hyphen[1]!, i + 1] : [first, lower(tokens[i + 1]), i + 2];
  const part = FRACTIONS[partWord];
  if (part === undefined) return null;
  const word = countWord === 'a' || countWord === 'one' ? null : wordValue(countWord);
  const count = word === null ? 1 : word?.value;
  if (count === undefined || word?.ordinal) return null;
  if (lower(tokens[at]) !== 'of' || lower(tokens[at + 1]) !== 'a') return null;
  const s = SCALES[lower(tokens[at + 2])];
  return s !== undefined && s >= 1000 && count * part < 1
    ? reading(round(count * part * s), false, true, at + 3 - i)
    : null;
}

/** Number words: "three", "twenty-one", "one hundred and fifty", "a dozen", "two thousand", "half a million". */
function readWords(tokens: readonly string[], i: number): NumberReading | null {
  const c0 = (tokens[i] ?? '').charCodeAt(0);
  if (!((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90))) return null;
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let ordinal = false;
  const t0 = lower(tokens[j]);
  const fraction = readFractionOfScale(tokens, j);
  if (fraction) return fraction;
  if (t0 === 'half' && lower(tokens[j + 1]) === 'a') {
    const s = SCALES[lower(tokens[j + 2])];
    if (s !== undefined && s >= 1000) return reading(s / 2, false, true, 3);
    return null;
  }
  if (t0 === 'a' || t0 === 'an') {
    const n = lower(tokens[j + 1]);
    if (n === 'dozen') return reading(12, false, true, 2);
    if (SCALES[n] === undefined) return null;
    current = 1;
    seen = true;
    j++;
  }
  while (j < tokens.length) {
    const w = lower(tokens[j]);
    const v = wordValue(w);
    if (v && !ordinal) {
      // "twenty five" continues a tens word; "three four" does not.
      if (seen && current % 100 !== 0 && !(current % 10 === 0 && current >= 20 && v.value < 10)) break;
      current += v.value;
      seen = true;
      ordinal = v.ordinal;
      j++;
      continue;
    }
    const s = SCALES[w];
    if (s !== undefined && seen && !ordinal) {
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
      j++;
      if (lower(tokens[j]) === 'and' && wordValue(lower(tokens[j + 1]))) j++;
      continue;
    }
    if (w === 'dozen' && seen && !ordinal && current > 0 && current < 100) {
      current *= 12;
      j++;
      continue;
    }
    if (ORDINALS[w] !== undefined && seen && !ordinal && current % 100 === 0 && current > 0) {
      current += ORDINALS[w] as number;
      ordinal = true;
      j++;
      continue;
    }
    break;
  }
  if (!seen) return null;
  // "one hundred and" must not swallow the "and".
  return reading(total + current, ordinal, true, j - i);
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Reads the number that starts at tokens[i], if any. Tokens are words and digit groups ("1,234", "1.5", "3rd").
 * `money` lets short scales follow digits ("$5m", "€2bn").
 */
export function readNumber(tokens: readonly string[], i: number, money = false): NumberReading | null {
  return readMagnitude(tokens, i) ?? readDigits(tokens, i, money) ?? readWords(tokens, i);
}

const CURRENCY_SYMBOLS: Record<string, string> = wordTable({
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
});
const CURRENCY_WORDS: Record<string, string> = wordTable({
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
  rupees: 'INR',
  pesos: 'MXN',
  yuan: 'CNY',
});

/** ISO code for a currency sign or word: "$" → USD, "euros" → EUR. */
export function currencyOf(token: string): string | null {
  const t = token.toLowerCase();
  return CURRENCY_SYMBOLS[t] ?? CURRENCY_WORDS[t] ?? null;
}

const TOKEN = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?(?:st|nd|rd|th)?|[A-Za-z]+(?:-[A-Za-z]+)*|[$€£¥₹%]/g;

/** Whole-phrase reading, for tests and single cells: "1.5 million" → 1500000, "$800 billion" → 8e11 USD. */
export function parseNumberText(text: string): (NumberReading & { unit: string | null }) | null {
  const tokens = text.match(TOKEN) ?? [];
  let i = 0;
  let unit: string | null = null;
  if (tokens[0] !== undefined && currencyOf(tokens[0]) && !/^[a-z]/i.test(tokens[0])) {
    unit = currencyOf(tokens[0]);
    i = 1;
  }
  const r = readNumber(tokens, i, unit !== null);
  if (!r) return null;
  const after = tokens[i + r.length];
  if (after === '%' || lower(after) === 'percent') unit = '%';
  else if (after !== undefined && !unit) unit = CURRENCY_WORDS[lower(after)] ?? null;
  return { ...r, unit };
}
