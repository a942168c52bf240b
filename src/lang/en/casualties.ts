// Casualty and other event words of counts: what happened to the people a number counts (killed, injured,
// arrested, displaced, missing). Read by the quantity finder, alignment and the dispute checks. Each list is
// named for the rule that reads it: they differ in scope, and each was tuned with its rule.
import { wordTable } from '../table.ts';

/** Word starts of each thing a count may measure, in the order they are tried: "killed", "the wounded". */
export const MEASURE_STEMS: Readonly<Record<string, readonly string[]>> = wordTable({
  dead: ['kill', 'dead', 'death', 'die', 'died', 'fatalit', 'fatal', 'murder', 'slain', 'perish', 'toll'],
  hurt: ['injur', 'wound', 'hurt', 'casualt', 'hospital'],
  held: ['arrest', 'detain', 'captur', 'jail', 'imprison', 'held'],
  missing: ['missing', 'disappear'],
  moved: ['displac', 'evacuat', 'flee', 'fled', 'refugee'],
});

/** Word starts of counts that grow as a story unfolds: tolls, the injured, the missing, arrests, the displaced. */
export const RUNNING_COUNT_STEMS: readonly string[] = [
  'kill',
  'dead',
  'death',
  'die',
  'toll',
  'fatalit',
  'injur',
  'wound',
  'hurt',
  'casualt',
  'missing',
  'arrest',
  'detain',
  'displac',
  'evacuat',
  'victim',
  'rescu',
];

/** Words a sentence reports casualties with: "12 killed", "no deaths" (after a denial is taken out). */
export const CASUALTY_WORDS: readonly string[] = [
  'killed',
  'dead',
  'deaths',
  'death',
  'died',
  'fatalities',
  'casualties',
  'injured',
  'hurt',
  'wounded',
];

/** Casualty words a denial names: "no one was killed", "no civilian casualties", "no injuries". */
export const DENIED_CASUALTY_WORDS: readonly string[] = [
  'killed',
  'hurt',
  'injured',
  'dead',
  'deaths',
  'casualties',
  'injuries',
  'fatalities',
];

/** Verbs whose object is the count itself when no noun follows: "kills at least 4," counts the dead. */
export const COUNTED_BY_VERB: Readonly<Record<string, [string, string]>> = wordTable({
  kill: ['dead', 'death'],
  kills: ['dead', 'death'],
  killed: ['dead', 'death'],
  killing: ['dead', 'death'],
  injure: ['injured', 'injury'],
  injures: ['injured', 'injury'],
  injured: ['injured', 'injury'],
  injuring: ['injured', 'injury'],
  wounded: ['injured', 'injury'],
  wounding: ['injured', 'injury'],
  arrested: ['arrested', 'arrest'],
  detained: ['arrested', 'arrest'],
  evacuated: ['evacuated', 'evacuation'],
});

/** Words that say what happened to the counted, whatever noun the article uses: "killed 12", "12 people dead". */
export const EVENT_KEYS: Readonly<Record<string, string>> = wordTable({
  killed: 'death',
  kills: 'death',
  killing: 'death',
  toll: 'death',
  dead: 'death',
  died: 'death',
  deaths: 'death',
  death: 'death',
  fatalities: 'death',
  injured: 'injury',
  injuring: 'injury',
  wounded: 'injury',
  wounding: 'injury',
  injuries: 'injury',
  arrested: 'arrest',
  detained: 'arrest',
  arrests: 'arrest',
  displaced: 'displaced',
  evacuated: 'evacuation',
  evacuation: 'evacuation',
  missing: 'missing',
});

/** How people died, as news words it: cause → the phrases that say it. Two sources giving two causes for one set
 *  of deaths disagree ("died of burns" against "died of smoke inhalation"). */
export const DEATH_CAUSES: Record<string, RegExp> = wordTable({
  'burned to death': /\b(?:burn(?:ed|t) (?:to death|alive)|died (?:of|from) (?:their |his |her )?burns)\b/i,
  'suffocated by smoke':
    /\b(?:suffocat(?:ed|ion)|asphyxiat(?:ed|ion)|choked on (?:the |thick |toxic )?(?:smoke|fumes)|smoke inhalation|overcome by (?:smoke|fumes))\b/i,
  'shot dead':
    /\b(?:shot (?:dead|to death)|shot and killed|died (?:of|from) (?:a |multiple )?gunshot wounds?)\b/i,
  'stabbed to death': /\b(?:stabbed to death|died (?:of|from) (?:stab|knife) wounds?)\b/i,
  drowned: /\bdrown(?:ed|ing)\b/i,
  'crushed to death': /\b(?:crushed to death|trampled to death|crushed under)\b/i,
  'beaten to death': /\bbeaten to death\b/i,
});
