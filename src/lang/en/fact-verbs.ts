// Verbs that make a sentence a checkable fact: a change of status (charged, resigned, destroyed) or a report
// of speech (said, denied). Lemmas of general English news usage; forms are generated, irregular ones listed.

import { wordTable } from '../table.ts';
import { SPEECH_LEMMAS } from './speech.ts';

/** Status and outcome verbs: what sources most often state differently about one event. */
export const STATUS_LEMMAS = [
  'arrest',
  'charge',
  'indict',
  'convict',
  'acquit',
  'sentence',
  'plead',
  'jail',
  'release',
  'detain',
  'accuse',
  'sue',
  'resign',
  'fire',
  'dismiss',
  'appoint',
  'nominate',
  'elect',
  'defeat',
  'win',
  'lose',
  'kill',
  'die',
  'injure',
  'wound',
  'hurt',
  'rescue',
  'evacuate',
  'destroy',
  'damage',
  'burn',
  'collapse',
  'explode',
  'attack',
  'strike',
  'shoot',
  'bomb',
  'launch',
  'raid',
  'seize',
  'steal',
  'rob',
  'sign',
  'veto',
  'pass',
  'approve',
  'reject',
  'block',
  'ban',
  'suspend',
  'cancel',
  'halt',
  'end',
  'close',
  'open',
  'agree',
  'refuse',
  'vote',
  'confirm',
  'deny',
  'admit',
  'announce',
  'declare',
  'designate',
] as const;

/** States a copula can report of a thing or an inquiry ("the inquiry is ongoing", "two crew are missing", "the
 *  hull remained intact"): checkable as an outcome is. Two-word states are written with a space. */
export const STATE_WORDS: readonly string[] = [
  'ongoing',
  'underway',
  'under way',
  'missing',
  'intact',
  'unharmed',
];

/** States that are also prepositions ("the fire was out", "the raid was over in minutes"): a state only where the
 *  clause ends or a time follows, never before an object ("was out of reach", "was over the limit"). */
export const END_STATE_WORDS: readonly string[] = ['out', 'over'];
/** Words after which such a state still ends its phrase: a time follows ("over in minutes", "out by 9am"). */
export const END_STATE_FOLLOWERS: readonly string[] = [
  'in',
  'within',
  'by',
  'after',
  'before',
  'soon',
  'quickly',
];

/** Words in -ing that are adjectives after "be" ("was stunning", "is worrying"): a judgement, not a verb in the
 *  progressive. */
export const ING_ADJECTIVES: readonly string[] = (
  'interesting amazing stunning shocking surprising astonishing disappointing encouraging worrying concerning ' +
  'troubling alarming frightening terrifying devastating heartbreaking outstanding striking exciting promising ' +
  'damning boring confusing misleading compelling convincing appalling disturbing embarrassing humiliating ' +
  'refreshing reassuring satisfying overwhelming underwhelming staggering startling sobering challenging ' +
  'demanding exhausting missing ongoing upcoming outgoing incoming remaining existing leading'
).split(' ');

/** Past and participle forms English spells irregularly, mapped to their lemma. */
const IRREGULAR: Record<string, string> = wordTable({
  said: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  won: 'win',
  lost: 'lose',
  died: 'die',
  dying: 'die',
  hurt: 'hurt',
  struck: 'strike',
  stricken: 'strike',
  shot: 'shoot',
  stole: 'steal',
  stolen: 'steal',
  pled: 'plead',
  burnt: 'burn',
  admitted: 'admit',
  admitting: 'admit',
  acquitted: 'acquit',
  acquitting: 'acquit',
  vetoes: 'veto',
});

/** Regular forms of a lemma: base, -s, -ed, -ing, with the common spelling changes. */
export function regularForms(lemma: string): string[] {
  const forms = [lemma];
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    forms.push(`${stem}ies`, `${stem}ied`, `${lemma}ing`);
  } else if (lemma.endsWith('e')) {
    forms.push(`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else {
    // One-syllable verbs ending consonant-vowel-consonant double it (ban → banned); longer ones are listed.
    const oneSyllable = (lemma.match(/[aeiou]+/g) ?? []).length === 1;
    const doubled = oneSyllable && /[^aeiou][aeiou][bdgmnprt]$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
    forms.push(/(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`, `${doubled}ed`, `${doubled}ing`);
  }
  return forms;
}

function formsOf(lemmas: readonly string[]): Map<string, string> {
  const known = new Set(lemmas);
  const out = new Map<string, string>();
  for (const l of lemmas) for (const f of regularForms(l)) out.set(f, l);
  for (const [f, l] of Object.entries(IRREGULAR)) if (known.has(l)) out.set(f, l);
  return out;
}

/** Lower-case surface form → lemma, for status verbs. */
export const STATUS_FORMS: ReadonlyMap<string, string> = formsOf(STATUS_LEMMAS);
/** Lower-case surface form → lemma, for speech verbs. */
export const SPEECH_FORMS: ReadonlyMap<string, string> = formsOf(SPEECH_LEMMAS);

/** Verbs that make a sentence a claim (extract/claims): events, changes of status, figures, and speech. Wider
 *  than the status verbs above; the claim finder was tuned with this list. */
export const CLAIM_FACT_LEMMAS: readonly string[] = (
  'say tell announce confirm report claim state deny conduct capture designate kill arrest sign reach launch ' +
  'target detain deploy approve reject condemn accuse order seize charge transfer label result die injure wound ' +
  'hurt investigate disagree strike attack invade raid bomb shoot destroy impose sanction extradite propose agree vote pass veto fire resign ' +
  'elect appoint nominate sue rule sentence convict acquit release free kidnap evacuate close open ban suspend ' +
  'cancel declare begin start end complete exceed rise fall increase decrease decline cut raise spend pay fund ' +
  'sell buy acquire invest earn lose win defeat indict direct meet visit call speak discuss host hold issue publish ' +
  'disclose leak stop block knock threaten warn demand urge plan authorize authorise intercept smuggle deport ' +
  'expel withdraw send dispatch station mobilize mobilise receive accept grant lift return flee escape damage ' +
  'collapse occur happen show indicate reveal find estimate record total cost oppose support criticize criticise ' +
  'dismiss oust replace respond signal intensify expand escalate bypass justify prohibit bar allow permit require ' +
  'destroy collaborate cooperate coordinate propose mark follow precede trigger prompt spark cause lead name ' +
  'classify blame suggest pursue develop prepare consider weigh review discuss resist prevent push face violate ' +
  'caution extend introduce enact adopt ratify renew build construct demolish reopen shut freeze hire ' +
  'employ evict jail imprison demonstrate execute hang protest rally strike storm occupy surround shell'
).split(' ');

/** Verbs whose past is written as their bare form ("the board cut the levy", "the quake hit the town"): after a
 *  singular subject that form is the past, as the present would be "cuts". */
export const PAST_AS_BARE: ReadonlySet<string> = new Set(
  'cut put set hit hurt let shut quit spread cost beat bid cast split shed burst upset broadcast forecast thrust'.split(
    ' ',
  ),
);
