// Titles and honorifics written short with a full stop before a name ("Sen.", "Lt. Col.", "Jr."). The lists
// differ by rule on purpose: each rule was tuned with its own, and a wider list would change what it finds.

/** Short titles a sentence never ends after (segment): "Mr. Roe", "Cpl. Dunn", "Supt. Ray". The widest list. */
export const SENTENCE_TITLE_ABBREVIATIONS: readonly string[] =
  'mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st sr jr hon pres supt det insp brig cpl pvt const'.split(
    ' ',
  );

/** Short titles whose full stop stays with the word in a name (entities): "Gen.", "Rev.", "Jr.". */
export const NAME_TITLE_ABBREVIATIONS: readonly string[] =
  'mr mrs ms dr gen lt col maj capt sgt adm gov sen rep rev prof st jr sr'.split(' ');

/** Short titles that do not end a quote's attribution clause (quote clause start): "Sgt.", "Capt.". */
export const CLAUSE_TITLE_ABBREVIATIONS: readonly string[] =
  'mr mrs ms dr st gen sen rep gov lt col sgt capt prof maj cmdr adm det insp supt const cpl pvt brig'.split(
    ' ',
  );

/** Short titles a quote's attribution sentence does not end after (quote attribution): "Gov.", "Jr.". */
export const ATTRIBUTION_TITLE_ABBREVIATIONS: readonly string[] =
  'mr mrs ms dr st gen sen rep gov lt col prof jr sr sgt capt maj cmdr adm det insp supt const cpl pvt brig'.split(
    ' ',
  );
