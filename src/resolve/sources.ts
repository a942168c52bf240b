// Independence: near copies, a wire story rewritten around its lead, a shared wire credit and duplicates count as
// one source; a passage two articles share further down (a wire paragraph in otherwise separate reports) counts
// once claim by claim (assess/claims.ts), not here.
// Shingles of 8 words are indexed once per article, so the cost grows with text length, not with pairs of sentences.

import type { SourceGroup } from '../model/finding.ts';
import { pushTo } from '../model/list.ts';
import type { Extracted } from '../model/mention.ts';
import { DisjointSets } from '../model/sets.ts';
import { textWords } from './text.ts';

const N = 8;
/** A shared run this long (in words, quotes left out) opening both articles is a wire story rewritten around its
 *  lead: rewrites keep the lead sentence whole and reword the rest. */
const LEAD_RUN_WORDS = 20;
/** Words from an article's start within which its lead begins (after a headline, date and dateline). */
const LEAD_WITHIN = 30;
/** Share of the shorter article's shingles found in the other: a near copy. */
const NEAR_COPY = 0.5;
/** Share of the longer article's shingles found in the other: most of both texts is one copy (wire copy
 *  reprinted with its own lead or tail), so the later one is flagged as a copy, not only merged as a source. */
const COPY_SHARE = 0.4;
/** Articles one shingle may stand in before it is too common to pair them by (pairs cost its square). */
const MAX_SHARING = 64;
/** Fewer shared shingles than this is a shared phrase, not a copied article. */
const MIN_SHARED = 10;
const WIRE_CREDIT = /\((AP|Reuters|AFP|dpa|UPI|PA|ANI|IANS|PTI|EFE|ANSA)\)\s*[—–-]/;

/** Quoted words: outlets quote the same speaker independently, so quotes are no evidence of copying. */
const QUOTED = /[“"][^“”"\n]{0,1000}[”"]/g;

/** 8-word shingles as numeric hashes (word ids folded into a 52-bit polynomial hash: no strings per window). */
function shingles(text: string, vocab: Map<string, number>): number[] {
  const out: number[] = [];
  // Windows never span a quote: the text on each side of one is shingled apart.
  for (const part of text.split(QUOTED)) {
    const ids = textWords(part).map((w) => {
      let id = vocab.get(w);
      if (id === undefined) {
        id = vocab.size + 1;
        vocab.set(w, id);
      }
      return id;
    });
    for (let i = 0; i + N <= ids.length; i++) {
      let h = 0;
      for (let k = 0; k < N; k++) h = (h * 1000003 + ids[i + k]!) % 4503599627370449;
      out.push(h);
    }
  }
  return out;
}

/** Longest run, in words, of consecutive shingles both articles share that starts within LEAD_WITHIN words of
 *  the start of each. */
function leadRun(a: number[], b: number[]): number {
  const opening = new Map<number, number>();
  for (let j = 0; j < Math.min(b.length, LEAD_WITHIN); j++) if (!opening.has(b[j]!)) opening.set(b[j]!, j);
  let best = 0;
  for (let i = 0; i < Math.min(a.length, LEAD_WITHIN); i++) {
    const j = opening.get(a[i]!);
    if (j === undefined) continue;
    let n = 0;
    while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
    best = Math.max(best, n);
  }
  return best ? best + N - 1 : 0;
}

function wireCredit(text: string): string | null {
  const m = WIRE_CREDIT.exec(text.slice(0, 600));
  return m ? m[1]! : null;
}

/** A later article most of whose text another article of the story also carries. */
export interface CopyOf {
  doc: string;
  of: string;
  /** Share of the longer article's text that both carry. */
  share: number;
}

export interface SourceResolution {
  sources: SourceGroup[];
  sourceOf: Record<string, string>;
  copies: CopyOf[];
}

export function independentSources(extracted: Extracted[]): SourceResolution {
  const ids = extracted.map((x) => x.seg.doc.id);
  const joined = new DisjointSets(ids.length);
  const find = (i: number): number => joined.find(i);
  const reasons = new Map<number, string[]>();
  const join = (a: number, b: number, why: string): void => {
    const ra = find(a);
    const rb = find(b);
    const list = [...(reasons.get(ra) ?? []), ...(ra !== rb ? (reasons.get(rb) ?? []) : []), why];
    reasons.set(joined.union(ra, rb), list);
  };
  const vocab = new Map<string, number>();
  // A flagged duplicate joins its original below; its shingles would only count the same pairs again.
  const seqs = extracted.map((x) =>
    x.seg.doc.flags.some((f) => f.kind === 'duplicate-of') ? [] : shingles(x.seg.doc.text, vocab),
  );
  const index = new Map<number, number[]>();
  seqs.forEach((seq, i) => {
    for (const s of new Set(seq)) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });
  // Shingles shared per pair of articles, counted through the index (pairs that share nothing cost nothing).
  const sharedCount = new Map<number, number>();
  for (const list of index.values()) {
    // A run of words in very many articles is boilerplate or a mass reprint, counted through their other runs.
    if (list.length > MAX_SHARING) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * ids.length + list[y]!;
        sharedCount.set(key, (sharedCount.get(key) ?? 0) + 1);
      }
  }
  const sets = seqs.map((seq) => new Set(seq));
  const copyOf = new Map<number, { of: number; share: number }>();
  for (const key of [...sharedCount.keys()].sort((p, q) => p - q)) {
    const a = Math.floor(key / ids.length);
    const b = key % ids.length;
    const shared = sharedCount.get(key)!;
    const unique = Math.max(1, Math.min(sets[a]!.size, sets[b]!.size));
    const ofLonger = shared / Math.max(1, sets[a]!.size, sets[b]!.size);
    if (shared >= MIN_SHARED && ofLonger >= COPY_SHARE && !copyOf.has(b))
      copyOf.set(b, { of: copyOf.get(a)?.of ?? a, share: ofLonger });
    if (shared >= MIN_SHARED && shared / unique >= NEAR_COPY) {
      join(
        a,
        b,
        `${ids[a]} and ${ids[b]} are near copies (${Math.round((100 * shared) / unique)}% shared text)`,
      );
      continue;
    }
    if (shared < LEAD_RUN_WORDS - N + 1) continue;
    const run = leadRun(seqs[a]!, seqs[b]!);
    if (run >= LEAD_RUN_WORDS)
      join(a, b, `${ids[a]} and ${ids[b]} open on the same ${run} words (a wire story rewritten)`);
  }
  const credits = extracted.map((x) => wireCredit(x.seg.doc.text));
  credits.forEach((c, i) => {
    if (!c) return;
    const j = credits.indexOf(c);
    if (j < i) join(j, i, `${ids[j]} and ${ids[i]} both carry the (${c}) wire credit`);
  });
  extracted.forEach((x, i) => {
    for (const f of x.seg.doc.flags) {
      const j = f.kind === 'duplicate-of' && f.of ? ids.indexOf(f.of) : -1;
      if (j >= 0) join(j, i, `${ids[i]} is a duplicate of ${ids[j]}`);
    }
  });
  const groups = new Map<number, number[]>();
  ids.forEach((_, i) => {
    const r = find(i);
    pushTo(groups, r, i);
  });
  const sources: SourceGroup[] = [];
  const sourceOf: Record<string, string> = Object.create(null); // keyed by document ids, which may be any text
  [...groups.entries()].forEach(([root, members], k) => {
    const id = `S${k + 1}`;
    const docs = members.map((i) => ids[i]!);
    sources.push({ id, docs, reason: members.length > 1 ? (reasons.get(root) ?? []).join('; ') : null });
    for (const d of docs) sourceOf[d] = id;
  });
  const flagged = new Set(
    extracted.filter((x) => x.seg.doc.flags.some((f) => f.kind === 'duplicate-of')).map((x) => x.seg.doc.id),
  );
  const copies = [...copyOf.entries()]
    .filter(([b]) => !flagged.has(ids[b]!))
    .sort((p, q) => p[0] - q[0])
    .map(([b, c]) => ({ doc: ids[b]!, of: ids[c.of]!, share: c.share }));
  return { sources, sourceOf, copies };
}
