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
export function topKeys(v: Vector, n: number): readonly string[] {
  const known = tops.get(v);
  if (known?.n === n) return known.keys;
  const keys = heaviest(v, n);
  tops.set(v, { n, keys });
  return keys;
}

function heaviest(v: Vector, n: number): string[] {
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

/** `fn`'s result with `b`'s weight taken out of `a`; then `a` is put back bit for bit, with what was computed of it
 * (adding the weight back would leave a float's last bits changed, and the story a row to write again). */
export function without<T>(a: Vector, b: Vector, fn: () => T): T {
  const shape = shapes.get(a);
  const top = tops.get(a);
  const saved: [string, number | undefined][] = [];
  for (const k in b) saved.push([k, a[k]]);
  addInto(a, b, -1);
  try {
    return fn();
  } finally {
    for (const [k, w] of saved)
      if (w === undefined) delete a[k];
      else a[k] = w;
    forgetShape(a);
    if (shape) shapes.set(a, shape);
    if (top) tops.set(a, top);
  }
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
  /** Its keys in iteration order, with their weights and family slots: the cosine loops read these arrays
   * instead of walking the record, which for a large record collects and orders its keys on every walk. */
  keys: string[];
  weights: Float64Array;
  slots: Uint8Array;
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

// Family slots of a shape's keys (anything neither a name nor a term counts as a number, as in familyNorms).
const NAME_SLOT = 0;
const TERM_SLOT = 1;
const NUMBER_SLOT = 2;

/** A vector's shape in one walk over its keys: the same sums, in the same order, as familyNorms and the rest. */
export function shapeOf(v: Vector): Shape {
  const keys = Object.keys(v);
  const weights = new Float64Array(keys.length);
  const slots = new Uint8Array(keys.length);
  const squares = [0, 0, 0];
  const counts = [0, 0, 0];
  let lead: string | null = null;
  let leadWeight = 0;
  const years: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const w = v[k]!;
    const c = k.charCodeAt(0);
    const slot = c === NAME_CODE ? NAME_SLOT : c === TERM_CODE ? TERM_SLOT : NUMBER_SLOT;
    weights[i] = w;
    slots[i] = slot;
    squares[slot] = squares[slot]! + w * w;
    counts[slot] = counts[slot]! + 1;
    if (slot === NAME_SLOT && w > leadWeight) {
      lead = k;
      leadWeight = w;
    }
    if (c === NUMBER_CODE && YEAR_KEY.test(k)) years.push(k);
  }
  return {
    norms: bySlot(squares.map(Math.sqrt)),
    sizes: bySlot(counts),
    lead,
    years,
    keys,
    weights,
    slots,
  };
}

const bySlot = <T>(v: T[]): Record<Family, T> =>
  ({ [NAME]: v[NAME_SLOT], [TERM]: v[TERM_SLOT], [NUMBER]: v[NUMBER_SLOT] }) as Record<Family, T>;

const shapes = new WeakMap<Vector, Shape>();
/** The heaviest keys of a vector last asked for (topKeys), until it changes. */
const tops = new WeakMap<Vector, { n: number; keys: string[] }>();

/** The shape of a vector, computed once until it changes (every change goes through addInto or forgetShape). */
export function cachedShape(v: Vector): Shape {
  let n = shapes.get(v);
  if (!n) {
    n = shapeOf(v);
    shapes.set(v, n);
  }
  return n;
}

/** A vector changed in place: what was computed of it no longer holds. */
export function forgetShape(v: Vector): void {
  shapes.delete(v);
  tops.delete(v);
}

/** Cosine of `a` and `b` within each family; null for a family one side lacks. Pass the smaller vector as `a`. */
export function familyCosines(
  a: Vector,
  b: Vector,
  sa: Shape = cachedShape(a),
  nb: Record<Family, number> = familyNorms(b),
): Record<Family, number | null> {
  const dots = [0, 0, 0];
  const { keys, weights, slots } = sa;
  for (let i = 0; i < keys.length; i++) {
    const w = b[keys[i]!];
    if (w === undefined) continue;
    const slot = slots[i]!;
    dots[slot] = dots[slot]! + weights[i]! * w;
  }
  const na = sa.norms;
  const cos = (f: Family, dot: number): number | null =>
    na[f] > 0 && nb[f] > 0 ? dot / (na[f] * nb[f]) : null;
  return {
    [NAME]: cos(NAME, dots[NAME_SLOT]!),
    [TERM]: cos(TERM, dots[TERM_SLOT]!),
    [NUMBER]: cos(NUMBER, dots[NUMBER_SLOT]!),
  } as Record<Family, number | null>;
}
