// A feed item becomes a document when it carries the full article, otherwise a link for the edge to fetch.
import type { DocMeta, RawDocument } from '../model/document.ts';
import type { Ingested } from '../model/input.ts';
import { type Issue, issue } from '../model/issue.ts';
import { visibleText } from './html.ts';
import { idFromUrl } from './ids.ts';
import { capIssue, FULL_TEXT_CHARS, MAX_FEED_ITEMS } from './limits.ts';

/** One feed entry, whatever the format (RSS, Atom, JSON Feed). */
export interface FeedItem {
  title?: string;
  link?: string;
  authors?: string[];
  published?: string;
  /** The fullest body the item carries, and whether it is HTML or plain text. */
  content?: { body: string; kind: 'html' | 'text' };
}

export interface Feed {
  title?: string;
  language?: string;
  items: FeedItem[];
}

export interface FeedSource {
  name: string;
  baseId: string;
  meta: DocMeta;
}

/** RFC 822 / RFC 3339 dates → ISO 8601; an unparsable date is kept as written for clean/ to try. */
export function isoDate(s: string | undefined): string | undefined {
  if (!s?.trim()) return undefined;
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? t : d.toISOString().replace('.000Z', 'Z');
}

function itemMeta(item: FeedItem, feed: Feed, src: FeedSource): DocMeta {
  const meta: DocMeta = { ...src.meta };
  if (feed.title) meta.outlet = feed.title;
  if (feed.language) meta.language = feed.language;
  if (item.title) meta.title = item.title;
  if (item.authors?.length) meta.authors = item.authors;
  if (item.published) meta.published = item.published;
  if (item.link) meta.url = item.link;
  return meta;
}

function textLength(content: FeedItem['content']): number {
  if (!content) return 0;
  return content.kind === 'html' ? visibleText(content.body).length : content.body.trim().length;
}

/** Items → documents (full text) and follow links (teasers), in feed order. */
export function feedToIngested(feed: Feed, src: FeedSource): { value: Ingested; issues: Issue[] } {
  const value: Ingested = { docs: [], follow: [] };
  const issues: Issue[] = [];
  if (feed.items.length > MAX_FEED_ITEMS)
    issues.push(capIssue(src.name, MAX_FEED_ITEMS, feed.items.length, 'feed items'));
  feed.items.slice(0, MAX_FEED_ITEMS).forEach((item, i) => {
    const n = i + 1;
    const meta = itemMeta(item, feed, src);
    const length = textLength(item.content);
    if (item.content && (length > FULL_TEXT_CHARS || (!item.link && length > 0))) {
      const doc: RawDocument = {
        id: item.link ? idFromUrl(item.link) : `${src.baseId}#${n}`,
        source: item.link ?? `${src.name}#${n}`,
        kind: item.content.kind,
        body: item.content.body.replace(/\r\n?/g, '\n'),
        meta,
      };
      value.docs.push(doc);
    } else if (item.link) {
      value.follow.push({ url: item.link, meta });
    } else {
      const where = `${src.name}#${n}`;
      issues.push(issue('ingest.feed-item-empty', `${where} has neither text nor a link`, where, 'warning'));
    }
  });
  if (feed.items.length === 0) {
    issues.push(issue('ingest.feed-empty', `${src.name} is a feed with no items`, src.name, 'warning'));
  }
  return { value, issues };
}

/** Resolve a possibly relative link against the feed's own address. */
export function absoluteLink(link: string | undefined, base: string | undefined): string | undefined {
  const l = link?.trim();
  if (!l) return undefined;
  try {
    return new URL(l, base).href;
  } catch {
    return /^https?:\/\//i.test(l) ? l : undefined;
  }
}
