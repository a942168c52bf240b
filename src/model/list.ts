// Arrays the finders build and then read in their hot loops. V8 gives the result of Array.prototype.map a packed
// elements kind while the calling function runs in the interpreter, and a holey one once TurboFan has inlined the
// map: every reader of such an array meets a new hidden class mid-run and is thrown out and compiled again
// (node --trace-deopt: "wrong map" at readers of map results). A loop of push gives one kind in both tiers.

/** xs mapped by f, as Array.prototype.map would (f gets each element and its index), always a packed array. */
export function mapList<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i] as T, i));
  return out;
}

/** Adds a value to the list a map keeps under a key, pushing in place: an index built by copying its list for
 *  every entry costs the square of its size. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
