// A dispute needs the two values to stand in sentences that tell the same fact: "Four men rammed their car into
// the store" and "In 2008, three men emptied the stock of gems" both count men, but not the same men; "the
// election" of one sentence and of another may be two events. The sentences are compared by meaning (meaning.ts)
// with the compared values left out, since those are what differ.

import { MONTH_STEMS, WEEKDAY_ROOTS, WEEKDAY_STEMS } from '../lang/en/calendar.ts';
import { oneOf } from '../lang/pattern.ts';
import type { DateGroup, QuantityGroup } from '../model/finding.ts';
import { interval } from '../model/iso-days.ts';
import type { Span } from '../model/span.ts';
import { sharedMass, similarity, statementOf, type WeightedStatement, weigh } from './meaning.ts';
import { PROPERTY } from './quantities.ts';

/** Thresholds from which two sentences, their values left out, report one fact: a cosine, or the specific meaning
 *  they share (relative weights; see meaning.ts). Counts are grouped by what they count first, so their sentences
 *  need less; dates are grouped by loose event words, so theirs need more. */
const COUNT_CONTEXT = { cosine: 0.04, shared: 0.3 };
const DATE_CONTEXT = { cosine: 0.3, shared: 2.0 };
/** One article dating two sentences differently contradicts itself only when the sentences nearly repeat. */
const SAME_ARTICLE_DATES = { cosine: 0.5, shared: 3.5 };

/** Members compared per distinct value of a group, one per article. */
const PER_VALUE = 24;

const NUMBERS = /\d[\d,.]*/g;
// A weekday may be written whole, to its root ("Tues") or to its stem ("Tue").
const DATE_WORDS = new RegExp(
  `\\b(?:${oneOf(MONTH_STEMS)})[a-z]*\\.?|\\b(?:${oneOf([...WEEKDAY_ROOTS, ...WEEKDAY_STEMS])})(?:day)?\\b|\\b(?:today|yesterday|tomorrow|last|next|this|week|month|year|morning|afternoon|evening|night)\\b|\\d[\\d,.:/]*`,
  'gi',
);

interface Member {
  doc: string;
  sentence: Span;
  /** What is compared, as a comparable key: members with equal keys agree and need no check. */
  value: string;
}

type Threshold = typeof COUNT_CONTEXT;

/** For each group, whether two of its members from different articles and with different values tell one fact. */
function comparableGroups(
  groups: Member[][],
  texts: Map<string, string>,
  strip: RegExp,
  need: Threshold,
  withinArticle: boolean,
): boolean[] {
  const at = new Map<string, number>();
  const statements = [];
  const keyOf = (m: Member) => `${m.doc}@${m.sentence.start}`;
  for (const ms of groups) {
    if (!withinArticle && new Set(ms.map((m) => m.doc)).size < 2) continue;
    for (const m of ms) {
      if (at.has(keyOf(m))) continue;
      at.set(keyOf(m), statements.length);
      const text = (texts.get(m.doc) ?? '').slice(m.sentence.start, m.sentence.end).replace(strip, ' ');
      statements.push(statementOf(m.doc, text, []));
    }
  }
  const ws = weigh(statements);
  const within = withinArticle ? SAME_ARTICLE_DATES : need;
  const close = (a: WeightedStatement, b: WeightedStatement, t: Threshold): boolean =>
    // A sentence with no words besides its value gives no evidence against comparing.
    !a.terms.size || !b.terms.size || similarity(a, b) >= t.cosine || sharedMass(a, b).mass >= t.shared;
  return groups.map((all) => {
    // A few members per distinct value stand for the rest: copies of one sentence say the same.
    const perValue = new Map<string, number>();
    const seen = new Set<string>();
    const ms = all.filter((m) => {
      const n = perValue.get(m.value) ?? 0;
      const key = `${m.value}\u0000${m.doc}`;
      if (n >= PER_VALUE || seen.has(key)) return false;
      perValue.set(m.value, n + 1);
      seen.add(key);
      return true;
    });
    for (let i = 0; i < ms.length; i++)
      for (let j = i + 1; j < ms.length; j++) {
        const [a, b] = [ms[i]!, ms[j]!];
        if ((a.doc === b.doc && !withinArticle) || a.value === b.value) continue;
        if (a.doc === b.doc && a.sentence.start === b.sentence.start) continue;
        if (close(ws[at.get(keyOf(a))!]!, ws[at.get(keyOf(b))!]!, a.doc === b.doc ? within : need))
          return true;
      }
    return false;
  });
}

/** Marks each quantity group whose differing counts stand in sentences of one fact (`comparable`). */
export function markComparable(groups: QuantityGroup[], texts: Map<string, string>): QuantityGroup[] {
  const members = groups.map((g) =>
    g.members.map((m) => ({ doc: m.doc, sentence: m.q.sentence, value: `${m.q.qualifier} ${m.q.value}` })),
  );
  const ok = comparableGroups(members, texts, NUMBERS, COUNT_CONTEXT, false);
  // A property of the story's event (its magnitude, its depth, its distance from a place) is one fact by its name.
  const property = (g: QuantityGroup) =>
    g.members.every((m) => PROPERTY.has(m.q.keys[0] ?? '') && !m.q.keys.includes('other'));
  return groups.map((g, i) => ({ ...g, comparable: ok[i]! || property(g) }));
}

/** Marks each date group whose differing dates stand in sentences of one event (`comparable`). */
export function markComparableDates(groups: DateGroup[], texts: Map<string, string>): DateGroup[] {
  const members = groups.map((g) =>
    g.members.map((m) => {
      // A week or a holiday weekend is compared as the days it spans, not the month it falls in.
      const w = m.date.mention.within;
      return {
        doc: m.doc,
        sentence: m.date.mention.sentence,
        value: w ? interval(w) : (m.date.resolved ?? ''),
      };
    }),
  );
  // One article dating one event twice contradicts itself: its own sentences are compared too.
  const ok = comparableGroups(members, texts, DATE_WORDS, DATE_CONTEXT, true);
  return groups.map((g, i) => ({ ...g, comparable: ok[i]! }));
}
