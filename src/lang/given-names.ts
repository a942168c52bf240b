// Given names, as evidence that a capitalised run names a person: "Ana Ruiz" once in an article, with no title,
// no speech verb and no later "Ruiz", is a person when "Ana" is a popular given name. Data: the human-names
// package (popular female and male names in English, Italian, French, German, Spanish and Dutch).
import { isPopularGivenName } from './given-name-list.ts';
import { capitalOf, countryNamed } from './places.ts';

/** A popular given name that does not also name a country or a capital ("Georgia", "Jordan", "Paris"). */
export function isGivenName(word: string): boolean {
  return isPopularGivenName(word) && !countryNamed(word) && !capitalOf(word);
}
