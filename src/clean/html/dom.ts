// Parsing HTML into a DOM: linkedom by default (fast, a dependency), jsdom only when asked (a devDependency).
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';

export type DomKind = 'linkedom' | 'jsdom';

const requireLazy = createRequire(import.meta.url);

interface JsdomModule {
  JSDOM: new (
    html: string,
    opts?: { url?: string; virtualConsole?: unknown },
  ) => { window: { document: Document } };
  VirtualConsole: new () => unknown;
}

/** Parses a whole page; jsdom is loaded on first use so that the CLI never needs it. */
export function parseDocument(html: string, dom: DomKind = 'linkedom', url?: string): Document {
  if (dom === 'jsdom') return parseWithJsdom(html, url);
  // linkedom needs a root element to attach a document; a bare fragment gets one.
  const source = /<html[\s>]/i.test(html.slice(0, 5000))
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

function parseWithJsdom(html: string, url?: string): Document {
  const { JSDOM, VirtualConsole } = requireLazy('jsdom') as JsdomModule;
  // A silent console: jsdom otherwise prints every stylesheet it cannot parse.
  const opts = { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) };
  try {
    return new JSDOM(html, opts).window.document;
  } catch {
    // jsdom's CSS parser throws on some stylesheets; styles carry no article text, so parse without them.
    return new JSDOM(withoutStyleBlocks(html), opts).window.document;
  }
}

/** Removes <style>…</style> blocks with a linear scan (no regex backtracking over a large page). */
export function withoutStyleBlocks(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    const open = lower.indexOf('<style', at);
    if (open < 0) break;
    const close = lower.indexOf('</style>', open);
    if (close < 0) break;
    parts.push(html.slice(at, open));
    at = close + '</style>'.length;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
