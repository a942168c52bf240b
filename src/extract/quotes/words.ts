// Word lists and small phrase helpers shared by the attribution parsers. Lists are of English news usage,
// never of any one story.
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../lang/en/calendar.ts';
import { QUOTE_SPEECH_IRREGULAR, QUOTE_SPEECH_LEMMAS } from '../../lang/en/speech.ts';
import { CLAUSE_TITLE_ABBREVIATIONS } from '../../lang/en/titles.ts';

function inflections(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const forms = [lemma, `${stem}ing`];
  if (lemma.endsWith('y') && !/[aeiou]y$/.test(lemma))
    forms.push(`${lemma.slice(0, -1)}ied`, `${lemma.slice(0, -1)}ies`);
  else
    forms.push(
      lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`,
      /(s|sh|ch|x)$/.test(lemma) ? `${lemma}es` : `${lemma}s`,
    );
  return forms;
}

/** Surface form of a speech verb → its lemma. */
export const SPEECH_FORMS: Map<string, string> = new Map();
for (const l of QUOTE_SPEECH_LEMMAS) for (const f of inflections(l)) SPEECH_FORMS.set(f, l);
for (const [f, l] of Object.entries(QUOTE_SPEECH_IRREGULAR)) SPEECH_FORMS.set(f, l);

const LOWER_WORD = /[a-z]+/g;

/** Does the window hold a speech verb (or "according")? A cheap pre-check before tokenizing it. */
export function hasSpeechVerb(text: string, from: number, to: number): boolean {
  const window = text.slice(from, to);
  LOWER_WORD.lastIndex = 0;
  for (let m = LOWER_WORD.exec(window); m; m = LOWER_WORD.exec(window)) {
    if (SPEECH_FORMS.has(m[0]) || m[0] === 'according') return true;
  }
  return false;
}

/** Words that may stand between a speaker and the verb: "has said", "also told", "later wrote". */
export const AUX = new Set(
  'has have had is was were will would could also then later once again previously recently reportedly repeatedly publicly earlier further'.split(
    ' ',
  ),
);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'this', 'that']);

/** Words that end a noun phrase when walking backwards from a verb. */
export const NP_BREAK = new Set(
  'and but or which who whom whose what that when while as after before because if so since than then where with to of for by from in on at'.split(
    ' ',
  ),
);

/** Words a sentence-opening adverbial starts with: "In the wake of X, Smith said". */
export const LEADING_ADVERBIAL = new Set(
  'in on at after before during following despite when while as since amid asked speaking later earlier meanwhile however although though because if once unless whereas until'.split(
    ' ',
  ),
);

/** Words of a time phrase that opens a sentence before its comma ("Thursday night, the hospital said …"): never
 *  the speaker. A name that is also a month ("June Ortiz, the mayor, said") has a word that is not one of these. */
export const TIME_OPENER_WORDS = new Set([
  ...WEEKDAYS.map((d) => d.toLowerCase()),
  ...MONTHS.map((m) => m.toLowerCase()),
  ...'on by early late last this next night morning afternoon evening week weekend month year yesterday today tonight just only days hours weeks months years minutes moments earlier later ago shortly'.split(
    ' ',
  ),
]);

/** Status words that do not change whom a role reference means: "the former minister". */
export const ROLE_STATUS =
  /^(?:ex|former|then|acting|outgoing|incoming|current|sitting|interim|deputy)[-\s]*/i;

const ABBREV = new Set([
  ...CLAUSE_TITLE_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
  ...'no vs inc corp co jr sr u.s u.k u.n'.split(' '),
]);

/** Where the clause that ends at `end` begins: after the last sentence end inside [from, end). */
export function clauseStart(text: string, from: number, end: number): number {
  let start = from;
  const slice = text.slice(from, end);
  const re = /[.!?]["”’)]?\s+/g;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const word =
      /([A-Za-z.]+)$/.exec(slice.slice(Math.max(0, m.index - 6), m.index))?.[1]?.toLowerCase() ?? '';
    if (slice[m.index] === '.' && (ABBREV.has(word) || /^[a-z]$/.test(word))) continue;
    start = from + m.index + m[0].length;
  }
  return start;
}

/** Strips a trailing possessive: "Channel 9 News’" → "Channel 9 News", "Smith's" → "Smith". */
export function unPossessive(s: string): string {
  return s.replace(/['’]s?$/u, '');
}

export const isCapitalized = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);
