// Every API route and its error paths, in-process through app.request() over a real SQLite file.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BriefingSchema } from '../../src/model/briefing.ts';
import { REPORT_CSP } from '../../src/serve/http/security.ts';
import { extractorVersion } from '../../src/store/extractor-version.ts';
import { exampleForm, makeApp, postJson, problemOf, req, storyWithExample, type TestApp } from './helpers.ts';

let t: TestApp;
beforeEach(() => {
  t = makeApp();
});
afterEach(async () => {
  await t.dispose();
});

describe('health and the OpenAPI document', () => {
  it('answers health with the store it serves', async () => {
    const res = await req(t, '/api/health');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('ok');
    expect(body.store).toContain('test.db');
  });

  it('describes every route in OpenAPI 3.1 with schemas generated from the zod ones', async () => {
    const doc = await (await req(t, '/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/documents/{id}',
      '/api/health',
      '/api/jobs/{id}',
      '/api/jobs/{id}/events',
      '/api/stories',
      '/api/stories/{id}',
      '/api/stories/{id}/briefing',
      '/api/stories/{id}/documents',
    ]);
    expect(doc.components.schemas.CreateStory.required).toEqual(['title']);
    expect(doc.components.schemas.CreateStory.additionalProperties).toBe(false);
    expect(doc.components.schemas.InputRecord.properties.text.type).toBe('string');
    expect(doc.components.schemas.Problem.required).toContain('detail');
  });
});

describe('stories', () => {
  it('creates, lists, reads and deletes a story', async () => {
    const created = await postJson(t, '/api/stories', { title: '  Port fire  ' });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/stories/Port%20fire');
    const story = await created.json();
    expect(story).toMatchObject({ id: 'Port fire', title: 'Port fire', documents: 0, disputes: null });
    const list = await (await req(t, '/api/stories')).json();
    expect(list.map((s: { id: string }) => s.id)).toEqual(['Port fire']);
    expect((await req(t, '/api/stories/Port%20fire')).status).toBe(200);
    expect((await req(t, '/api/stories/Port%20fire', { method: 'DELETE' })).status).toBe(204);
    expect((await req(t, '/api/stories/Port%20fire')).status).toBe(404);
    expect(await (await req(t, '/api/stories')).json()).toEqual([]);
  });

  it('refuses bad JSON, saying so', async () => {
    const p = await problemOf(await postJson(t, '/api/stories', '{"title": '));
    expect(p.status).toBe(400);
    expect(p.type).toBe('urn:corroborate:problem:bad-json');
    expect(p.in).toBe('body');
  });

  it('names the field of the wrong type, and an unknown one', async () => {
    const wrong = await problemOf(await postJson(t, '/api/stories', { title: 42 }));
    expect(wrong.status).toBe(400);
    expect(wrong.errors).toEqual([{ field: 'title', message: 'title must be a string' }]);
    const extra = await problemOf(await postJson(t, '/api/stories', { title: 'x', colour: 'red' }));
    expect(extra.status).toBe(400);
    expect(extra.detail).toContain('colour');
    const empty = await problemOf(await postJson(t, '/api/stories', { title: '   ' }));
    expect(empty.errors?.[0]).toEqual({ field: 'title', message: 'title cannot be empty' });
  });

  it('refuses a second story of the same title, and a body that is not JSON', async () => {
    await postJson(t, '/api/stories', { title: 'a' });
    const again = await problemOf(await postJson(t, '/api/stories', { title: 'a' }));
    expect(again.status).toBe(409);
    const form = await problemOf(
      await req(t, '/api/stories', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'a' }),
    );
    expect(form.status).toBe(415);
  });

  it('refuses an oversize body before reading it', async () => {
    const small = makeApp({ limits: { jsonBytes: 100 } });
    try {
      const p = await problemOf(await postJson(small, '/api/stories', { title: 'x'.repeat(500) }));
      expect(p.status).toBe(413);
      expect(p.detail).toContain('100 bytes');
    } finally {
      await small.dispose();
    }
  });

  it('answers an unknown story and an unknown path with 404 problems', async () => {
    for (const path of [
      '/api/stories/nope',
      '/api/stories/nope/briefing',
      '/api/stories/nope/documents',
      '/api/nothing',
    ]) {
      const p = await problemOf(await req(t, path));
      expect(p.status).toBe(404);
    }
    expect((await req(t, '/api/stories/nope', { method: 'DELETE' })).status).toBe(404);
    expect(
      (await postJson(t, '/api/stories/nope/documents', { urls: ['https://example.org/a'] })).status,
    ).toBe(404);
  });
});

describe('adding documents', () => {
  beforeEach(async () => {
    await postJson(t, '/api/stories', { title: 's' });
  });

  it('stores uploaded files, then lists them as duplicates when sent again', async () => {
    const first = await (
      await req(t, '/api/stories/s/documents', { method: 'POST', body: exampleForm() })
    ).json();
    expect(first).toMatchObject({ stored: 4, duplicate: 0, rejected: 0 });
    expect(first.inputs.map((i: { id: string }) => i.id).sort()).toEqual([
      '01-northline-wire',
      '02-coastal-courier',
      '03-harbour-talk',
      '04-baywatch-daily',
    ]);
    const again = await (
      await req(t, '/api/stories/s/documents', { method: 'POST', body: exampleForm() })
    ).json();
    expect(again).toMatchObject({ stored: 0, duplicate: 4, rejected: 0 });
    const docs = await (await req(t, '/api/stories/s/documents')).json();
    expect(docs).toHaveLength(4);
  });

  it('rejects an upload of a type ingest does not read, and keeps the others', async () => {
    const form = new FormData();
    form.append(
      'file',
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png', { type: 'image/png' }),
    );
    form.append(
      'text',
      'The ferry left Port Calder at noon on Monday with 40 passengers, the harbour master said.',
    );
    form.append('title', 'Ferry leaves');
    const r = await (await req(t, '/api/stories/s/documents', { method: 'POST', body: form })).json();
    expect(r.stored).toBe(1);
    expect(r.inputs).toContainEqual(expect.objectContaining({ input: 'photo.png', status: 'rejected' }));
    expect(r.inputs.find((i: { input: string }) => i.input === 'photo.png').reason).toContain('not a type');
  });

  it('stores good records and rejects a bad one with its reason', async () => {
    const r = await (
      await postJson(t, '/api/stories/s/documents', {
        records: [
          {
            id: 'r1',
            text: 'Officials said 12 people were hurt when the bridge at Dunmore collapsed on Monday.',
          },
          { id: 'r2', title: 'no text here' },
        ],
      })
    ).json();
    expect(r.stored).toBe(1);
    expect(r.rejected).toBe(1);
    expect(r.inputs.find((i: { status: string }) => i.status === 'rejected').input).toBe('records#2');
  });

  it('names the field at fault: records not an array, a URL that is not http', async () => {
    const notArray = await problemOf(await postJson(t, '/api/stories/s/documents', { records: 'abc' }));
    expect(notArray.errors?.[0]?.field).toBe('records');
    const file = await problemOf(
      await postJson(t, '/api/stories/s/documents', { urls: ['file:///etc/passwd'] }),
    );
    expect(file.errors?.[0]).toEqual({ field: 'urls.0', message: 'must be an http(s) URL' });
    const form = new FormData();
    form.append('urls', 'https://example.org/a\n/etc/passwd');
    const formUrl = await problemOf(await req(t, '/api/stories/s/documents', { method: 'POST', body: form }));
    expect(formUrl.errors?.[0]?.field).toBe('urls.1');
    const nothing = await problemOf(await postJson(t, '/api/stories/s/documents', {}));
    expect(nothing.status).toBe(400);
    const emptyForm = await problemOf(
      await req(t, '/api/stories/s/documents', { method: 'POST', body: new FormData() }),
    );
    expect(emptyForm.detail).toContain('nothing to add');
  });

  it('refuses an upload over the cap', async () => {
    const small = makeApp({ limits: { uploadBytes: 1000 } });
    try {
      await postJson(small, '/api/stories', { title: 's' });
      const p = await problemOf(
        await req(small, '/api/stories/s/documents', { method: 'POST', body: exampleForm() }),
      );
      expect(p.status).toBe(413);
    } finally {
      await small.dispose();
    }
  });
});

describe('adding documents by URL', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((rq, rs) => {
      const n = /\/a(\d+)$/.exec(rq.url ?? '')?.[1];
      if (!n) {
        rs.writeHead(404).end();
        return;
      }
      rs.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const paragraphs = [
        `The council said ${n}0 homes in the valley lost power when the storm came through on Monday night.`,
        'Crews worked through the night to restore the lines, and most supplies were back by Tuesday morning.',
        'Residents described trees down across the main road and flooding near the river bridge.',
        'The council said it would review how long the repairs took and publish its findings next month.',
      ];
      rs.end(
        `<html><head><title>Storm report ${n}</title></head><body><article><h1>Storm report ${n}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('refuses private addresses unless the server allows them', async () => {
    await postJson(t, '/api/stories', { title: 's' });
    const r = await (await postJson(t, '/api/stories/s/documents', { urls: [`${base}/a1`] })).json();
    expect(r.rejected).toBe(1);
    expect(r.inputs[0].reason).toMatch(/private|loopback/);
  });

  it('fetches a few URLs at once, and many as a job to poll', async () => {
    const open = makeApp({ allowPrivateHosts: true });
    try {
      await postJson(open, '/api/stories', { title: 's' });
      const few = await postJson(open, '/api/stories/s/documents', {
        urls: [`${base}/a1`, `${base}/missing`],
      });
      expect(few.status).toBe(200);
      const r = await few.json();
      expect(r.stored).toBe(1);
      expect(r.inputs.find((i: { status: string }) => i.status === 'rejected').reason).toContain('404');
      const urls = [2, 3, 4, 5].map((n) => `${base}/a${n}`);
      const many = await postJson(open, '/api/stories/s/documents', { urls });
      expect(many.status).toBe(202);
      const job = await many.json();
      expect(many.headers.get('location')).toBe(job.links.self);
      // followed as it runs: progress events, if any, then one "done" that ends the stream
      const events = await (await req(open, `${job.links.self}/events`)).text();
      const names = [...events.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
      expect(names.at(-1)).toBe('done');
      expect(names.slice(0, -1).every((n) => n === 'progress')).toBe(true);
      let polled = job;
      for (let i = 0; i < 100 && polled.status === 'running'; i++) {
        await new Promise((res) => setTimeout(res, 50));
        polled = await (await req(open, job.links.self)).json();
      }
      expect(polled.status).toBe('done');
      expect(polled.result.stored).toBe(4);

      expect((await (await req(open, '/api/stories/s/documents')).json()).length).toBe(5);
    } finally {
      await open.dispose();
    }
  });

  it('answers an unknown job with 404', async () => {
    expect((await problemOf(await req(t, '/api/jobs/nope'))).status).toBe(404);
    expect((await problemOf(await req(t, '/api/jobs/nope/events'))).status).toBe(404);
  });
});

describe('briefings', () => {
  beforeEach(async () => {
    await storyWithExample(t);
  });

  it('answers the contract JSON, cached with an ETag until the story changes', async () => {
    const res = await req(t, '/api/stories/harbour-fire/briefing');
    expect(res.status).toBe(200);
    const b = BriefingSchema.parse(await res.json());
    expect(b.documents).toHaveLength(4);
    expect(b.disputes.length).toBeGreaterThan(0);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const again = await req(t, '/api/stories/harbour-fire/briefing', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const story = await (await req(t, '/api/stories/harbour-fire')).json();
    expect(story.disputes).toBe(b.disputes.length);
    await postJson(t, '/api/stories/harbour-fire/documents', {
      records: [
        { id: 'late', text: 'A late report said the terminal fire had been put out by Wednesday evening.' },
      ],
    });
    const changed = await req(t, '/api/stories/harbour-fire/briefing', {
      headers: { 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await changed.json()).documents).toHaveLength(5);
  });

  it('renders md, html and text, and offers each as a download', async () => {
    const md = await req(t, '/api/stories/harbour-fire/briefing?format=md');
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(await md.text()).toMatch(/^# harbour-fire/);
    const html = await req(t, '/api/stories/harbour-fire/briefing?format=html&download=1');
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.headers.get('content-security-policy')).toBe(REPORT_CSP);
    expect(html.headers.get('content-disposition')).toBe('attachment; filename="harbour-fire.html"');
    const text = await req(t, '/api/stories/harbour-fire/briefing?format=text');
    expect(text.headers.get('content-type')).toContain('text/plain');
  });

  it('names a bad query parameter', async () => {
    const p = await problemOf(await req(t, '/api/stories/harbour-fire/briefing?format=pdf'));
    expect(p.status).toBe(400);
    expect(p.in).toBe('query');
    expect(p.errors?.[0]?.field).toBe('format');
  });

  it('makes a large story as a job to poll', async () => {
    const big = makeApp({ limits: { largeStory: 2 } });
    try {
      await storyWithExample(big);
      const res = await req(big, '/api/stories/harbour-fire/briefing');
      expect(res.status).toBe(202);
      let job = await res.json();
      for (let i = 0; i < 200 && job.status === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 25));
        job = await (await req(big, job.links.self)).json();
      }
      expect(job.status).toBe('done');
      expect(job.progress).toEqual({ done: 4, total: 4 });
      expect((await req(big, job.links.result)).status).toBe(200);
    } finally {
      await big.dispose();
    }
  });

  it('briefs from the findings stored with each document, extracting only those missing', async () => {
    const story = (await t.store.getStory('harbour-fire'))!;
    const version = extractorVersion();
    const docs = await t.store.listDocuments(story);
    expect(await Promise.all(docs.map((d) => t.store.hasFindings(story, d.id, version)))).toEqual(
      docs.map(() => false),
    );
    const first = await (await req(t, '/api/stories/harbour-fire/briefing')).json();
    expect(await Promise.all(docs.map((d) => t.store.hasFindings(story, d.id, version)))).toEqual(
      docs.map(() => true),
    );
    // a second server (no cache) over the same store reads them back: the same briefing, nothing extracted
    const second = makeApp({ store: t.store, briefing: { cache: false } });
    try {
      const again = await (await req(second, '/api/stories/harbour-fire/briefing')).json();
      expect(again).toEqual(first);
    } finally {
      await second.dispose();
    }
  });

  it('answers other requests while a story is being briefed', async () => {
    const fresh = makeApp({ briefing: { cache: false } });
    try {
      await storyWithExample(fresh);
      const order: string[] = [];
      const briefing = req(fresh, '/api/stories/harbour-fire/briefing').then(() => order.push('briefing'));
      // once the briefing is under way, a health check must not wait for all of it
      for (let i = 0; i < 1000 && fresh.deps.briefings.limiter.stats.running === 0 && !order.length; i++)
        await new Promise((r) => setImmediate(r));
      const health = req(fresh, '/api/health').then(() => order.push('health'));
      await Promise.all([briefing, health]);
      expect(order).toEqual(['health', 'briefing']);
    } finally {
      await fresh.dispose();
    }
  });

  it('refuses briefings past the concurrency cap and queue with 503 and Retry-After', async () => {
    const capped = makeApp({ briefing: { maxConcurrent: 1, maxQueued: 0, cache: false } });
    try {
      await storyWithExample(capped);
      const answers = await Promise.all(
        [1, 2, 3].map(() => req(capped, '/api/stories/harbour-fire/briefing')),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses[0]).toBe(200);
      expect(statuses).toContain(503);
      const busy = answers.find((a) => a.status === 503)!;
      expect(busy.headers.get('retry-after')).toBe('1');
      expect((await problemOf(busy)).type).toBe('urn:corroborate:problem:busy');
    } finally {
      await capped.dispose();
    }
  });
});

describe('documents', () => {
  it('answers one document with its text and findings whose spans point into it', async () => {
    await storyWithExample(t);
    const doc = await (await req(t, '/api/documents/01-northline-wire')).json();
    expect(doc.story).toBe('harbour-fire');
    expect(doc.text.length).toBeGreaterThan(200);
    expect(doc.findings.claims.length).toBeGreaterThan(0);
    for (const c of doc.findings.claims) expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.text);
    expect(doc.findings.seg).toBeUndefined();
  });

  it('asks which story when an id is in several, and answers 404 for an unknown one', async () => {
    await storyWithExample(t, 'one');
    await storyWithExample(t, 'two');
    const p = await problemOf(await req(t, '/api/documents/03-harbour-talk'));
    expect(p.status).toBe(409);
    expect(p.errors?.[0]?.field).toBe('story');
    expect((await req(t, '/api/documents/03-harbour-talk?story=two')).status).toBe(200);
    expect((await problemOf(await req(t, '/api/documents/nope'))).status).toBe(404);
    expect((await problemOf(await req(t, '/api/documents/03-harbour-talk?story=three'))).status).toBe(404);
  });
});

describe('guards', () => {
  it('refuses a Host it does not serve (DNS rebinding)', async () => {
    const p = await problemOf(await req(t, '/api/stories', { headers: { host: 'attacker.example' } }));
    expect(p.status).toBe(403);
    expect(p.type).toBe('urn:corroborate:problem:host-refused');
  });

  it('needs the bearer token on every API call but health when one is set', async () => {
    const locked = makeApp({ token: 's3cret', allowedHosts: [] });
    try {
      const missing = await req(locked, '/api/stories');
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toContain('Bearer');
      expect((await problemOf(missing)).errors?.[0]).toEqual({ field: 'authorization', message: 'missing' });
      const wrong = await req(locked, '/api/stories', { headers: { authorization: 'Bearer nope' } });
      expect((await problemOf(wrong)).detail).toContain('wrong');
      expect(
        (await req(locked, '/api/stories', { headers: { authorization: 'Bearer s3cret' } })).status,
      ).toBe(200);
      expect((await req(locked, '/api/health')).status).toBe(200);
      const page = await req(locked, '/', { headers: { accept: 'text/html' } });
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe('/login');
    } finally {
      await locked.dispose();
    }
  });

  it('lets a browser sign in with the token and then read the pages with its session cookie', async () => {
    const locked = makeApp({ token: 's3cret', allowedHosts: [] });
    try {
      const form = (token: string, csrf = locked.deps.csrf) =>
        req(locked, '/login', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://127.0.0.1' },
          body: new URLSearchParams({ token, csrf }).toString(),
        });
      expect((await form('wrong')).status).toBe(401);
      expect((await form('s3cret', 'forged')).status).toBe(403);
      const ok = await form('s3cret');
      expect(ok.status).toBe(303);
      const cookie = ok.headers.get('set-cookie')!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).not.toContain('s3cret');
      const page = await req(locked, '/', { headers: { cookie: cookie.split(';')[0]! } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<h1>Stories</h1>');
    } finally {
      await locked.dispose();
    }
  });

  it('refuses cross-site state changes from a browser, and same-site ones without the CSRF token', async () => {
    const fromEvil = await postJson(t, '/api/stories', { title: 'x' }, { origin: 'http://evil.example' });
    expect((await problemOf(fromEvil)).type).toBe('urn:corroborate:problem:csrf');
    const crossSite = await postJson(t, '/api/stories', { title: 'x' }, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const noToken = await postJson(t, '/api/stories', { title: 'x' }, { origin: 'http://127.0.0.1' });
    expect((await problemOf(noToken)).detail).toContain('CSRF token');
    const ok = await postJson(
      t,
      '/api/stories',
      { title: 'x' },
      { origin: 'http://127.0.0.1', 'sec-fetch-site': 'same-origin', 'x-csrf-token': t.deps.csrf },
    );
    expect(ok.status).toBe(201);
    expect(await (await req(t, '/api/stories')).json()).toHaveLength(1);
  });

  it('sends a strict CSP and no-sniff on every answer', async () => {
    for (const path of ['/', '/api/health']) {
      const res = await req(t, path);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
