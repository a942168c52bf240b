// Words that say nothing about which story an article tells: function words, reporting verbs, calendar words
// and titles. Story clustering (src/cluster/) leaves them out of its terms and names.
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS as WEEKDAY_LIST } from './en/calendar.ts';

/** English function words and newswire filler: in every article whatever the story. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against ago all almost also although always am among an and another any anyone
  anything are around as at back be became because become been before being below between both but by can
  cannot could did do does doing done down during each either else even ever every few for from further get
  gets getting go goes going gone got had has have having he her here hers herself him himself his how however
  i if in including into is it its itself just last least less let like likely made make makes many may me
  might more most much must my myself near nearly neither never new next no nor not now of off often on once
  one only or other others our ours ourselves out over own per perhaps put rather really same several she
  should since so some something still such than that the their theirs them themselves then there these they
  this those though through thus to too toward towards under until up upon us very via was we were what
  whatever when where whether which while who whom whose why will with within without would yet you your
  yours yourself yourselves according added adding asked called came come comes day days do told tell tells
  say says said saying week weeks year years time times today yesterday tomorrow month months people thing
  things way ways part well way take taken took want wanted see seen saw know known use used using think
  first second third two three four five six seven eight nine ten hundred thousand million billion percent
  mr mrs ms dr news report reported reports reporter reporters article update updated statement statements
  official officials source sources spokesman spokeswoman spokesperson including however while among amid
  s t don didn doesn isn wasn weren won wouldn couldn shouldn ve ll re m d n`.split(/\s+/),
);

/** Capitalised words that are not names: sentence openers, calendar words, titles and honorifics. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `${WEEKDAY_LIST.join(' ')} ${MONTHS.join(' ')} ${MONTH_ABBREVIATIONS.join(' ')} today
  mr mrs ms dr sir madam president vice prime minister secretary senator sen rep representative governor gov
  gen general col lt sgt chief judge justice officer director chairman chair ceo spokesman spokeswoman
  king queen prince princess pope saint st mount mt lake river street avenue
  the a an and but or if in on at for of to from by with as after before when while this that these those
  he she it they we you i his her its their our my your there here what who why how where which
  breaking update updated read more photo video watch advertisement related`.split(/\s+/),
);

/** Plural and inflection endings stripped, crudely, so that "strikes" and "strike" count as one term. */
export function stemWord(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('es') && /(ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Days of the week: reports of one event name the same day for it. */
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_LIST);
