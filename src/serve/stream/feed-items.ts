// A polled feed's items, whatever the format (RSS, Atom, JSON Feed, sitemap): each with the key it is remembered
// by. The key is the article's address without fragment or tracking parameters, not the feed's own item id: feeds
// that renumber or re-id their items would otherwise have every article taken in again.
import type { Context } from '../../context.ts';
import { ingest } from '../../ingest/index.ts';
import { isSitemap, sitemapLinks } from '../../ingest/sitemap.ts';
import type { DocMeta, RawDocument } from '../../model/document.ts';
import type { Input } from '../../model/input.ts';
import type { Issue } from '../../model/issue.ts';

export type FeedItem =
  | { key: string; raw: RawDocument }
  | { key: string; link: { url: string; meta: DocMeta } };

export interface ReadFeed {
  items: FeedItem[];
  /** Sitemaps named by a sitemap index, to read in the same poll. */
  sitemaps: string[];
  issues: Issue[];
}

const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

export function itemKey(address: string): string {
  try {
    const u = new URL(address);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
    u.hostname = u.hostname.toLowerCase();
    return u.href;
  } catch {
    return address.trim();
  }
}

export function readFeed(input: Input, ctx: Context, maxBytes: number): ReadFeed {
  const text = new TextDecoder().decode(input.bytes.subarray(0, 4096));
  if (isSitemap(text)) {
    const r = sitemapLinks(new TextDecoder().decode(input.bytes), input.url ?? input.name);
    return {
      items: r.value.articles.map((link) => ({ key: itemKey(link.url), link })),
      sitemaps: r.value.sitemaps,
      issues: r.issues,
    };
  }
  const r = ingest(input, ctx, { maxBytes });
  const items: FeedItem[] = [
    ...r.value.docs.map((raw) => ({ key: itemKey(raw.meta.url ?? raw.source), raw })),
    ...r.value.follow.map((link) => ({ key: itemKey(link.url), link })),
  ];
  return { items, sitemaps: [], issues: r.issues };
}
