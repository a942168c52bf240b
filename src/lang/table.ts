// Word tables looked up with words read from untrusted text: "constructor", "toString" or "__proto__" in an article
// must find nothing, as any other unknown word does, never Object.prototype's members.

/** A lookup table without a prototype, frozen: `table[word]` is undefined for every word it does not list. */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  const out = Object.create(null) as Record<string, T>;
  for (const [k, v] of Object.entries(entries)) out[k] = v;
  return Object.freeze(out);
}
