// Given names, as evidence that a capitalised run names a person: "Ana Ruiz" once in an article, with no title,
// no speech verb and no later "Ruiz", is a person when "Ana" is a popular given name. Data: the human-names
// package (popular female and male names in English, Italian, French, German, Spanish and Dutch).
import { createRequire } from 'node:module';
import { capitalOf, countryNamed } from './places.ts';

const LISTS = ['En', 'It', 'Fr', 'De', 'Es', 'Nl'] as const;
type Lists = Record<`${'female' | 'male'}${(typeof LISTS)[number]}`, string[]>;

// Loaded on first use, like the country data: most commands never type a name.
const requireLazy = createRequire(import.meta.url);
let given: Set<string> | null = null;

function givenNames(): Set<string> {
  if (!given) {
    const names = requireLazy('human-names') as Lists;
    given = new Set(LISTS.flatMap((l) => [...names[`female${l}`], ...names[`male${l}`]]));
  }
  return given;
}

/** A popular given name that does not also name a country or a capital ("Georgia", "Jordan", "Paris"). */
export function isGivenName(word: string): boolean {
  return givenNames().has(word) && !countryNamed(word) && !capitalOf(word);
}
