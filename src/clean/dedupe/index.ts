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

/** For each document, the earlier original it copies (exactly, or at Jaccard >= NEAR_DUPLICATE), or null. */
export function findDuplicates(docs: Document[]): (Match | null)[] {
  const byHash = new Map<string, number>();
  const buckets = new Map<string, number[]>();
  const sets: Set<number>[] = [];
  const out: (Match | null)[] = [];
  docs.forEach((d, i) => {
    const set = shingles(normaliseForMatch(d.text));
    sets.push(set);
    const same = byHash.get(d.contentHash);
    if (same !== undefined) {
      out.push({ of: same, share: 1, exact: true });
      return;
    }
    byHash.set(d.contentHash, i);
    const keys = bandKeys(signature(set));
    const candidates = new Set<number>();
    for (const k of keys) for (const j of buckets.get(k) ?? []) candidates.add(j);
    let best: Match | null = null;
    let bestJaccard = 0;
    for (const j of [...candidates].sort((a, b) => a - b)) {
      const o = overlap(set, sets[j]!);
      if (o.jaccard >= NEAR_DUPLICATE && o.jaccard > bestJaccard) {
        best = { of: j, share: o.containment, exact: false };
        bestJaccard = o.jaccard;
      }
    }
    out.push(best);
    // Only originals enter the buckets: a copy of a copy points at the first text.
    if (!best) for (const k of keys) buckets.set(k, [...(buckets.get(k) ?? []), i]);
  });
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
