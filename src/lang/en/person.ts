// The writer or speaker as a person: "I", "my", "we". "I" counts only as a word of its own: glued to a hyphen or a
// full stop it is a party tag, a road or a letter of an initialism ("I-Vt.", "I-95", "C.I.A."), not anyone speaking.
import { wordTable } from '../table.ts';

const SINGULAR_I = String.raw`(?<![\p{L}\p{M}\p{N}_.])(?:I['’](?:m|ve|d|ll)|I(?![\p{L}\p{M}\p{N}_.\-–]))`;
/** Word edges that know letters outside ASCII: "\b" would find "me" in "Bellôme" and "Jérôme". */
const START = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
const END = String.raw`(?![\p{L}\p{M}\p{N}_])`;

/** One person speaking: "I", "I'm", "my", "me", "myself", "mine". */
export const FIRST_PERSON_SINGULAR = new RegExp(
  `${SINGULAR_I}|${START}(?:[Mm]y|[Mm]e|[Mm]yself|[Mm]ine)${END}`,
  'u',
);

/** One person or a group speaking: the singular forms, and "we", "our", "us". */
export const FIRST_PERSON = new RegExp(
  `${SINGULAR_I}|${START}(?:[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|[Oo]urs|us)${END}`,
  'u',
);

/** Words that introduce someone as a relative of another person ("the president's daughter Ana Ruiz", "his
 *  wife, Eva Ruiz"): the two share a family name, so the family name alone may mean either. By gender. */
export const KIN_WORDS: Readonly<Record<'female' | 'male', readonly string[]>> = {
  female: ['daughter', 'wife', 'sister', 'mother', 'niece', 'granddaughter', 'grandmother', 'widow', 'aunt'],
  male: ['son', 'husband', 'brother', 'father', 'nephew', 'grandson', 'grandfather', 'widower', 'uncle'],
};

/** Honorifics that tell a person's gender: "Ms. Ruiz" is not her father. */
export const HONORIFIC_GENDER: Readonly<Record<string, 'female' | 'male'>> = wordTable({
  mr: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
});

/** Plain nouns news counts unnamed people by, before it knows the part they played: "three men", "two women". */
export const PLAIN_PEOPLE_NOUNS: readonly string[] = ['man', 'men', 'woman', 'women'];

/** Nouns for people by the part they played in a crime or an attack: "three robbers", "two gunmen". Another source
 *  may count the same people plainly ("three men"). */
export const OFFENDER_NOUNS: readonly string[] = [
  'robber',
  'thief',
  'thieves',
  'burglar',
  'gunman',
  'gunmen',
  'attacker',
  'assailant',
  'suspect',
  'raider',
  'intruder',
  'hijacker',
  'kidnapper',
  'bandit',
  'shooter',
  'perpetrator',
  'culprit',
  'looter',
  'assassin',
  'smuggler',
];
