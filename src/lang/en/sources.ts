// Words that attribute a report to a source the article does not name. One list, read by the sentence cues
// (segment) and the article flag (assess).

/** Each pattern alone marks a sentence as resting on an unnamed source. */
export const UNNAMED_SOURCE: RegExp[] = [
  /\bspeaking on (?:the )?(?:condition of anonymity|background)\b/i,
  /\bon (?:the )?condition of anonymity\b/i,
  /\b(?:who|as they|because they|because he|because she) (?:was|were|is|are)? ?not authori[sz]ed to (?:speak|discuss|comment)\b/i,
  /\bnot authori[sz]ed to (?:speak|discuss|comment) (?:publicly|on the record)\b/i,
  /\b(?:asked|requested|declined) (?:not )?to be (?:named|identified)\b/i,
  /\bwho (?:asked|requested) anonymity\b/i,
  /\b(?:wish(?:ed|es)?|want(?:ed|s)?|asked|preferred) to remain (?:anonymous|unnamed)\b/i,
  /\b(?:sources?|people|officials?|persons?|those) (?:familiar with|with (?:direct )?knowledge of|briefed on)\b/i,
  /\bsources? close to\b/i,
  // "people close to the river" are residents, "people close to the talks" are unnamed sources.
  /\b(?:people|officials?|persons?) close to (?:the |his |her |their )?(?:[a-z]+ ){0,2}?(?:investigation|inquiry|probe|matter|talks|negotiations|discussions|case|family|government|administration|campaign|president|leadership|decision|deal|company|team|situation|process)\b/i,
  /\b(?:anonymous|unnamed|unidentified) (?:[a-z]+ )?(?:sources?|officials?|aides?|diplomats?|insiders?)\b/i,
  // "a police source said", "sources told": a source with no name, reporting.
  /\b(?:a|an|one|two|three|several|some|other) (?:[a-z]+ ){0,2}?sources? (?:said|says|say|told|tells|reported|confirmed|added|indicated)\b/i,
  /\bsources (?:said|say|told|tell|reported|confirmed)\b/i,
];

export const unnamedSource = (text: string): RegExpExecArray | null => {
  for (const re of UNNAMED_SOURCE) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
};
