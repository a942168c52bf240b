// How English writes some country names in running text: with "the" ("the United States", "the Netherlands").

/** Country names (lower case, as roles are normalised) that take "the". */
export const COUNTRIES_WITH_THE = [
  'united states',
  'united kingdom',
  'united arab emirates',
  'netherlands',
  'philippines',
  'czech republic',
  'dominican republic',
  'central african republic',
  'democratic republic of the congo',
  'gambia',
  'bahamas',
  'maldives',
];
