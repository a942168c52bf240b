// Copies within one batch of articles: the later copy keeps its place and is flagged, never removed.
import type { Context } from '../../context.ts';
import type { Document } from '../../model/document.ts';
import { type Issue, issue, type Result } from '../../model/issue.ts';
import { normaliseForMatch } from './hash.ts';
import { bandKeys, overlap, shingles, signature } from './minhash.ts';

export { contentHash, normaliseForMatch } from './hash.ts';

/** Jaccard similarity of word shingles from which two articles count as the same text. */
export const NEAR_DUPLICATE = 0.8;

interface Match {
  of: number;
  share: number;
  exact: boolean;
}

/** The date a document stated (metadata or its own text), for deciding which copy came first. */
const statedDate = (d: Document): string =>
  d.published && (d.publishedBasis === 'metadata' || d.publishedBasis === 'text') ? d.published : '\uffff';

/** Copies are judged in this order: earliest stated date first, then input order. */
function judgingOrder(docs: Document[]): number[] {
  const dates = docs.map(statedDate);
  return docs
    .map((_, i) => i)
    .sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : a - b));
}

/** For each document, the original it copies (exactly, or at Jaccard >= NEAR_DUPLICATE), or null. */
export function findDuplicates(docs: Document[]): (Match | null)[] {
  if (docs.length < 2) return docs.map(() => null);
  const byHash = new Map<string, number>();
  const buckets = new Map<string, number[]>();
  const sets: Set<number>[] = [];
  const out: (Match | null)[] = docs.map(() => null);
  const order = judgingOrder(docs);
  const rank = new Map(order.map((i, r) => [i, r]));
  for (const i of order) {
    const d = docs[i]!;
    const set = shingles(normaliseForMatch(d.text));
    sets[i] = set;
    const same = byHash.get(d.contentHash);
    if (same !== undefined) {
      out[i] = { of: same, share: 1, exact: true };
      continue;
    }
    byHash.set(d.contentHash, i);
    const keys = bandKeys(signature(set));
    const candidates = new Set<number>();
    for (const k of keys) for (const j of buckets.get(k) ?? []) candidates.add(j);
    let best: Match | null = null;
    let bestJaccard = 0;
    for (const j of [...candidates].sort((a, b) => rank.get(a)! - rank.get(b)!)) {
      const o = overlap(set, sets[j]!);
      if (o.jaccard >= NEAR_DUPLICATE && o.jaccard > bestJaccard) {
        best = { of: j, share: o.containment, exact: false };
        bestJaccard = o.jaccard;
      }
    }
    out[i] = best;
    // Only originals enter the buckets: a copy of a copy points at the first text.
    if (best) continue;
    for (const k of keys) {
      const bucket = buckets.get(k);
      if (bucket) bucket.push(i);
      else buckets.set(k, [i]);
    }
  }
  return out;
}

/** Flags each later copy with duplicate-of its original; order and documents are kept. */
export function markDuplicates(docs: Document[], _ctx: Context): Result<Document[]> {
  const matches = findDuplicates(docs);
  const issues: Issue[] = [];
  const value = docs.map((d, i) => {
    const m = matches[i];
    if (!m) return d;
    const orig = docs[m.of]!;
    const pct = Math.floor(m.share * 100);
    const evidence = `${pct}% of its text matches ${orig.id}${m.exact ? ' (identical text)' : ''}`;
    issues.push(issue('clean.duplicate', `${d.id} duplicates ${orig.id}: ${evidence}`, d.id, 'info'));
    return { ...d, flags: [...d.flags, { kind: 'duplicate-of' as const, of: orig.id, evidence }] };
  });
  return { value, issues };
}
