// The same quote across articles: verbatim, trimmed (one inside the other) or lightly altered (high word overlap).
// Blocked by word trigrams of the quoted words.
import type { QuoteGroup, QuoteMember } from '../model/finding.ts';
import { KeyIndex, words } from './text.ts';

const trigrams = (w: string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3).join(' '));
  return out.length ? out : [w.join(' ')];
};

/** True when two quoted passages are the same words, a trimmed form, or a light alteration. */
export function sameQuote(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return false;
  const ja = ` ${wa.join(' ')} `;
  const jb = ` ${wb.join(' ')} `;
  if (Math.min(wa.length, wb.length) >= 3 && (ja.includes(jb) || jb.includes(ja))) return true;
  const sa = new Set(wa);
  const sb = new Set(wb);
  let n = 0;
  for (const w of sa) if (sb.has(w)) n++;
  return Math.min(sa.size, sb.size) >= 5 && n / Math.min(sa.size, sb.size) >= 0.8;
}

export function alignQuotes(members: QuoteMember[]): QuoteGroup[] {
  const grams = members.map((m) => trigrams(words(m.q.text)));
  const index = new KeyIndex();
  const groupOf: number[] = [];
  const groups: number[][] = [];
  members.forEach((m, i) => {
    let best = -1;
    for (const j of index.candidates(grams[i]!)) {
      if (sameQuote(m.q.text, members[j]!.q.text)) {
        best = groupOf[j]!;
        break;
      }
    }
    if (best < 0) {
      best = groups.length;
      groups.push([]);
    }
    groups[best]!.push(i);
    groupOf[i] = best;
    index.add(i, grams[i]!);
  });
  return groups.map((g, k) => {
    const longest = g.map((i) => members[i]!.q.text).sort((a, b) => b.length - a.length)[0]!;
    return { id: `U${k + 1}`, text: longest, members: g.map((i) => members[i]!) };
  });
}
