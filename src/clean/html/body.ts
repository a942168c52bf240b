// Finding the article body: Readability first, then structure-keeping rendering and furniture pruning.
import { Readability } from '@mozilla/readability';
import { type FilterContext, filterDrafts } from './filter.ts';
import { pruneFurniture } from './prune.ts';
import { type Draft, renderDrafts } from './render.ts';

const PRE_PRUNE =
  'script:not([type="application/ld+json"]), style, svg, template, select, button, input, textarea, iframe';

// Before Readability only small boxes go: on a whole page a larger one may be the article's wrapper.
const PAGE_FURNITURE_SHARE = 0.1;

export interface Readable {
  root: Element | null;
  byline?: string;
}

/** Runs Readability on doc (which it mutates) and returns the article element, classes kept for pruning. */
export function readableRoot(doc: Document): Readable {
  // Elements that never hold article text go first: Readability's passes then walk a smaller tree.
  for (const el of Array.from(doc.querySelectorAll(PRE_PRUNE))) el.remove();
  if (doc.body) pruneFurniture(doc.body, PAGE_FURNITURE_SHARE);
  const reader = new Readability<Element>(doc, {
    keepClasses: true,
    serializer: (node: Node) => node as Element,
  });
  try {
    const r = reader.parse();
    return r?.byline ? { root: r.content ?? null, byline: r.byline } : { root: r?.content ?? null };
  } catch {
    // Readability throws on some malformed trees; such a page is reported as having no article.
    return { root: null };
  }
}

/** The drafts of an article element after furniture is pruned. */
export function bodyDrafts(root: Element, ctx: FilterContext = {}): Draft[] {
  pruneFurniture(root);
  return filterDrafts(renderDrafts(root), ctx);
}
