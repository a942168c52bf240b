// Fetch guards against real HTTP servers on 127.0.0.1. To test "an allowed host redirects to a private one"
// honestly, server A's port is listed in allowLoopbackPorts (A counts as allowed) while server B's is not,
// and a custom resolver maps invented host names to chosen addresses, so the check inside the socket's
// lookup is exercised without touching real DNS.
import { once } from 'node:events';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContext } from '../context.ts';
import { ingest } from '../ingest/index.ts';
import { fetchUrl, type Resolver } from './http.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const PAGE =
  '<html><head><title>Quay</title></head><body><p>The north quay flooded on Tuesday.</p></body></html>';
const seen: IncomingMessage[] = [];

async function serve(
  routes: Record<string, Handler>,
): Promise<{ server: Server; port: number; base: string }> {
  const server = http.createServer((req, res) => {
    seen.push(req);
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) route(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return { server, port, base: `http://127.0.0.1:${port}` };
}

const html =
  (body: string | Buffer, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  };
const redirect =
  (to: string, status = 302): Handler =>
  (_req, res) => {
    res.writeHead(status, { location: to }).end();
  };

let a: Awaited<ReturnType<typeof serve>>;
let b: Awaited<ReturnType<typeof serve>>;
let deadPort: number;
const hanging: ServerResponse[] = [];

beforeAll(async () => {
  b = await serve({ '/page': html('<p>Private server B.</p>') });
  a = await serve({
    '/page': html(PAGE),
    '/gzip': html(gzipSync(PAGE), { 'content-encoding': 'gzip' }),
    '/br': html(brotliCompressSync(PAGE), { 'content-encoding': 'br' }),
    '/deflate': html(deflateSync(PAGE), { 'content-encoding': 'deflate' }),
    '/bomb': html(gzipSync(Buffer.alloc(200_000, 0x20)), { 'content-encoding': 'gzip' }),
    '/latin': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      res.end(
        iconv.encode('<p>Le café du quai a fermé \u2014 \u201cdésolé\u201d, dit-il.</p>', 'windows-1252'),
      );
    },
    '/image': (_req, res) =>
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50])),
    '/pdf': (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 20; i++) res.write('x'.repeat(500));
      res.end();
    },
    '/big-declared': html('y'.repeat(5000)),
    '/loop': redirect('/loop'),
    '/r1': redirect('/r2', 301),
    '/r2': redirect('/r3', 307),
    '/r3': redirect('/page', 308),
    '/to-b': (_req, res) => redirect(`${b.base}/page`)(_req, res),
    '/to-evil-name': (_req, res) => redirect(`http://evil.test:${a.port}/page`)(_req, res),
    '/to-file': redirect('file:///etc/passwd'),
    '/hang': (_req, res) => {
      hanging.push(res);
    },
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
      hanging.push(res);
    },
    '/gone': (_req, res) => res.writeHead(410, { 'content-type': 'text/html' }).end('<p>gone</p>'),
  });
  const dead = await serve({});
  deadPort = dead.port;
  dead.server.close();
  await once(dead.server, 'close');
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  for (const s of [a, b]) {
    s.server.closeAllConnections();
    s.server.close();
  }
});

const open = { allowPrivateHosts: true };

describe('private hosts', () => {
  it('refuses loopback by default: IP literal, localhost by name, IPv6 literal', async () => {
    for (const url of [`${a.base}/page`, `http://localhost:${a.port}/page`, `http://[::1]:${a.port}/page`]) {
      const r = await fetchUrl(url);
      expect(r.input, url).toBeUndefined();
      expect(r.issue, url).toMatchObject({ code: 'fetch.private-host', severity: 'error', where: url });
    }
  });

  it('fetches loopback when private hosts are allowed', async () => {
    const r = await fetchUrl(`${a.base}/page`, { ...open, meta: { title: 'From the feed' } });
    expect(r.issue).toBeUndefined();
    expect(new TextDecoder().decode(r.input!.bytes)).toBe(PAGE);
    expect(r.input).toMatchObject({
      name: `${a.base}/page`,
      url: `${a.base}/page`,
      contentType: 'text/html; charset=utf-8',
      meta: { title: 'From the feed' },
    });
    expect(seen.at(-1)!.headers['user-agent']).toMatch(/^corroborate\//);
  });

  it('refuses a redirect from an allowed host to a private one', async () => {
    const allowA = { allowLoopbackPorts: [a.port] };
    expect((await fetchUrl(`${a.base}/page`, allowA)).input).toBeDefined();
    const r = await fetchUrl(`${a.base}/to-b`, allowA);
    expect(r.issue?.code).toBe('fetch.private-host');
    expect(r.issue?.message).toContain('127.0.0.1');
  });

  it('checks every address a name resolves to, inside the lookup, on every hop', async () => {
    const names: Record<string, string[]> = {
      'news.test': ['127.0.0.1'],
      'mixed.test': ['93.184.216.34', '10.0.0.5'],
      'evil.test': ['10.0.0.5'],
      'mapped.test': ['::ffff:169.254.169.254'],
    };
    const resolve: Resolver = async (host) =>
      (names[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    const opts = { allowLoopbackPorts: [a.port], resolve };
    const ok = await fetchUrl(`http://news.test:${a.port}/page`, opts);
    expect(ok.issue).toBeUndefined();
    expect(new TextDecoder().decode(ok.input!.bytes)).toBe(PAGE);
    const mixed = await fetchUrl(`http://mixed.test:${a.port}/page`, opts);
    expect(mixed.issue).toMatchObject({ code: 'fetch.private-host' });
    expect(mixed.issue!.message).toContain('10.0.0.5');
    const mapped = await fetchUrl(`http://mapped.test:${a.port}/page`, opts);
    expect(mapped.issue!.message).toMatch(/link-local.*mapped/);
    const hop = await fetchUrl(`http://news.test:${a.port}/to-evil-name`, opts);
    expect(hop.issue).toMatchObject({
      code: 'fetch.private-host',
      where: `http://news.test:${a.port}/to-evil-name`,
    });
    const none = await fetchUrl(`http://nowhere.test:${a.port}/page`, opts);
    expect(none.issue?.code).toBe('fetch.dns');
  });
});

describe('redirects, status and protocol', () => {
  it('follows a chain of redirects to the final URL', async () => {
    const r = await fetchUrl(`${a.base}/r1`, open);
    expect(r.input?.url).toBe(`${a.base}/page`);
    expect(r.input?.name).toBe(`${a.base}/r1`);
  });

  it('gives up after the redirect cap', async () => {
    const r = await fetchUrl(`${a.base}/loop`, open);
    expect(r.issue?.code).toBe('fetch.redirects');
    const capped = await fetchUrl(`${a.base}/r1`, { ...open, maxRedirects: 2 });
    expect(capped.issue?.code).toBe('fetch.redirects');
  });

  it('reports HTTP errors with their status', async () => {
    const r = await fetchUrl(`${a.base}/gone`, open);
    expect(r.issue).toMatchObject({ code: 'fetch.status' });
    expect(r.issue!.message).toContain('410');
  });

  it('refuses other protocols, directly or by redirect, and bad URLs', async () => {
    expect((await fetchUrl('ftp://files.example/a.txt')).issue?.code).toBe('fetch.protocol');
    expect((await fetchUrl('file:///etc/hostname')).issue?.code).toBe('fetch.protocol');
    expect((await fetchUrl(`${a.base}/to-file`, open)).issue?.code).toBe('fetch.protocol');
    expect((await fetchUrl('http://')).issue?.code).toBe('fetch.url');
  });

  it('reports a dead port and an unknown host', async () => {
    const dead = await fetchUrl(`http://127.0.0.1:${deadPort}/`, open);
    expect(dead.issue).toMatchObject({ code: 'fetch.unreachable', severity: 'error' });
    const unknown = await fetchUrl('http://no-such-host.invalid/', { timeoutMs: 5000 });
    expect(unknown.issue?.code).toBe('fetch.dns');
  });
});

describe('size, time and type', () => {
  it('stops at the size cap, declared or streamed', async () => {
    const chunked = await fetchUrl(`${a.base}/big-chunked`, { ...open, maxBytes: 1000 });
    expect(chunked.issue?.code).toBe('fetch.too-large');
    const declared = await fetchUrl(`${a.base}/big-declared`, { ...open, maxBytes: 1000 });
    expect(declared.issue?.code).toBe('fetch.too-large');
    expect((await fetchUrl(`${a.base}/big-chunked`, { ...open, maxBytes: 20_000 })).input?.bytes.length).toBe(
      10_000,
    );
  });

  it('stops a compressed body that unpacks past the cap', async () => {
    const r = await fetchUrl(`${a.base}/bomb`, { ...open, maxBytes: 50_000 });
    expect(r.issue?.code).toBe('fetch.too-large');
  });

  it('times out a server that never answers, and a body that never ends', async () => {
    const t0 = Date.now();
    const r = await fetchUrl(`${a.base}/hang`, { ...open, headersTimeoutMs: 200 });
    expect(r.issue?.code).toBe('fetch.timeout');
    const body = await fetchUrl(`${a.base}/slow-body`, { ...open, timeoutMs: 300 });
    expect(body.issue?.code).toBe('fetch.timeout');
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('unpacks gzip, brotli and deflate bodies', async () => {
    for (const path of ['/gzip', '/br', '/deflate']) {
      const r = await fetchUrl(`${a.base}${path}`, open);
      expect(r.issue, path).toBeUndefined();
      expect(new TextDecoder().decode(r.input!.bytes), path).toBe(PAGE);
    }
  });

  it('refuses images and PDFs before reading them, saying what they are', async () => {
    const img = await fetchUrl(`${a.base}/image`, open);
    expect(img.issue).toMatchObject({ code: 'fetch.content-type' });
    expect(img.issue!.message).toContain('an image (image/png)');
    const pdf = await fetchUrl(`${a.base}/pdf`, open);
    expect(pdf.issue!.message).toContain('PDF');
  });

  it('hands a windows-1252 page to ingest, which decodes it by the header charset', async () => {
    const r = await fetchUrl(`${a.base}/latin`, open);
    const ingested = ingest(r.input!, makeContext());
    expect(ingested.issues).toEqual([]);
    expect(ingested.value.docs[0]!.body).toBe(
      '<p>Le café du quai a fermé \u2014 \u201cdésolé\u201d, dit-il.</p>',
    );
    expect(ingested.value.docs[0]!.meta.url).toBe(`${a.base}/latin`);
  });
});
