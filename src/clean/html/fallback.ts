// When Readability finds nothing (or throws): the element whose paragraphs hold the most non-link text.
import { SKIP_TAGS } from './render.ts';

const PARAGRAPH_LIKE = 'p, pre, td, blockquote, li, h2, h3';
// Paragraphs shorter than this are labels and menu entries; they do not vote for a container.
const MIN_PARAGRAPH_CHARS = 40;

function ownTextLength(el: Element): number {
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += (a.textContent ?? '').length;
  return Math.max(0, (el.textContent ?? '').length - links);
}

/** Scores each paragraph's parent (full) and grandparent (half) by non-link text; returns the best. */
export function densestContainer(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  for (const el of Array.from(body.querySelectorAll(Array.from(SKIP_TAGS).join(',')))) el.remove();
  const scores = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll(PARAGRAPH_LIKE))) {
    const n = ownTextLength(p);
    if (n < MIN_PARAGRAPH_CHARS) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + n);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + n / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores)
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  return best;
}
