// Claims with the same subject, predicate and object, or the same content words, across articles. Each claim
// joins the group of its best match (no chaining through weak links); very common words do not block.
import type { ClaimGroup, ClaimMember } from '../model/finding.ts';
import { KeyIndex, keysOf, stem, words } from './text.ts';

interface C {
  keys: Set<string>;
  triple: string | null;
}

const norm = (s: string | null): string => (s ? words(s).map(stem).join(' ') : '');

function prep(m: ClaimMember): C {
  const c = m.c;
  const keys = new Set([...c.keys.map((k) => stem(k.toLowerCase())), ...keysOf(c.text)]);
  const triple =
    c.subject && c.predicate && c.object ? `${norm(c.subject)}|${norm(c.predicate)}|${norm(c.object)}` : null;
  return { keys, triple };
}

/** Share of the smaller claim's words found in the other, or 1 for equal subject/predicate/object. */
export function claimSimilarity(a: { keys: Set<string>; triple: string | null }, b: typeof a): number {
  if (a.triple && a.triple === b.triple) return 1;
  let n = 0;
  for (const k of a.keys) if (b.keys.has(k)) n++;
  const small = Math.min(a.keys.size, b.keys.size);
  if (n < 3 || !small) return 0;
  // A short claim inside a long sentence that merely mentions its words is not the same claim.
  if (n / Math.sqrt(a.keys.size * b.keys.size) < 0.4) return 0;
  return n / small;
}

const NEEDED = 0.6;

export function alignClaims(members: ClaimMember[]): ClaimGroup[] {
  const cs = members.map(prep);
  const index = new KeyIndex();
  const groupOf: number[] = [];
  const groups: number[][] = [];
  // Words in more than a third of the claims (the story's own subject) say nothing about which claim it is.
  const common = Math.max(8, Math.ceil(members.length / 3));
  cs.forEach((c, i) => {
    let best = -1;
    let bestSim = 0;
    for (const j of index.candidates(c.keys, common)) {
      const s = claimSimilarity(c, cs[j]!);
      if (s >= NEEDED && s > bestSim) {
        best = groupOf[j]!;
        bestSim = s;
      }
    }
    if (best < 0) {
      best = groups.length;
      groups.push([]);
    }
    groups[best]!.push(i);
    groupOf[i] = best;
    index.add(i, c.keys);
  });
  return groups.map((g, k) => ({ id: `C${k + 1}`, members: g.map((i) => members[i]!) }));
}
