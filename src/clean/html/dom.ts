// Parsing HTML into a DOM: linkedom by default (fast, a dependency), jsdom only when asked (a devDependency).
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';

export type DomKind = 'linkedom' | 'jsdom';

const requireLazy = createRequire(import.meta.url);

interface JsdomModule {
  JSDOM: new (html: string, opts?: { url?: string }) => { window: { document: Document } };
}

/** Parses a whole page; jsdom is loaded on first use so that the CLI never needs it. */
export function parseDocument(html: string, dom: DomKind = 'linkedom', url?: string): Document {
  if (dom === 'jsdom') {
    const { JSDOM } = requireLazy('jsdom') as JsdomModule;
    return new JSDOM(html, url ? { url } : {}).window.document;
  }
  // linkedom needs a root element to attach a document; a bare fragment gets one.
  const source = /<html[\s>]/i.test(html.slice(0, 5000))
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
