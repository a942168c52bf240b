// Independence: near copies, shared wire copy and duplicates count as one source. Shingles of 8 words are
// indexed once per article, so the cost grows with text length, not with pairs of sentences.
import type { SourceGroup } from '../model/finding.ts';
import type { Extracted } from '../model/mention.ts';
import { textWords } from './text.ts';

const N = 8;
/** A shared run this long (in words) is copied text, not coincidence. */
const RUN_WORDS = 30;
/** Share of the shorter article's shingles found in the other: a near copy. */
const NEAR_COPY = 0.5;
/** Fewer shared shingles than this is a shared phrase, not a copied article. */
const MIN_SHARED = 10;
const WIRE_CREDIT = /\((AP|Reuters|AFP|dpa|UPI|PA|ANI|IANS|PTI|EFE|ANSA)\)\s*[—–-]/;

function shingles(text: string): string[] {
  const w = textWords(text);
  const out: string[] = [];
  for (let i = 0; i + N <= w.length; i++) out.push(w.slice(i, i + N).join(' '));
  return out;
}

function longestRun(seq: string[], other: Set<string>): { run: number; shared: number } {
  let run = 0;
  let best = 0;
  let shared = 0;
  for (const s of seq) {
    if (other.has(s)) {
      run++;
      shared++;
      if (run > best) best = run;
    } else run = 0;
  }
  return { run: best ? best + N - 1 : 0, shared };
}

function wireCredit(text: string): string | null {
  const m = WIRE_CREDIT.exec(text.slice(0, 600));
  return m ? m[1]! : null;
}

export interface SourceResolution {
  sources: SourceGroup[];
  sourceOf: Record<string, string>;
}

export function independentSources(extracted: Extracted[]): SourceResolution {
  const ids = extracted.map((x) => x.seg.doc.id);
  const parent = ids.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i]!));
  const reasons = new Map<number, string[]>();
  const join = (a: number, b: number, why: string): void => {
    const ra = find(a);
    const rb = find(b);
    const r = Math.min(ra, rb);
    const list = [...(reasons.get(ra) ?? []), ...(ra !== rb ? (reasons.get(rb) ?? []) : []), why];
    parent[Math.max(ra, rb)] = r;
    reasons.set(r, list);
  };
  const seqs = extracted.map((x) => shingles(x.seg.doc.text));
  const index = new Map<string, number[]>();
  seqs.forEach((seq, i) => {
    for (const s of new Set(seq)) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });
  // Pairs of articles that share at least one shingle, found through the index.
  const pairs = new Set<string>();
  for (const list of index.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) pairs.add(`${list[x]}:${list[y]}`);
  for (const p of [...pairs].sort()) {
    const [a, b] = p.split(':').map(Number) as [number, number];
    const { run, shared } = longestRun(seqs[a]!, new Set(seqs[b]!));
    const smaller = Math.max(1, Math.min(seqs[a]!.length, seqs[b]!.length));
    if (shared >= MIN_SHARED && shared / smaller >= NEAR_COPY)
      join(
        a,
        b,
        `${ids[a]} and ${ids[b]} are near copies (${Math.round((100 * shared) / smaller)}% shared text)`,
      );
    else if (run >= RUN_WORDS) join(a, b, `${ids[a]} and ${ids[b]} share a run of ${run} words (wire copy)`);
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
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  const sources: SourceGroup[] = [];
  const sourceOf: Record<string, string> = {};
  [...groups.entries()].forEach(([root, members], k) => {
    const id = `S${k + 1}`;
    const docs = members.map((i) => ids[i]!);
    sources.push({ id, docs, reason: members.length > 1 ? (reasons.get(root) ?? []).join('; ') : null });
    for (const d of docs) sourceOf[d] = id;
  });
  return { sources, sourceOf };
}
