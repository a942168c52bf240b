// A news site on 127.0.0.1 for the watch tests: RSS feeds that answer conditional requests, article pages, a
// robots.txt, and a log of every request so tests can see what was asked and what was answered.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { article } from '../cli/articles.ts';

export interface FeedEntry {
  /** Path of the linked article ("/news/1"); its page shows article(n). */
  path: string;
  n: number;
  /** The feed's own id for the item (feeds may change it). */
  guid?: string;
}

export interface SiteRequest {
  method: string;
  path: string;
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Site {
  origin: string;
  feeds: Map<string, FeedEntry[]>;
  /** Fixed answers by path: content type and body. */
  files: Map<string, { type: string; body: string }>;
  /** XML sitemaps listing articles (served without validators: polled in full each time). */
  sitemaps: Map<string, FeedEntry[]>;
  /** Paths answered with this status instead (a dead feed, a broken page). */
  broken: Map<string, number>;
  robots: string;
  log: SiteRequest[];
  /** Answers for POST /hook: each status used once, then 204. */
  hookAnswers: number[];
  /** Paths whose next request is held this long before it is answered (a slow site). */
  slow: Map<string, number>;
  /** Every request as it arrives, before any answer. */
  arrived: string[];
  close: () => Promise<void>;
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function rss(origin: string, entries: FeedEntry[]): string {
  const items = entries
    .map(
      (e) =>
        `<item><title>${xmlEscape(article(e.n).split('\n')[0]!)}</title><link>${origin}${xmlEscape(e.path)}</link>` +
        `<guid isPermaLink="false">${xmlEscape(e.guid ?? e.path)}</guid><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>` +
        `<description>A short teaser.</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>${origin}/</link>${items}</channel></rss>`;
}

function page(n: number): string {
  const [title, ...paras] = article(n).split(/\n\n+/);
  return `<!doctype html><html lang="en"><head><title>${xmlEscape(title!)}</title></head><body><article><h1>${xmlEscape(title!)}</h1>${paras
    .map((p) => `<p>${xmlEscape(p.trim())}</p>`)
    .join('')}</article></body></html>`;
}

export async function startSite(): Promise<Site> {
  const site = {
    feeds: new Map<string, FeedEntry[]>(),
    sitemaps: new Map<string, FeedEntry[]>(),
    files: new Map<string, { type: string; body: string }>(),
    broken: new Map<string, number>(),
    robots: 'User-agent: *\nDisallow: /private/\n',
    log: [] as SiteRequest[],
    hookAnswers: [] as number[],
    slow: new Map<string, number>(),
    arrived: [] as string[],
  } as Site;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const path = req.url ?? '/';
      site.arrived.push(path);
      const hold = site.slow.get(path);
      if (hold !== undefined) {
        site.slow.delete(path);
        setTimeout(() => req.emit('end'), hold);
        return;
      }
      const answer = (status: number, type?: string, text?: string, extra: Record<string, string> = {}) => {
        site.log.push({ method: req.method ?? 'GET', path, status, headers: req.headers, body });
        res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...extra });
        res.end(text);
      };
      const bare = path.split('?')[0]!;
      if (site.broken.has(bare)) return answer(site.broken.get(bare)!, 'text/plain', 'broken');
      if (req.method === 'POST' && bare === '/hook') return answer(site.hookAnswers.shift() ?? 204);
      if (bare === '/robots.txt') return answer(200, 'text/plain', site.robots);
      const feed = site.feeds.get(bare);
      if (feed) {
        const xml = rss(site.origin, feed);
        const etag = `"${createHash('sha1').update(xml).digest('hex').slice(0, 12)}"`;
        if (req.headers['if-none-match'] === etag) return answer(304, undefined, undefined, { etag });
        return answer(200, 'application/rss+xml', xml, { etag });
      }
      const file = site.files.get(bare);
      if (file) return answer(200, file.type, file.body);
      const map = site.sitemaps.get(bare);
      if (map) {
        const urls = map.map(
          (e) => `<url><loc>${site.origin}${xmlEscape(e.path)}</loc><lastmod>2025-03-04</lastmod></url>`,
        );
        return answer(
          200,
          'application/xml',
          `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`,
        );
      }
      for (const entries of [...site.feeds.values(), ...site.sitemaps.values()]) {
        const e = entries.find((x) => x.path.split('?')[0] === bare);
        if (e) return answer(200, 'text/html; charset=utf-8', page(e.n));
      }
      return answer(404, 'text/plain', 'not found');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  site.origin = `http://127.0.0.1:${port}`;
  site.close = () =>
    new Promise((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return site;
}
