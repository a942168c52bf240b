// Steps of a process news dates one by one: a person is arrested, charged, indicted, pleads, is convicted and
// sentenced; an official is nominated, confirmed, sworn in, resigns or is fired. Two dates of different steps are
// two events, however alike the rest of their sentences.

/** Word stem (lower case, as written) → the step it names. */
const STEP_WORDS: [RegExp, string][] = [
  [/^arrest(?:ed|s)?$/, 'arrested'],
  [/^detained$/, 'arrested'],
  [/^charged$/, 'charged'],
  [/^indict(?:ed|ment|ments)?$/, 'indicted'],
  [/^plead(?:ed|s)?$|^pled$|^plea$/, 'pleaded'],
  [/^convict(?:ed|ion)$/, 'convicted'],
  [/^sentenc(?:ed|ing)$/, 'sentenced'],
  [/^acquit(?:ted|tal)$/, 'acquitted'],
  [/^nominat(?:ed|ion)$/, 'nominated'],
  [/^confirm(?:ed|ation)$/, 'confirmed'],
  [/^sworn$/, 'sworn in'],
  [/^resign(?:ed|ation)$/, 'resigned'],
  [/^(?:fired|ousted|dismissed|sacked)$/, 'fired'],
  [/^(?:elected|election)$/, 'elected'],
];

/** The steps a stretch of text names. */
export function stepsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^a-z]+/)) {
    if (w.length < 4) continue;
    for (const [re, step] of STEP_WORDS) if (re.test(w)) out.add(step);
  }
  return out;
}
