// The pages, served by the same app as the API: server-rendered HTML, one stylesheet and one small script.
import type { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { z } from 'zod';
import { extractDoc } from '../../pipeline.ts';
import type { Deps } from '../http/app.ts';
import { Problem } from '../http/problem.ts';
import { parse } from '../http/request.ts';
import { findDocument, storyOr404, storyOut } from '../http/resources.ts';
import { SESSION_COOKIE, sessionValue } from '../http/security.ts';
import { asset } from './assets.ts';
import { loginPage, preparingPage, storiesPage } from './pages.ts';
import { comparePage, sourcePage } from './source-page.ts';
import { storyPage } from './story-page.ts';

const Offset = z.coerce.number().int().nonnegative();
const SourceQuery = z.strictObject({
  start: Offset.optional(),
  end: Offset.optional(),
  q: z.string().max(2000).optional(),
});
const CompareQuery = z.strictObject({ a: z.string().min(1), b: z.string().min(1) });

export function registerWeb(app: Hono, deps: Deps, token: string | undefined): void {
  app.get('/assets/:name', async (c) => {
    const a = await asset(c.req.param('name'));
    if (!a) throw new Problem(404, 'not-found', `no asset '${c.req.param('name')}'`, 'path');
    return c.body(a.body, 200, { 'content-type': a.type, 'cache-control': 'no-cache', etag: a.etag });
  });

  app.get('/', async (c) => {
    const list = await deps.store.listStories();
    const rows = [];
    for (const s of list) {
      const docs = await deps.store.listDocuments(s);
      // counts need the briefing: made here for ordinary stories, left for later on very large ones
      if (docs.length > 0 && docs.length <= deps.limits.largeStory) await deps.briefings.get(s);
      rows.push({ ...(await storyOut(deps, s)), updated: docs.at(-1)?.storedAt ?? null });
    }
    return c.html(storiesPage(rows, deps.csrf));
  });

  app.get('/stories/:id', async (c) => {
    const story = await storyOr404(deps, c.req.param('id'));
    const { version, documents } = await deps.briefings.versionOf(story);
    if (documents > deps.limits.largeStory && !deps.briefings.peek(story, version)) {
      // a large story is briefed in the background; the page reloads itself (no script) until it is ready
      deps.briefings.get(story).catch(() => {});
      return c.html(preparingPage(story.name, documents, deps.csrf), 202);
    }
    const made = documents > 0 ? await deps.briefings.get(story) : null;
    return c.html(storyPage(story.name, made?.briefing ?? null, deps.csrf));
  });

  app.get('/stories/:id/sources/:doc', async (c) => {
    const story = await storyOr404(deps, c.req.param('id'));
    const q = parse(SourceQuery, c.req.query(), 'query');
    const doc = await findDocument(deps, c.req.param('doc'), story.name);
    const made = await deps.briefings.get(story);
    const flags = made.briefing.documents.find((d) => d.id === doc.doc.id)?.flags;
    const sentences = extractDoc(doc.doc, deps.ctx()).value.seg.sentences;
    return c.html(sourcePage(story.name, doc, q, deps.csrf, flags, sentences));
  });

  app.get('/stories/:id/compare', async (c) => {
    const story = await storyOr404(deps, c.req.param('id'));
    const q = parse(CompareQuery, c.req.query(), 'query');
    const [a, b] = [await findDocument(deps, q.a, story.name), await findDocument(deps, q.b, story.name)];
    const made = await deps.briefings.get(story);
    return c.html(comparePage(story.name, made.briefing, a, b, deps.csrf));
  });

  app.get('/login', (c) => c.html(loginPage(deps.csrf, false)));
  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const given = typeof form.token === 'string' ? form.token : '';
    if (!token || given !== token) return c.html(loginPage(deps.csrf, !!token), token ? 401 : 200);
    setCookie(c, SESSION_COOKIE, sessionValue(token), { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect('/', 303);
  });
}
