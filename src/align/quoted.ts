// Claims that carry a quote other outlets also print: the words are one statement, so "Ruiz wrote that if the
// governor 'will not protect the dock workers' …" in one article and the bare quote in another tell one fact, that
// she said it. Claim groups holding one quote are joined, and an article that prints the quote only as a quote (no
// claim of its own there) joins the group with the sentence that quotes it.
import type { ClaimGroup, ClaimMember, QuoteGroup, QuoteMember } from '../model/finding.ts';
import { pushTo } from '../model/list.ts';
import type { Sentence } from '../model/segment.ts';
import { DisjointSets } from '../model/sets.ts';
import { contains, type Span, spanAt } from '../model/span.ts';
import { words } from './text.ts';

/** A quote shorter than this many words is a slogan or a phrase many say ("fake news"), not one statement. */
const MIN_QUOTE_WORDS = 5;

/** What align knows of each article: its text, its sentences in order and the kind of section at an offset. */
export interface QuotedSources {
  text: (doc: string) => string;
  sentences: (doc: string) => Sentence[];
  kindAt: (doc: string, at: number) => string;
  /** A resolved entity's name, by its id. */
  nameOf: (entity: string) => string | null;
}

/** Members of a quote group whose speakers do not contradict each other (one known speaker, or none known). */
function oneSpeaker(members: QuoteMember[]): boolean {
  return new Set(members.map((m) => m.speaker).filter((s) => s !== null)).size <= 1;
}

/** A claim member made of the sentence that prints the quote. */
function quoteSentence(m: QuoteMember, src: QuotedSources): ClaimMember | null {
  const s = spanAt(src.sentences(m.doc), m.q.span.start);
  if (!s) return null;
  const span: Span = { start: s.start, end: s.end };
  const sentence = src.text(m.doc).slice(s.start, s.end).trim();
  // A sentence that is only the quote says who said it nowhere: the claim names the speaker.
  const attributed = m.q.attribution !== null && contains(span, m.q.attribution);
  const speaker = (m.speaker ? src.nameOf(m.speaker) : null) ?? m.q.speakerText;
  return {
    doc: m.doc,
    c: {
      span,
      text: attributed || !speaker ? sentence : `${speaker} said: ${sentence}`,
      attribution: m.q.speakerText,
      hedges: [],
      subject: null,
      predicate: null,
      object: null,
      time: null,
      entities: [],
      sectionKind: src.kindAt(m.doc, s.start),
      keys: [],
    },
    entities: m.speaker ? [m.speaker] : [],
  };
}

/** The sentences that print one quote, one per article. */
function quoteClaim(members: QuoteMember[], src: QuotedSources): ClaimMember[] {
  const out: ClaimMember[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.doc)) continue;
    const member = quoteSentence(m, src);
    if (!member) continue;
    seen.add(m.doc);
    out.push(member);
  }
  return out;
}

export function joinQuotedClaims(
  groups: ClaimGroup[],
  quotes: QuoteGroup[],
  src: QuotedSources,
): ClaimGroup[] {
  // Which group each claim member is in, per article, by span: a quote finds the claim whose sentence holds it.
  const byDoc = new Map<string, { span: Span; group: number }[]>();
  groups.forEach((g, k) => {
    for (const m of g.members) pushTo(byDoc, m.doc, { span: m.c.span, group: k });
  });
  const holding = (m: QuoteMember): number | null =>
    byDoc.get(m.doc)?.find((c) => contains(c.span, m.q.span))?.group ?? null;
  const sets = new DisjointSets(groups.length);
  const docsOf = groups.map((g) => new Set(g.members.map((m) => m.doc)));
  const added: ClaimMember[][] = groups.map(() => []);
  // Quotes no claim carries: the sentences that print them, one per article, say that the speaker said it.
  const fresh: ClaimMember[][] = [];
  for (const q of quotes) {
    // Each article's own quoted words must be a statement: a short quote inside a longer one says too little.
    const members = q.members.filter((m) => words(m.q.text).length >= MIN_QUOTE_WORDS);
    if (new Set(members.map((m) => m.doc)).size < 2 || !oneSpeaker(members)) continue;
    const held = members.map(holding);
    const hits = [...new Set(held.filter((g) => g !== null).map((g) => sets.find(g)))];
    if (!hits.length) {
      fresh.push(quoteClaim(members, src));
      continue;
    }
    let target = hits.reduce((a, b) => Math.min(a, b));
    // Groups that quote it are one fact, unless both already hold an article (two of its sentences differ).
    for (const g of hits) {
      if (g === target || [...docsOf[g]!].some((d) => docsOf[target]!.has(d))) continue;
      const keep = sets.union(g, target);
      for (const d of docsOf[keep === g ? target : g]!) docsOf[keep]!.add(d);
      target = keep;
    }
    // Articles that print the quote with no claim of theirs around it join as the sentence that prints it.
    for (const [i, m] of members.entries()) {
      if (held[i] !== null || docsOf[target]!.has(m.doc)) continue;
      const member = quoteSentence(m, src);
      if (!member) continue;
      added[target]!.push(member);
      docsOf[target]!.add(m.doc);
    }
  }
  const out = new Map<number, ClaimMember[]>();
  groups.forEach((g, k) => {
    const root = sets.find(k);
    const members = out.get(root);
    const mine = [...g.members, ...added[k]!];
    if (!members) out.set(root, mine);
    else for (const m of mine) members.push(m);
  });
  return [...out.values(), ...fresh.filter((f) => f.length > 1)].map((members, k) => ({
    id: `C${k + 1}`,
    members,
  }));
}
