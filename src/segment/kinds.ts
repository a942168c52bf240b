// Section kinds: the heading's cue words decide first; the body (share of the author's own predictions,
// imperatives, questions, declared hypotheticals) decides when the heading says nothing.
import type { SectionKind } from '../model/segment.ts';

const HEADING_CUES: [SectionKind, RegExp][] = [
  [
    'hypothetical',
    /\b(?:hypothetical(?:ly)?|imagine|scenarios?|what if|illustrative|fictional|thought experiment|simulated|war ?games?)\b/i,
  ],
  [
    'reader-engagement',
    /\b(?:readers?['’]?s?['’]? (?:questions?|comments?|poll|letters?|views)|what do you think|tell us|your (?:views?|thoughts|say|questions|comments?|stories)|have your say|join the (?:discussion|conversation)|^comments?(?: \(\d+\))?$|ask (?:us|the \w+)|(?:share|send) (?:your|us))\b/i,
  ],
  [
    'advice',
    /\b(?:tips?|how to|advice|recommendations?|what (?:you|readers|policymakers) (?:can|should) do|checklist|best practices|dos and don['’]?ts|steps? (?:to|for)|policy alternatives|lessons? (?:learned|for))\b/i,
  ],
  [
    'opinion',
    /\b(?:opinion|op-?ed|editorial|commentary|analysis|perspective|viewpoint|column|my take|our take|(?:what|why) (?:this|it) means|takeaways?|verdict|bottom line|insights?|outlook|predictions?|forecast)\b/i,
  ],
  [
    'background',
    /\b(?:background|history|historical|context|timeline|backstory|explainer|what happened|how we got here|the story so far|recap|previously)\b/i,
  ],
];

// Verbs that open an instruction ("Use ...", "Consider ..."), for telling advice from reporting.
const IMPERATIVE_VERBS = new Set(
  (
    'accelerate adopt aim allow apply ask assess avoid balance be begin build buy call check choose compare ' +
    'consider consult contact create cut decide define demand develop document do double-check ensure engage ' +
    'establish expand explore find focus follow get give go have help identify implement improve include ' +
    'increase install invest join keep know learn leave let limit listen look make mitigate monitor move ' +
    'note open plan prepare prioritize prioritise protect provide push put read reduce remember report require ' +
    'research review save secure seek set share sign speak start stay stop strengthen support take talk tell ' +
    'test think track train treat try turn update use validate verify visit wait watch write'
  ).split(' '),
);
const FIRST_WORD = /^[\s"“'‘(]*([\p{L}]+)/u;
const AFTER_LABEL = /\s[–—-]\s+([\p{L}]+)/u;

/** True when the sentence (or the text after a "Label – " lead) opens with a bare verb of instruction. */
export function isImperative(s: string): boolean {
  const first = FIRST_WORD.exec(s)?.[1]?.toLowerCase();
  if (first && IMPERATIVE_VERBS.has(first) && !/^\S+\s+(?:is|are|was|were|has|have|of)\b/i.test(s.trim()))
    return true;
  const after = AFTER_LABEL.exec(s.slice(0, 80))?.[1]?.toLowerCase();
  return after !== undefined && IMPERATIVE_VERBS.has(after);
}

export interface BodyStats {
  sentences: number;
  opinion: number;
  prediction: number;
  imperative: number;
  question: number;
  hypothetical: number;
}

/** Kind from the heading's words, with the cue that decided it. */
export function headingKind(heading: string): { kind: SectionKind; cue: string } | null {
  for (const [kind, re] of HEADING_CUES) {
    const m = re.exec(heading);
    if (m) return { kind, cue: `heading:${m[0].toLowerCase()}` };
  }
  return null;
}

/** Kind from the body's sentence cues, with the share that decided it. */
export function bodyKind(b: BodyStats): { kind: SectionKind; cue: string } | null {
  const n = b.sentences;
  if (n === 0) return null;
  const share = (x: number): string => `${x}/${n}`;
  if (b.hypothetical / n >= 0.3)
    return { kind: 'hypothetical', cue: `hypothetical ${share(b.hypothetical)}` };
  if (b.question / n >= 0.5) return { kind: 'reader-engagement', cue: `questions ${share(b.question)}` };
  if (n >= 2 && b.imperative / n >= 0.5) return { kind: 'advice', cue: `imperatives ${share(b.imperative)}` };
  if (b.prediction >= 1 && b.opinion / n >= 0.2)
    return { kind: 'opinion', cue: `predictions ${b.prediction}` };
  if (n >= 2 && b.opinion / n >= 0.4) return { kind: 'opinion', cue: `first person ${share(b.opinion)}` };
  return null;
}
