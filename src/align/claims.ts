// Claims that state one fact across articles, found by meaning: IDF-weighted overlap of content words, resolved
// entities and numbers (see meaning.ts). Each claim joins the group of its best match in another article when
// they say enough of the same specific things; a group never drifts away from its first statement.
import { TIME_OF_DAY_WORDS } from '../lang/en/calendar.ts';
import { STATUS_LEMMAS } from '../lang/en/fact-verbs.ts';
import { NEGATED_VERB, NOBODY } from '../lang/en/negation.ts';
import type { ClaimGroup, ClaimMember } from '../model/finding.ts';
import {
  MeaningIndex,
  numbersClash,
  numbersIn,
  type Statement,
  sharedMass,
  similarity,
  statementOf,
  type WeightedStatement,
  weigh,
} from './meaning.ts';
import { KeyIndex, keysOf, stem } from './text.ts';

/** Cosine from which two sentences state the same fact (a paraphrase shares its rare words, a topic sentence
 *  shares only the story's common ones). */
export const SAME_FACT = 0.35;
/** ...or they share this much specific meaning (relative weights summed: about three uncommon terms) */
export const SHARED_MASS = 2.5;
/** ...in at least this many terms... */
const SHARED_TERMS = 3;
/** ...of which this many say what, not who: two sentences naming one official may tell two things he did. */
const WHAT_TERMS = 2;
/** ...and weigh more than one uncommon word (a shared word weighs at most ~0.85: another statement has it too). */
const WHAT_MASS = 1;
/** ...while still close as wholes: two long sentences about different parts of the story share terms too. */
const PARAPHRASE_COSINE = 0.2;
/** A member must also stay this close to the group's first statement: no chains of near neighbours. */
const TO_FIRST = 0.3;

/** ...or, for two sentences with one core (who did what: the same actor and outcome verb), this close. */
const CORE_COSINE = 0.1;

const OUTCOME_VERBS = new Set<string>(STATUS_LEMMAS);
/** Words that end an object's noun phrase: a preposition, a conjunction, a time word. */
const OBJECT_ENDS =
  /\s+(?:on|in|at|for|with|to|from|by|after|before|during|and|but|as|over|last|this|next|yesterday|today|earlier|later)\b/i;

/** A claim's core: the head of its subject, its outcome verb and the words of its object; null for a sentence
 *  whose verb is a copula or a verb of speech (those say too little on their own). */
interface Core {
  key: string;
  object: Set<string>;
}

/** "No one", "no-one", "No - one", "nobody", "none": one subject however it is spelt, never the count "one". */
const DENYING_SUBJECT = new RegExp(`(?:^|\\s)(?:${NOBODY}|none)$`, 'i');

function coreOf(m: ClaimMember): Core | null {
  const { subject, predicate, object } = m.c;
  if (!subject || !predicate || !OUTCOME_VERBS.has(predicate)) return null;
  const head = DENYING_SUBJECT.test(subject.trim())
    ? 'nobody'
    : subject
        .trim()
        .split(/\s+/)
        .at(-1)!
        .toLowerCase()
        .replace(/[^\p{L}\p{N}-]/gu, '');
  if (!head || head.length < 2) return null;
  // The object's own noun phrase: "the levy" of "the levy last month and then resigned"; none in "was hurt in
  // the blaze", whose words after the verb tell where, not what.
  const phrase = ` ${object ?? ''}`.split(OBJECT_ENDS)[0]!;
  return { key: `${head} ${stem(predicate)}`, object: new Set(keysOf(phrase)) };
}

/** Same actor, same outcome verb, objects that share a word (or one left unsaid). Opposite polarity never gets here:
 *  the same verb negated in one statement only is vetoed before any match. */
function sameCore(a: Core | null, b: Core | null): boolean {
  if (!a || !b || a.key !== b.key) return false;
  if (!a.object.size || !b.object.size) return true;
  for (const w of a.object) if (b.object.has(w)) return true;
  return false;
}

/** How strongly two statements state one fact (their cosine), or 0 when they do not: close as wholes, or a
 *  paraphrase sharing several specific terms. */
export function sameFact(a: WeightedStatement, b: WeightedStatement): number {
  const cos = similarity(a, b);
  if (cos < PARAPHRASE_COSINE) return 0; // far apart as wholes: neither way below can hold
  const shared = sharedMass(a, b);
  // However close, two sentences that share only whom they name do not state one fact.
  if (shared.whatTerms === 0) return 0;
  if (cos >= SAME_FACT) return cos;
  const paraphrase =
    shared.mass >= SHARED_MASS &&
    shared.terms >= SHARED_TERMS &&
    shared.whatTerms >= WHAT_TERMS &&
    shared.whatMass >= WHAT_MASS;
  return paraphrase ? cos : 0;
}

/** The clock times of a statement ("3:17"): one moment, so two sentences giving it tell of one happening. */
const timesOf = (s: Statement): string[] => s.numbers.filter((n) => n.includes(':'));

/** Cosine of two statements that give one clock time, when they are not far apart as wholes; else 0. */
function momentMatch(a: WeightedStatement, b: WeightedStatement, ta: string[], tb: string[]): number {
  return ta.some((t) => tb.includes(t)) ? closeAsWholes(a, b) : 0;
}

/** Their cosine, when two statements that share an anchor (a core, a clock time) are not far apart as wholes. */
function closeAsWholes(a: WeightedStatement, b: WeightedStatement): number {
  const cos = similarity(a, b);
  return cos >= CORE_COSINE ? cos : 0;
}

/** Cosine of two statements with one core, when they are not far apart as wholes; else 0. */
function coreMatch(a: WeightedStatement, b: WeightedStatement, ca: Core | null, cb: Core | null): number {
  return sameCore(ca, cb) ? closeAsWholes(a, b) : 0;
}

/** `list` less one of each of `drop`: a number written twice, once in a date, stays once. */
function without(list: string[], drop: string[]): string[] {
  const out = [...list];
  for (const d of drop) {
    const at = out.indexOf(d);
    if (at >= 0) out.splice(at, 1);
  }
  return out;
}

/** One key per word however it was cut: the claim's lemma "argue" and the text's stem "argu" of "argued". */
const root = (w: string): string => (w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w);

/** Words of the time of day, as keys cut like a statement's words: when, whatever the sentence says. */
const WHEN_WORDS = new Set(TIME_OF_DAY_WORDS.flatMap(keysOf).map((w) => root(w)));

export function alignClaims(members: ClaimMember[]): ClaimGroup[] {
  const statements = members.map((m) => {
    const s = statementOf(m.doc, m.c.text, m.entities);
    // The main verb's lemma meets its other tenses ("struck", "strikes"); every other word is cut by one stemmer.
    const verb = m.c.predicate ? keysOf(m.c.predicate) : [];
    const words = [...new Set([...s.words, ...verb].map(root))];
    // Who says so is not what is said: "…, the state emergency office said" shares no fact with another sentence
    // that office's spokesman gave.
    const who = [...(m.names ?? []), m.c.attribution ?? ''];
    // The day of "March 3" is that date, not a count of three.
    const numbers = m.written ? without(s.numbers, m.written.flatMap(numbersIn)) : s.numbers;
    const dateWords = [
      ...(m.written ?? []).flatMap(keysOf).map(root),
      ...words.filter((w) => WHEN_WORDS.has(w)),
    ];
    return { ...s, words, numbers, names: who.flatMap(keysOf).map(root), dates: m.dates, dateWords };
  });
  const ws = weigh(statements);
  const cores = members.map(coreOf);
  const times = statements.map(timesOf);
  const negated = members.map((m) => NEGATED_VERB.test(m.c.text));
  // Statements by core (the latest few of each, as every index here), so a paraphrase sharing only the story's
  // common words is still a candidate without a common core making the cost grow with the story.
  const byCore = new KeyIndex();
  // ...and by clock time: a time every statement of a small story gives is never among its rarest terms.
  const byTime = new KeyIndex();
  const index = new MeaningIndex(members.length);
  const groupOf: number[] = [];
  const groups: number[][] = [];
  const groupDocs: Set<string>[] = [];
  // Two sentences giving different counts are not one fact corroborated: the quantities compare them.
  ws.forEach((w, i) => {
    let best = -1;
    let bestSim = 0;
    const core = cores[i]!;
    const candidates = new Set([
      ...index.candidates(w),
      ...(core ? byCore.candidates([core.key]) : []),
      ...(times[i]!.length ? byTime.candidates(times[i]!) : []),
    ]);
    for (const j of candidates) {
      if (members[j]!.doc === members[i]!.doc) continue;
      if (numbersClash(statements[i]!, statements[j]!)) continue;
      // "Vetoed" and "did not veto" are one fact told two ways: a dispute, never a corroboration.
      if (
        negated[i] !== negated[j] &&
        members[i]!.c.predicate &&
        members[i]!.c.predicate === members[j]!.c.predicate
      )
        continue;
      const s =
        sameFact(w, ws[j]!) ||
        coreMatch(w, ws[j]!, core, cores[j]!) ||
        momentMatch(w, ws[j]!, times[i]!, times[j]!);
      const g = groupOf[j]!;
      if (!s || s <= bestSim) continue;
      if (groups[g]!.length > 1 && sameFact(w, ws[groups[g]![0]!]!) < TO_FIRST) continue;
      if (groupDocs[g]!.has(members[i]!.doc)) continue;
      best = g;
      bestSim = s;
    }
    if (best < 0) {
      best = groups.length;
      groups.push([]);
      groupDocs.push(new Set());
    }
    groups[best]!.push(i);
    groupDocs[best]!.add(members[i]!.doc);
    groupOf[i] = best;
    index.add(i, w);
    if (core) byCore.add(i, [core.key]);
    if (times[i]!.length) byTime.add(i, times[i]!);
  });
  return groups.map((g, k) => ({ id: `C${k + 1}`, members: g.map((i) => members[i]!) }));
}
