// The JSON API under /api: thin handlers over the store, Briefings and intake. Every input is parsed with its
// schema (schemas.ts); every failure is a Problem, answered by the one error mapper in app.ts.
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import type { Deps } from './app.ts';
import { briefingResponse } from './briefing-response.ts';
import { addDocuments, type Intake, intakeSize } from './intake.ts';
import { formIntake, jsonIntake } from './intake-body.ts';
import { openApiDocument } from './openapi.ts';
import { Problem } from './problem.ts';
import { jsonBody, parse, tooLarge, wantsAsync } from './request.ts';
import { docOut, findDocument, storyOr404, storyOut, storyPath } from './resources.ts';
import { BriefingQuerySchema, CreateStorySchema, DocumentQuerySchema } from './schemas.ts';

/** How often a job's event stream looks for progress. */
const SSE_TICK_MS = 200;

export function registerApi(app: Hono, deps: Deps): void {
  const json = bodyLimit({ maxSize: deps.limits.jsonBytes, onError: tooLarge(deps.limits.jsonBytes) });
  const upload = bodyLimit({ maxSize: deps.limits.uploadBytes, onError: tooLarge(deps.limits.uploadBytes) });

  app.get('/api/health', (c) =>
    c.json({
      status: 'ok',
      version: deps.version,
      store: deps.store.location,
      briefings: { ...deps.briefings.limiter.stats, cached: deps.briefings.cached },
    }),
  );
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(deps.version)));

  app.get('/api/stories', async (c) => {
    const stories = await deps.store.listStories();
    return c.json(await Promise.all(stories.map((s) => storyOut(deps, s))));
  });

  app.post('/api/stories', json, async (c) => {
    const { title } = parse(CreateStorySchema, await jsonBody(c), 'body');
    if (await deps.store.getStory(title))
      throw new Problem(409, 'story-exists', `a story titled '${title}' exists`, 'body', [
        { field: 'title', message: 'taken' },
      ]);
    const story = await deps.store.createStory(title);
    c.header('location', storyPath(story.name));
    return c.json(await storyOut(deps, story), 201);
  });

  app.get('/api/stories/:id', async (c) =>
    c.json(await storyOut(deps, await storyOr404(deps, c.req.param('id')))),
  );

  app.delete('/api/stories/:id', async (c) => {
    const story = await storyOr404(deps, c.req.param('id'));
    if (!deps.store.deleteStory)
      throw new Problem(501, 'not-implemented', `the store at ${deps.store.location} cannot delete stories`);
    await deps.store.deleteStory(story);
    deps.briefings.forget(story.name);
    return c.body(null, 204);
  });

  app.get('/api/stories/:id/documents', async (c) => {
    const story = await storyOr404(deps, c.req.param('id'));
    const docs = await deps.store.listDocuments(story);
    return c.json(docs.map(({ storedAt, ...d }) => ({ ...d, stored_at: storedAt })));
  });

  app.post('/api/stories/:id/documents', upload, async (c) => {
    const story = await storyOr404(deps, c.req.param('id'));
    const type = c.req.header('content-type') ?? '';
    let intake: Intake;
    if (/^multipart\/form-data\b/i.test(type)) intake = await formIntake(c);
    else {
      if (Number(c.req.header('content-length') ?? 0) > deps.limits.jsonBytes)
        tooLarge(deps.limits.jsonBytes)();
      intake = await jsonIntake(c);
    }
    const opts = { maxBytes: deps.limits.uploadBytes, maxFollow: deps.limits.maxFollow };
    const run = (progress?: (n: number) => void) =>
      addDocuments(deps.store, story, intake, deps.ctx(), opts, progress);
    if (intake.urls.length > deps.limits.asyncUrls || wantsAsync(c)) {
      const job = deps.jobs.start(
        'documents',
        intakeSize(intake),
        (p) => run(p),
        `${storyPath(story.name)}/documents`,
      );
      c.header('location', job.links.self);
      return c.json(job, 202);
    }
    return c.json(await run());
  });

  app.get('/api/stories/:id/briefing', async (c) => {
    const story = await storyOr404(deps, c.req.param('id'));
    const q = parse(BriefingQuerySchema, c.req.query(), 'query');
    const { version, documents } = await deps.briefings.versionOf(story);
    const cached = deps.briefings.peek(story, version);
    if (cached && c.req.header('if-none-match') === cached.etag)
      return c.body(null, 304, { etag: cached.etag });
    if (!cached && (documents > deps.limits.largeStory || wantsAsync(c))) {
      const url = `${storyPath(story.name)}/briefing${q.format === 'json' ? '' : `?format=${q.format}`}`;
      const job = deps.jobs.start(
        'briefing',
        documents,
        async (p) => ({ briefing: url, etag: (await deps.briefings.get(story, (done) => p(done))).etag }),
        url,
      );
      c.header('location', job.links.self);
      return c.json(job, 202);
    }
    const made = cached ?? (await deps.briefings.get(story));
    return briefingResponse(made, q.format, q.download === '1', story.name);
  });

  app.get('/api/documents/:id', async (c) => {
    const q = parse(DocumentQuerySchema, c.req.query(), 'query');
    return c.json(docOut(await findDocument(deps, c.req.param('id'), q.story), deps));
  });

  // Progress as server-sent events: one "progress" event per change, then "done" or "failed" with the job.
  app.get('/api/jobs/:id/events', (c) => {
    const id = c.req.param('id');
    if (!deps.jobs.get(id)) throw new Problem(404, 'not-found', `no job '${id}'`, 'path');
    return streamSSE(c, async (stream) => {
      let last = '';
      for (;;) {
        const job = deps.jobs.get(id)!;
        const data = JSON.stringify(job);
        if (job.status !== 'running') {
          await stream.writeSSE({ event: job.status, data });
          return;
        }
        if (data !== last) await stream.writeSSE({ event: 'progress', data });
        last = data;
        await stream.sleep(SSE_TICK_MS);
      }
    });
  });

  app.get('/api/jobs/:id', (c) => {
    const job = deps.jobs.get(c.req.param('id'));
    if (!job)
      throw new Problem(
        404,
        'not-found',
        `no job '${c.req.param('id')}' (jobs are kept in memory until restart)`,
        'path',
      );
    return c.json(job);
  });
}
