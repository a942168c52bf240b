// The JSON API under /api: thin handlers over the store, Briefings and intake. Every input is parsed with its
// schema (schemas.ts); every failure is a Problem, answered by the one error mapper in app.ts.
import type { Hono, Context as HonoContext } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import type { z } from 'zod';
import { extractDoc } from '../../pipeline.ts';
import type { StoredDocument, StoryRecord } from '../../store/index.ts';
import { render } from '../commands/brief.ts';
import { cleanRecord } from '../commands/clean.ts';
import type { Deps } from './app.ts';
import type { Made } from './briefings.ts';
import { addDocuments, type Intake, intakeSize, type Upload } from './intake.ts';
import { openApiDocument } from './openapi.ts';
import { invalid, Problem } from './problem.ts';
import {
  AddDocumentsJsonSchema,
  BriefingQuerySchema,
  CreateStorySchema,
  DocumentQuerySchema,
  HttpUrlSchema,
  MAX_ITEMS,
  StoryIdSchema,
  type StoryOut,
} from './schemas.ts';
import { REPORT_CSP } from './security.ts';

/** How often a job's event stream looks for progress. */
const SSE_TICK_MS = 200;

const tooLarge = (max: number) => () => {
  throw new Problem(413, 'too-large', `the body is over ${max} bytes`, 'body');
};

export const storyPath = (name: string): string => `/api/stories/${encodeURIComponent(name)}`;

/** JSON body → value, or a 400 saying where the JSON breaks. */
export async function jsonBody(c: HonoContext): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type))
    throw new Problem(
      415,
      'unsupported-media-type',
      `send application/json (got '${type || 'nothing'}')`,
      'header',
      [{ field: 'content-type', message: 'expected application/json' }],
    );
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Problem(400, 'bad-json', `the body is not valid JSON: ${(e as Error).message}`, 'body');
  }
}

export function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'body' | 'query' | 'path',
): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw invalid(where, r.error);
  return r.data;
}

export async function storyOr404(deps: Deps, raw: string): Promise<StoryRecord> {
  const name = parse(StoryIdSchema, raw, 'path');
  const story = await deps.store.getStory(name);
  if (!story)
    throw new Problem(404, 'not-found', `no story '${name}'`, 'path', [
      { field: 'id', message: 'unknown story' },
    ]);
  return story;
}

export async function storyOut(deps: Deps, s: StoryRecord): Promise<StoryOut> {
  const { version, documents } = await deps.briefings.versionOf(s);
  const made = deps.briefings.peek(s, version);
  const self = storyPath(s.name);
  return {
    id: s.name,
    title: s.name,
    documents,
    created_at: s.createdAt,
    disputes: made ? made.briefing.disputes.length : null,
    corroborated: made ? made.briefing.claims.filter((c) => c.status === 'corroborated').length : null,
    links: {
      self,
      briefing: `${self}/briefing`,
      documents: `${self}/documents`,
      page: `/stories/${encodeURIComponent(s.name)}`,
    },
  };
}

const MEDIA: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

/** One rendering of a made briefing, made once per version. */
export function rendered(made: Made, format: 'json' | 'md' | 'html' | 'text'): string {
  if (format === 'json') return made.json;
  let out = made.rendered.get(format);
  if (out === undefined) {
    out = render(made.briefing, format, false);
    made.rendered.set(format, out);
  }
  return out;
}

function briefingResponse(
  made: Made,
  format: 'json' | 'md' | 'html' | 'text',
  download: boolean,
  name: string,
): Response {
  const headers: Record<string, string> = {
    'content-type': MEDIA[format]!,
    etag: made.etag,
    'cache-control': 'no-cache',
  };
  if (format === 'html') headers['content-security-policy'] = REPORT_CSP;
  if (download) {
    const ext = format === 'text' ? 'txt' : format;
    const file = name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'briefing';
    headers['content-disposition'] = `attachment; filename="${file}.${ext}"`;
  }
  return new Response(rendered(made, format), { status: 200, headers });
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A multipart form (the page's "add articles") → intake: files, pasted text with a title, URLs one a line. */
async function formIntake(c: HonoContext): Promise<Intake> {
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch (e) {
    throw new Problem(400, 'invalid-request', `the form cannot be read: ${(e as Error).message}`, 'body');
  }
  const known = new Set(['file', 'text', 'title', 'urls']);
  const unknown = Object.keys(form).filter((k) => !known.has(k));
  if (unknown.length)
    throw new Problem(
      400,
      'invalid-request',
      `unknown form field '${unknown[0]}'`,
      'body',
      unknown.map((f) => ({ field: f, message: 'not a field of this form' })),
    );
  const strings = (k: string): string[] => {
    const vs = asArray(form[k]);
    if (vs.some((v) => typeof v !== 'string'))
      throw new Problem(400, 'invalid-request', `form field '${k}' must be text, not a file`, 'body', [
        { field: k, message: 'expected text' },
      ]);
    return vs as string[];
  };
  const files = asArray(form.file);
  const notFile = files.findIndex((f) => typeof f === 'string' && f !== '');
  if (notFile >= 0)
    throw new Problem(400, 'invalid-request', `form field 'file' must be a file`, 'body', [
      { field: `file.${notFile}`, message: 'expected a file' },
    ]);
  const uploads: Upload[] = [];
  for (const f of files)
    if (f instanceof File && (f.size > 0 || f.name))
      uploads.push({ name: f.name, type: f.type, bytes: new Uint8Array(await f.arrayBuffer()) });
  const title = strings('title')[0];
  const texts = strings('text')
    .filter((t) => t.trim())
    .map((text) => ({ text, ...(title ? { title } : {}) }));
  const urls = strings('urls')
    .flatMap((u) => u.split(/\r?\n/))
    .map((u) => u.trim())
    .filter(Boolean);
  const errors = urls.flatMap((u, i) =>
    HttpUrlSchema.safeParse(u).success
      ? []
      : [{ field: `urls.${i}`, message: `'${u.slice(0, 80)}' is not an http(s) URL` }],
  );
  if (errors.length) throw new Problem(400, 'invalid-request', errors[0]!.message, 'body', errors);
  const intake = { uploads, texts, records: [], urls };
  if (intakeSize(intake) === 0)
    throw new Problem(
      400,
      'invalid-request',
      'the form holds nothing to add: paste text, choose files or give URLs',
      'body',
    );
  if (intakeSize(intake) > MAX_ITEMS)
    throw new Problem(400, 'invalid-request', `at most ${MAX_ITEMS} inputs a request`, 'body');
  return intake;
}

async function jsonIntake(c: HonoContext): Promise<Intake> {
  const body = parse(AddDocumentsJsonSchema, await jsonBody(c), 'body');
  return { uploads: [], texts: [], records: body.records ?? [], urls: body.urls ?? [] };
}

function wantsAsync(c: HonoContext): boolean {
  return /\brespond-async\b/i.test(c.req.header('prefer') ?? '');
}

/** One stored document as the API shows it: the cleaned record, where it came from, and what it says, with spans. */
function docOut(s: StoredDocument, deps: Deps) {
  const { seg, ...found } = extractDoc(s.doc, deps.ctx()).value;
  return {
    story: s.story,
    ...cleanRecord(s.doc),
    source: s.doc.source,
    stored_at: s.storedAt,
    findings: { sections: seg.sections, sentences: seg.sentences, ...found },
  };
}

export async function findDocument(
  deps: Deps,
  id: string,
  storyName: string | undefined,
): Promise<StoredDocument> {
  let found: StoredDocument[];
  if (storyName !== undefined) {
    const story = await storyOr404(deps, storyName);
    const one = await deps.store.getDocument(story, id);
    found = one ? [one] : [];
  } else found = await deps.store.findDocuments(id);
  if (found.length === 0)
    throw new Problem(
      404,
      'not-found',
      `no document '${id}'${storyName ? ` in story '${storyName}'` : ''}`,
      'path',
      [{ field: 'id', message: 'unknown document' }],
    );
  if (found.length > 1)
    throw new Problem(
      409,
      'ambiguous',
      `document '${id}' is in ${found.length} stories (${found.map((f) => f.story).join(', ')}): add ?story=NAME`,
      'query',
      [{ field: 'story', message: 'needed to choose' }],
    );
  return found[0]!;
}

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
