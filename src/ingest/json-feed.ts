// JSON Feed (https://jsonfeed.org) 1.0 and 1.1 → the format-neutral Feed of feed-item.ts.
import { absoluteLink, type Feed, type FeedItem, isoDate } from './feed-item.ts';

type Node = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function isJsonFeed(value: unknown): value is Node {
  return (
    Boolean(value) &&
    typeof value === 'object' &&
    /^https?:\/\/jsonfeed\.org\/version\//.test(String((value as Node).version))
  );
}

function authorsOf(item: Node, feed: Node): string[] | undefined {
  // 1.1 has "authors", 1.0 "author"; an item without one inherits the feed's
  const raw =
    item.authors ??
    (item.author ? [item.author] : undefined) ??
    feed.authors ??
    (feed.author ? [feed.author] : undefined);
  if (!Array.isArray(raw)) return undefined;
  const names = raw
    .map((a) => (a && typeof a === 'object' ? str((a as Node).name) : undefined))
    .filter((a): a is string => Boolean(a));
  return names.length ? names : undefined;
}

function jsonItem(item: Node, feed: Node, base: string | undefined): FeedItem {
  const html = str(item.content_html);
  const plain = str(item.content_text);
  const summary = str(item.summary);
  const content: FeedItem['content'] = html
    ? { body: html, kind: 'html' }
    : plain
      ? { body: plain, kind: 'text' }
      : summary
        ? { body: summary, kind: 'text' }
        : undefined;
  return {
    title: str(item.title),
    link: absoluteLink(str(item.url) ?? str(item.external_url), base),
    authors: authorsOf(item, feed),
    published: isoDate(str(item.date_published) ?? str(item.date_modified)),
    content,
  };
}

export function jsonFeed(value: Node, base?: string): Feed {
  const items = Array.isArray(value.items) ? value.items : [];
  const home = absoluteLink(str(value.home_page_url), base) ?? base;
  return {
    title: str(value.title),
    language: str(value.language),
    items: items
      .filter((i): i is Node => Boolean(i) && typeof i === 'object')
      .map((i) => jsonItem(i, value, home)),
  };
}
