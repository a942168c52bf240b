// Head words of organisations' names that resolution reads: how a body may be named again in other words.

/** Words that make a capitalised run a document, law or programme ("Harbour Safety Act", "Fisheries Treaty"): the
 *  entity finder types such names "other", and resolution lets them outweigh an initialism's guess of a body. */
export const DOC_HEADS: ReadonlySet<string> = new Set(
  (
    'act acts treaty treaties convention charter constitution resolution doctrine accord accords agreement ' +
    'protocol law laws bill plan initiative report strategy declaration amendment'
  ).split(' '),
);

/** A firm's closing legal form, which news writes or leaves out at will: "Velder Holdings Ltd." is "Velder
 *  Holdings". Forms that are also common abbreviations of other things (SA, AG, NV) are left out. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'gmbh',
  'co',
]);

/** Heads of a government body's name that may stand before "of" or after the field: "Department of State". */
export const BODY_HEADS = new Set(['department', 'ministry', 'office', 'bureau', 'agency', 'secretariat']);

/** Head words a firm's name may drop once it has been named: "Ostrel Bank" is "Ostrel". */
export const FIRM_HEADS = new Set([
  'bank',
  'group',
  'company',
  'corporation',
  'corp',
  'airlines',
  'airways',
  'holdings',
  'hotel',
]);

/** Head words a body's name of three words or more may drop once named: "the Tarn Vale Magistrates" for "the Tarn
 *  Vale Magistrates' Court", "Velo Ferry" for "Velo Ferry Company". */
export const DROPPABLE_HEADS = new Set([...FIRM_HEADS, 'court', 'courts']);

/** Words between a firm's first word and its head that its name may drop: "Ostrel Investment Bank" is "Ostrel Bank",
 *  "the Velo Intercontinental Hotel" is "the Velo Hotel". */
export const FIRM_DESCRIPTORS = new Set([
  'investment',
  'international',
  'national',
  'commercial',
  'savings',
  'intercontinental',
  'grand',
  'global',
]);

/** Head words of newspapers' names, which news also uses alone for a paper it has named: "the Times", "the Post". */
export const PAPER_HEADS = new Set([
  'times',
  'post',
  'journal',
  'herald',
  'tribune',
  'gazette',
  'telegraph',
  'chronicle',
  'globe',
  'examiner',
  'inquirer',
]);

/** Last words of newspapers' full names that news never uses alone for the paper ("the Democrat" is a politician):
 *  "the Harbor Democrat", "the Velmor Courier", "the Evening Dispatch". */
export const PAPER_NAME_ENDS: readonly string[] = [
  'democrat',
  'courier',
  'dispatch',
  'sentinel',
  'enquirer',
  'courant',
];

/** What kind of body a name says it is, by its words: "Velmor Fire and Rescue" is a fire service, "the Harbor
 *  Gazette" a newspaper. Each kind: words one of which the name must hold, and head words it must end with (any
 *  head when empty). Read in order; the first kind that fits is the body's role. */
export const KINDS_BY_NAME: readonly { kind: string; holds: readonly string[]; heads: readonly string[] }[] =
  [
    {
      kind: 'fire service',
      holds: ['fire'],
      heads: ['rescue', 'service', 'department', 'brigade', 'authority'],
    },
    { kind: 'ambulance service', holds: ['ambulance'], heads: ['service', 'trust', 'authority'] },
    { kind: 'newspaper', holds: [], heads: [...PAPER_HEADS, ...PAPER_NAME_ENDS] },
    { kind: 'broadcaster', holds: ['tv', 'television', 'radio', 'broadcasting'], heads: [] },
  ];

/** Broadcasters news names without a word saying so: networks of many countries. */
export const BROADCASTERS = new Set([
  'bbc',
  'itv',
  'cnn',
  'cbs',
  'nbc',
  'abc',
  'pbs',
  'npr',
  'msnbc',
  'cnbc',
  'fox news',
  'sky news',
  'al jazeera',
  'euronews',
  'france 24',
  'deutsche welle',
  'rte',
  'cbc',
  'nhk',
  'kbs',
  'yonhap tv',
]);

/** Lower-case nouns news writes after the name of a band of criminals or fighters as part of how it names them:
 *  "the Velo Brothers gang", "the Norte cartel". */
export const BAND_NOUNS = new Set(['gang', 'cartel', 'militia', 'syndicate', 'mafia']);
