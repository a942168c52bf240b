// Parsing HTML into a DOM: linkedom by default (fast, a dependency), jsdom only when asked (a devDependency).
import { createRequire } from 'node:module';
import type { parseHTML as ParseHtml } from 'linkedom';

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
  const lean = withoutInertBlocks(html);
  if (dom === 'jsdom') return parseWithJsdom(lean, url);
  // linkedom needs a root element to attach a document; a bare fragment gets one.
  const source = /<html[\s>]/i.test(lean) ? lean : `<!doctype html><html><body>${lean}</body></html>`;
  // linkedom and its CSS parsers load with the first page: plain text and JSON inputs never pay for them
  const { parseHTML } = requireLazy('linkedom') as { parseHTML: typeof ParseHtml };
  return parseHTML(source).document as unknown as Document;
}

function parseWithJsdom(html: string, url?: string): Document {
  const { JSDOM, VirtualConsole } = requireLazy('jsdom') as JsdomModule;
  // A silent console: jsdom otherwise prints every stylesheet it cannot parse.
  const opts = { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) };
  return new JSDOM(html, opts).window.document;
}

const INERT = ['script', 'style'];
const NAME_END = /[\s>/]/;

/**
 * Removes <script> (except JSON-LD) and <style> blocks with a linear scan before parsing: they are about half
 * of a news page's bytes and carry no article text, and jsdom's CSS parser throws on some stylesheets.
 */
export function withoutInertBlocks(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let at = 0;
  let from = 0;
  for (;;) {
    const open = nextOpen(lower, from);
    if (!open) break;
    const close = lower.indexOf(`</${open.tag}`, open.at);
    if (close < 0) break;
    const endOfOpen = lower.indexOf('>', open.at);
    const isJsonLd = open.tag === 'script' && lower.slice(open.at, endOfOpen).includes('ld+json');
    const end = lower.indexOf('>', close);
    if (end < 0) break;
    if (!isJsonLd) {
      parts.push(html.slice(at, open.at));
      at = end + 1;
    }
    from = end + 1;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

function nextOpen(lower: string, from: number): { at: number; tag: string } | undefined {
  let best: { at: number; tag: string } | undefined;
  for (const tag of INERT) {
    let i = lower.indexOf(`<${tag}`, from);
    while (i >= 0 && !NAME_END.test(lower[i + tag.length + 1] ?? '>')) i = lower.indexOf(`<${tag}`, i + 1);
    if (i >= 0 && (!best || i < best.at)) best = { at: i, tag };
  }
  return best;
}
