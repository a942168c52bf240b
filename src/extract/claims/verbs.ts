// Verbs that state a checkable event or fact ("captured", "signed", "killed"), and verbs that report speech
// ("said", "announced"). Every inflection maps back to its lemma, built once at load.
import { CLAIM_FACT_LEMMAS } from '../../lang/en/fact-verbs.ts';
import { CLAIM_REPORT_LEMMAS } from '../../lang/en/speech.ts';
import { wordTable } from '../../lang/table.ts';

const FACT_LEMMAS = CLAIM_FACT_LEMMAS;

const REPORT_LEMMAS = new Set(CLAIM_REPORT_LEMMAS);

const IRREGULAR: Record<string, string> = wordTable({
  said: 'say',
  told: 'tell',
  struck: 'strike',
  began: 'begin',
  begun: 'begin',
  shot: 'shoot',
  fell: 'fall',
  fallen: 'fall',
  rose: 'rise',
  risen: 'rise',
  held: 'hold',
  sold: 'sell',
  bought: 'buy',
  won: 'win',
  lost: 'lose',
  paid: 'pay',
  met: 'meet',
  led: 'lead',
  sent: 'send',
  spoke: 'speak',
  spoken: 'speak',
  found: 'find',
  fled: 'flee',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  wrote: 'write',
  written: 'write',
  froze: 'freeze',
  frozen: 'freeze',
});

const DOUBLE = new Set('occur commit permit refer admit control patrol'.split(' '));

function inflections(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const doubled = DOUBLE.has(lemma) || /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma);
  const past = lemma.endsWith('e')
    ? `${lemma}d`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : doubled
        ? `${lemma}${lemma.at(-1)}ed`
        : `${lemma}ed`;
  const third = /[^aeiou]y$/.test(lemma)
    ? `${lemma.slice(0, -1)}ies`
    : /(s|sh|ch|x|z)$/.test(lemma)
      ? `${lemma}es`
      : `${lemma}s`;
  const ing = doubled ? `${lemma}${lemma.at(-1)}ing` : `${stem}ing`;
  return [lemma, past, third, ing];
}

/** Surface form → lemma, for every fact and report verb. */
export const FACT_FORMS: Map<string, string> = new Map();
for (const l of [...FACT_LEMMAS, ...REPORT_LEMMAS]) for (const f of inflections(l)) FACT_FORMS.set(f, l);
for (const [f, l] of Object.entries(IRREGULAR)) FACT_FORMS.set(f, l);

/** Irregular past forms of everyday verbs outside the fact list: a sentence built on one still states an event. */
const OTHER_PAST = new Set(
  (
    'ran took went made gave got put set hit came saw broke drove stole threw wore tore swore swept kept left ' +
    'brought caught taught sought fought thought built bent lent spent sent stood understood overtook undertook ' +
    'became began blew drew flew grew knew overthrew rode rang sang sank stuck stung swung woke forbade forgave ' +
    'arose awoke bore burnt dealt dug fed felt hung laid lit meant slid split spread sprang tore upheld withheld'
  ).split(' '),
);
/** Words ending in -ed that are not verbs in news prose. */
const NOT_PAST = new Set(
  'need seed speed feed bed red shed breed creed greed hundred indeed naked sacred wicked'.split(' '),
);

/** A past-tense verb outside the fact list ("rammed", "stole"): the sentence reports an event all the same. */
export function isOtherPast(lower: string): boolean {
  if (OTHER_PAST.has(lower)) return true;
  return lower.length >= 5 && /[a-z]ed$/.test(lower) && !NOT_PAST.has(lower);
}

export const isReportVerb = (lemma: string): boolean => REPORT_LEMMAS.has(lemma);

/** Particles that belong to the verb: "reached out", "shut down", "carried out". */
export const PARTICLES = new Set(['out', 'up', 'down', 'off', 'back']);
