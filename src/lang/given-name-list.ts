// The popular given names of the human-names package (female and male, in English, Italian, French, German,
// Spanish and Dutch), loaded on first use like the country data: most commands never type a name.
import { createRequire } from 'node:module';

const LISTS = ['En', 'It', 'Fr', 'De', 'Es', 'Nl'] as const;
type Lists = Record<`${'female' | 'male'}${(typeof LISTS)[number]}`, string[]>;

const requireLazy = createRequire(import.meta.url);
let given: Set<string> | null = null;

/** Whether a word is one of the popular given names, whatever else it may name. */
export function isPopularGivenName(word: string): boolean {
  if (!given) {
    const names = requireLazy('human-names') as Lists;
    given = new Set(LISTS.flatMap((l) => [...names[`female${l}`], ...names[`male${l}`]]));
  }
  return given.has(word);
}
