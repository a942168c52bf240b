import { describe, expect, it } from 'vitest';
import { isSitemap, sitemapLinks } from './sitemap.ts';

describe('sitemaps', () => {
  it('reads article links with Google News metadata', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://news.example/a/1</loc><lastmod>2025-03-04</lastmod></url>
  <url><loc>/a/2</loc>
    <news:news><news:publication><news:name>Harbour Gazette</news:name></news:publication>
      <news:publication_date>2025-03-04T10:00:00Z</news:publication_date><news:title>Storm closes terminal</news:title></news:news>
  </url>
</urlset>`;
    expect(isSitemap(xml)).toBe(true);
    const r = sitemapLinks(xml, 'https://news.example/sitemap.xml');
    expect(r.issues).toEqual([]);
    expect(r.value.articles).toEqual([
      { url: 'https://news.example/a/1', meta: { url: 'https://news.example/a/1', published: '2025-03-04' } },
      {
        url: 'https://news.example/a/2',
        meta: {
          url: 'https://news.example/a/2',
          published: '2025-03-04T10:00:00Z',
          title: 'Storm closes terminal',
          outlet: 'Harbour Gazette',
        },
      },
    ]);
  });

  it('lists the sitemaps of an index', () => {
    const xml = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://news.example/s1.xml</loc></sitemap><sitemap><loc>https://news.example/s2.xml</loc></sitemap>
    </sitemapindex>`;
    expect(sitemapLinks(xml, 'https://news.example/index.xml').value.sitemaps).toEqual([
      'https://news.example/s1.xml',
      'https://news.example/s2.xml',
    ]);
  });

  it('is not fooled by a feed, and says when a sitemap is empty', () => {
    expect(isSitemap('<rss version="2.0"><channel></channel></rss>')).toBe(false);
    const r = sitemapLinks('<urlset></urlset>', 'https://news.example/s.xml');
    expect(r.issues.map((i) => i.code)).toEqual(['ingest.feed-empty']);
  });
});
