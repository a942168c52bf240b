// XML sitemaps (sitemaps.org, with the Google News extension) → links to fetch. A sitemap index lists other
// sitemaps: those are links too, marked so the caller can read them as sitemaps rather than articles.
import { XMLParser } from 'fast-xml-parser';
import type { DocMeta } from '../model/document.ts';
import { type Issue, issue } from '../model/issue.ts';
import { absoluteLink, isoDate } from './feed-item.ts';

export interface SitemapLinks {
  articles: { url: string; meta: DocMeta }[];
  /** Child sitemaps named by a sitemap index. */
  sitemaps: string[];
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

const SITEMAP_ROOT = /<(?:[\w-]+:)?(urlset|sitemapindex)[\s>]/;

/** Whether the text is a sitemap (checked on the first few kilobytes, as feeds are). */
export function isSitemap(text: string): boolean {
  return SITEMAP_ROOT.test(text.slice(0, 4096));
}

type Node = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function sitemapLinks(text: string, base: string): { value: SitemapLinks; issues: Issue[] } {
  const value: SitemapLinks = { articles: [], sitemaps: [] };
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch (e) {
    return {
      value,
      issues: [
        issue(
          'ingest.sitemap-invalid',
          `${base}: not a readable sitemap (${(e as Error).message})`,
          base,
          'error',
        ),
      ],
    };
  }
  const index = doc.sitemapindex as Node | undefined;
  for (const s of (index?.sitemap as Node[] | undefined) ?? []) {
    const loc = absoluteLink(str(s.loc), base);
    if (loc) value.sitemaps.push(loc);
  }
  const urlset = doc.urlset as Node | undefined;
  for (const u of (urlset?.url as Node[] | undefined) ?? []) {
    const loc = absoluteLink(str(u.loc), base);
    if (!loc) continue;
    const meta: DocMeta = { url: loc };
    const news = u.news as Node | undefined;
    const published = isoDate(str(news?.publication_date) ?? str(u.lastmod));
    if (published) meta.published = published;
    const title = str(news?.title);
    if (title) meta.title = title;
    const outlet = str((news?.publication as Node | undefined)?.name);
    if (outlet) meta.outlet = outlet;
    value.articles.push({ url: loc, meta });
  }
  const issues =
    value.articles.length + value.sitemaps.length === 0
      ? [issue('ingest.feed-empty', `${base} is a sitemap with no URLs`, base, 'warning')]
      : [];
  return { value, issues };
}
