// Sparse vectors as plain records (JSON-able), compared family by family: names, terms, numbers.
import { NAME, NUMBER, TERM } from './features.ts';

export type Vector = Record<string, number>;

export const FAMILIES = [NAME, TERM, NUMBER] as const;
export type Family = (typeof FAMILIES)[number];

export const familyOf = (key: string): Family => key.slice(0, 2) as Family;

// The hot loops tell a key's family by its first character: slicing the prefix would allocate a string per key.
const NAME_CODE = NAME.charCodeAt(0);
const TERM_CODE = TERM.charCodeAt(0);
const NUMBER_CODE = NUMBER.charCodeAt(0);

/** The heaviest `n` keys of `v`. */
export function topKeys(v: Vector, n: number): string[] {
  const keys = Object.keys(v);
  if (keys.length <= n) return keys;
  return keys.sort((a, b) => v[b]! - v[a]!).slice(0, n);
}

/** Keeps the heaviest `n` keys: a centroid stays small however many articles a story takes. */
export function prune(v: Vector, n: number): Vector {
  const out: Vector = {};
  for (const k of topKeys(v, n)) out[k] = v[k]!;
  return out;
}

/** Adds `w` times `b` into `a`, in place. */
export function addInto(a: Vector, b: Vector, w = 1): void {
  forgetShape(a);
  for (const k in b) a[k] = (a[k] ?? 0) + w * b[k]!;
}

/** Each family scaled to unit length, so that one family's size cannot drown another's. */
export function normaliseFamilies(v: Vector): Vector {
  const norms = familyNorms(v);
  const out: Vector = {};
  for (const k in v) {
    const c = k.charCodeAt(0);
    const n = c === NAME_CODE ? norms[NAME] : c === TERM_CODE ? norms[TERM] : norms[NUMBER];
    if (n > 0) out[k] = v[k]! / n;
  }
  return out;
}

/** Keys of each family in `v`. */
export function familySizes(v: Vector): Record<Family, number> {
  let names = 0;
  let terms = 0;
  let numbers = 0;
  for (const k in v) {
    const c = k.charCodeAt(0);
    if (c === NAME_CODE) names++;
    else if (c === TERM_CODE) terms++;
    else numbers++;
  }
  return { [NAME]: names, [TERM]: terms, [NUMBER]: numbers } as Record<Family, number>;
}

export function familyNorms(v: Vector): Record<Family, number> {
  let names = 0;
  let terms = 0;
  let numbers = 0;
  for (const k in v) {
    const w = v[k]!;
    const c = k.charCodeAt(0);
    if (c === NAME_CODE) names += w * w;
    else if (c === TERM_CODE) terms += w * w;
    else numbers += w * w;
  }
  return {
    [NAME]: Math.sqrt(names),
    [TERM]: Math.sqrt(terms),
    [NUMBER]: Math.sqrt(numbers),
  } as Record<Family, number>;
}

/** A vector's length and number of keys in each family. */
export interface Shape {
  norms: Record<Family, number>;
  sizes: Record<Family, number>;
  /** Its heaviest name key (who or where it is mostly about), or null when it names none. */
  lead: string | null;
  /** The years it gives (number keys 1900 to 2099). */
  years: string[];
}

/** A number key (NUMBER, '#:') of a year. */
const YEAR_KEY = /^#:(19|20)\d\d$/;

/** The year keys of `v`: a number from 1900 to 2099 is read as a year. */
export function yearKeys(v: Vector): string[] {
  const out: string[] = [];
  for (const k in v) if (k.charCodeAt(0) === NUMBER_CODE && YEAR_KEY.test(k)) out.push(k);
  return out;
}

/** The heaviest name key of `v`. */
export function leadName(v: Vector): string | null {
  let top: string | null = null;
  let w = 0;
  for (const k in v)
    if (k.charCodeAt(0) === NAME_CODE && v[k]! > w) {
      top = k;
      w = v[k]!;
    }
  return top;
}

const shapes = new WeakMap<Vector, Shape>();

/** The shape of a vector, computed once until it changes (every change goes through addInto or forgetShape). */
export function cachedShape(v: Vector): Shape {
  let n = shapes.get(v);
  if (!n) {
    n = { norms: familyNorms(v), sizes: familySizes(v), lead: leadName(v), years: yearKeys(v) };
    shapes.set(v, n);
  }
  return n;
}

export function forgetShape(v: Vector): void {
  shapes.delete(v);
}

/** Cosine of `a` and `b` within each family; null for a family one side lacks. Pass the smaller vector as `a`. */
export function familyCosines(
  a: Vector,
  b: Vector,
  na: Record<Family, number> = familyNorms(a),
  nb: Record<Family, number> = familyNorms(b),
): Record<Family, number | null> {
  let names = 0;
  let terms = 0;
  let numbers = 0;
  for (const k in a) {
    const w = b[k];
    if (w === undefined) continue;
    const c = k.charCodeAt(0);
    if (c === NAME_CODE) names += a[k]! * w;
    else if (c === TERM_CODE) terms += a[k]! * w;
    else numbers += a[k]! * w;
  }
  const dot = { [NAME]: names, [TERM]: terms, [NUMBER]: numbers } as Record<Family, number>;
  const cos = (f: Family): number | null => (na[f] > 0 && nb[f] > 0 ? dot[f] / (na[f] * nb[f]) : null);
  return { [NAME]: cos(NAME), [TERM]: cos(TERM), [NUMBER]: cos(NUMBER) } as Record<Family, number | null>;
}
