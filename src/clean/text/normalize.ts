// Character-level repairs that change no word: odd spaces, invisible characters, line endings.

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
const NB_HYPHEN = /[\u2010\u2011]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;

/** Normalises line endings and invisible characters, keeping tabs and runs of spaces (table layout needs them). */
export function normaliseLayout(s: string): string {
  return s.replace(LINE_BREAK, '\n').replace(INVISIBLE, '').replace(NB_HYPHEN, '-').normalize('NFC');
}

// Anything normaliseSpaces would change: one scan, no allocation, for the common case of nothing to do.
const UNTIDY = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]| {2}|^ | $/;

/** One line of prose: odd spaces become one plain space, ends trimmed. */
export function normaliseSpaces(s: string): string {
  return UNTIDY.test(s) ? s.replace(ODD_SPACE, ' ').replace(/ {2,}/g, ' ').trim() : s;
}

// A comma glued between two words (",if", "much,much"); digits ("1,000") and abbreviations ("U.S.,") are left.
const GLUED_COMMA = /(\p{Ll}),(?=\p{L})/gu;
// A sentence glued to the next one: ".No" after a lowercase word or a bracket (not "U.N.Ferry", not "St.Louis").
const GLUED_PERIOD = /(\p{Ll}{2}|\))\.(?=\p{Lu}\p{Ll})/gu;

const GLUED_COMMA_HINT = /[a-z\u00df-\u024f],[A-Za-z\u00c0-\u024f\u0370-\u04ff]|[\u0370-\u04ff],/;
const GLUED_PERIOD_HINT = /[a-z)\u00df-\u024f]\.[A-Z\u00c0-\u00de\u0100-\u024f\u0391-\u03a9\u0400-\u042f]/;

/** Restores the space a careless edit removed after a comma or a full stop. */
export function repairSpacing(s: string): string {
  // Cheap pre-checks without Unicode classes: most paragraphs have nothing to repair.
  const comma = GLUED_COMMA_HINT.test(s) ? s.replace(GLUED_COMMA, '$1, ') : s;
  return GLUED_PERIOD_HINT.test(comma) ? comma.replace(GLUED_PERIOD, '$1. ') : comma;
}
