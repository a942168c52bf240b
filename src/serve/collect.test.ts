import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContext } from '../context.ts';
import { type Collected, type CollectOptions, collect } from './collect.ts';

const open = makeContext({ allowPrivateHosts: true, now: new Date('2026-02-01T00:00:00Z') });
const closed = makeContext({ now: new Date('2026-02-01T00:00:00Z') });

const LONG = (
  'The council of Lornhaven voted on Thursday to close the old ferry pier after engineers found cracks in three ' +
  'of its pillars. Mayor Petra Oskarsen said the closure would last until repairs are funded. '
).repeat(4);

let root: string;
let server: Server;
let base: string;

function rss(items: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Lornhaven Gazette</title>${items}</channel></rss>`;
}
const item = (title: string, link: string, extra = '') =>
  `<item><title>${title}</title><link>${link}</link><author>desk@g.example (Rhea Lund)</author>` +
  `<pubDate>Thu, 08 Jan 2026 09:00:00 GMT</pubDate>${extra}</item>`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/pier')
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body><p>${LONG}</p></body></html>`);
    else if (path === '/feed') {
      const body = rss(
        item('Full item', `${base}/full`, `<description><![CDATA[<p>${LONG}</p>]]></description>`) +
          item('Pier closed', `${base}/pier`, '<description>Teaser only.</description>') +
          item('Missing page', `${base}/missing`, '<description>Teaser.</description>'),
      );
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
    } else res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  root = mkdtempSync(join(tmpdir(), 'corroborate-collect-'));
  const put = (rel: string, data: string | Uint8Array) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), data);
  };
  put('story/a.txt', 'First article about the pier.');
  put('story/b.bin.txt', new Uint8Array([0x00, 0x01, 0x02, 0x41]));
  put('story/c.jsonl', '{"id":"rec-1","text":"Record one."}\n{"text": broken}\n{"text":"Record three."}\n');
  put('other/a.txt', 'Another file named a.');
  put('feed.rss', rss(item('Pier closed', `${base}/pier`, '<description>Teaser only.</description>')));
  put('big.txt', 'x'.repeat(3000));
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
  rmSync(root, { recursive: true, force: true });
});

async function all(specs: string[], ctx = open, opts: CollectOptions = {}): Promise<Collected[]> {
  const out: Collected[] = [];
  for await (const c of collect(specs, ctx, opts)) out.push(c);
  return out;
}

const codes = (c: Collected) => c.issues.map((i) => i.code);

describe('collect', () => {
  it('reads a directory file by file and goes on after bad inputs', async () => {
    const names: string[] = [];
    const got = await all([join(root, 'story'), join(root, 'nope.txt'), join(root, 'other')], open, {
      onInput: (n) => names.push(n),
    });
    expect(got.map((c) => c.source.slice(root.length + 1))).toEqual([
      'story/a.txt',
      'story/b.bin.txt',
      'story/c.jsonl',
      'nope.txt',
      'other/a.txt',
    ]);
    expect(got[0]!.docs.map((d) => d.id)).toEqual(['a']);
    expect(codes(got[1]!)).toEqual(['ingest.binary']);
    expect(got[2]!.docs.map((d) => d.id)).toEqual(['rec-1', 'c#3']);
    expect(got[2]!.issues).toEqual([
      expect.objectContaining({ code: 'ingest.json-broken', where: join(root, 'story/c.jsonl#2') }),
    ]);
    expect(codes(got[3]!)).toEqual(['file.not-found']);
    // the second "a.txt" keeps the batch's ids unique, and says so
    expect(got[4]!.docs[0]!.id).toBe('a-2');
    expect(codes(got[4]!)).toEqual(['collect.duplicate-id']);
    expect(names.map((n) => n.slice(root.length + 1))).toEqual([
      'story/a.txt',
      'story/b.bin.txt',
      'story/c.jsonl',
      'other/a.txt',
    ]);
  });

  it('reads stdin for "-", and reports "-" with no stdin given', async () => {
    const [c] = await all(['-'], open, { stdin: Readable.from([Buffer.from('Piped article text.')]) });
    expect(c!.source).toBe('stdin');
    expect(c!.docs[0]!.body).toBe('Piped article text.');
    expect(c!.docs[0]!.id).toMatch(/^stdin-/);
    const [none] = await all(['-']);
    expect(codes(none!)).toEqual(['collect.no-stdin']);
  });

  it('refuses a file over the cap, and URLs of other protocols', async () => {
    const got = await all([join(root, 'big.txt'), 'ftp://files.example/a.txt'], open, { maxBytes: 1000 });
    expect(got.map(codes)).toEqual([['file.too-large'], ['fetch.protocol']]);
  });

  it('fetches a URL into a document with a URL id', async () => {
    const [c] = await all([`${base}/pier`]);
    expect(c!.issues).toEqual([]);
    expect(c!.docs[0]!.id).toMatch(/^127-0-0-1-pier-[0-9a-f]{8}$/);
    expect(c!.docs[0]!.meta.url).toBe(`${base}/pier`);
  });

  it('refuses a loopback URL unless the context allows private hosts', async () => {
    const [c] = await all([`${base}/pier`], closed);
    expect(c!.docs).toEqual([]);
    expect(codes(c!)).toEqual(['fetch.private-host']);
  });

  it('follows the teaser links of a feed URL, in feed order, with the item metadata', async () => {
    const got = await all([`${base}/feed`]);
    expect(got.map((c) => c.source)).toEqual([`${base}/feed`, `${base}/pier`, `${base}/missing`]);
    expect(got[0]!.docs.map((d) => d.meta.title)).toEqual(['Full item']);
    const pier = got[1]!.docs[0]!;
    expect(pier.kind).toBe('html');
    expect(pier.body).toContain('ferry pier');
    expect(pier.meta).toMatchObject({
      title: 'Pier closed',
      outlet: 'Lornhaven Gazette',
      authors: ['Rhea Lund'],
      published: '2026-01-08T09:00:00Z',
      url: `${base}/pier`,
    });
    expect(codes(got[2]!)).toEqual(['fetch.status']);
  });

  it('follows links of a feed file; a link fetched once is not fetched again', async () => {
    const got = await all([join(root, 'feed.rss'), `${base}/feed`]);
    // feed.rss has only a link, so its own yield is skipped; the URL feed's copy of that link is skipped too
    expect(got.map((c) => c.source)).toEqual([`${base}/pier`, `${base}/feed`, `${base}/missing`]);
    expect(got[0]!.docs[0]!.meta.title).toBe('Pier closed');
  });

  it('caps the links followed per feed and says so', async () => {
    const got = await all([`${base}/feed`], open, { maxFollow: 1 });
    expect(got.map((c) => c.source)).toEqual([`${base}/feed`, `${base}/pier`]);
    expect(codes(got[0]!)).toEqual(['collect.follow-capped']);
  });
});
