// Head words of organisations' names that resolution reads: how a body may be named again in other words.

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
]);
