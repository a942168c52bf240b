// <meta> lookup by name, property, itemprop or http-equiv (case-insensitive), values entity-decoded and trimmed.
import { decodeEntities } from '../../../model/html-entities.ts';
import { clean } from '../text.ts';

export type MetaIndex = Map<string, string[]>;

/** Indexes every <meta> of the page once: key → contents in page order. */
export function indexMeta(doc: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const content = m.getAttribute('content');
    if (!content) continue;
    const value = clean(decodeEntities(content));
    if (!value) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const keys = m.getAttribute(attr);
      if (!keys) continue;
      // property="og:title twitter:title" names several keys at once.
      for (const key of keys.toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const list = index.get(key) ?? [];
        list.push(value);
        index.set(key, list);
      }
    }
  }
  return index;
}

/** The first value among keys, in the order of preference given. */
export function firstMeta(index: MetaIndex, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = index.get(k)?.[0];
    if (v) return v;
  }
  return undefined;
}

export function allMeta(index: MetaIndex, keys: string[]): string[] {
  return keys.flatMap((k) => index.get(k) ?? []);
}
