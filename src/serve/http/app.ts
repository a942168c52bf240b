// The HTTP server's one Hono app: security first, then the API and the pages, and one error mapper that turns
// every failure into a problem document (API) or an error page (browser). Handlers stay thin: they parse with
// the schemas, call the store, the pipeline (through Briefings) or intake, and answer.
import { Hono } from 'hono';
import { makeContext } from '../../context.ts';
import { type Store, StoreError } from '../../store/index.ts';
import { errorPage } from '../web/pages.ts';
import { registerWeb } from '../web/routes.ts';
import { registerApi } from './api.ts';
import { type BriefingOptions, Briefings, DEFAULT_BRIEFING_OPTIONS } from './briefings.ts';
import { Jobs } from './jobs.ts';
import { PROBLEM_TYPE, Problem } from './problem.ts';
import { csrfGuard, csrfToken, hostGuard, newSecret, securityHeaders, tokenGuard } from './security.ts';

export interface Limits {
  /** Largest JSON body (story creation, records, URL lists). */
  jsonBytes: number;
  /** Largest upload request (every file of it together). */
  uploadBytes: number;
  /** More URLs than this in one request are fetched as a job (202). */
  asyncUrls: number;
  /** An uncached briefing of a story with more documents than this is made as a job (202). */
  largeStory: number;
  /** Feed links followed per feed. */
  maxFollow: number;
}

export const DEFAULT_LIMITS: Limits = {
  jsonBytes: 8 * 1024 * 1024,
  uploadBytes: 32 * 1024 * 1024,
  asyncUrls: 3,
  largeStory: 40,
  maxFollow: 100,
};

export interface AppOptions {
  store: Store;
  /** Required by serve when listening beyond loopback. */
  token?: string;
  /** Host header names answered (empty: any). */
  allowedHosts: string[];
  allowPrivateHosts?: boolean;
  /** Fixed reference time (tests, reproducible briefings). */
  now?: Date;
  limits?: Partial<Limits>;
  briefing?: Partial<BriefingOptions>;
  csrfSecret?: string;
  version?: string;
  log?: (line: string) => void;
}

export interface Deps {
  store: Store;
  briefings: Briefings;
  jobs: Jobs;
  limits: Limits;
  ctx: () => ReturnType<typeof makeContext>;
  csrf: string;
  version: string;
  tokenRequired: boolean;
}

export function createApp(opts: AppOptions): { app: Hono; deps: Deps } {
  const secret = opts.csrfSecret ?? newSecret();
  const ctx = () =>
    makeContext({ ...(opts.now ? { now: opts.now } : {}), allowPrivateHosts: !!opts.allowPrivateHosts });
  const deps: Deps = {
    store: opts.store,
    briefings: new Briefings(opts.store, ctx, { ...DEFAULT_BRIEFING_OPTIONS, ...opts.briefing }),
    jobs: new Jobs(),
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    ctx,
    csrf: csrfToken(secret),
    version: opts.version ?? '0.0.0',
    tokenRequired: !!opts.token,
  };
  const log = opts.log ?? ((line: string) => process.stderr.write(line));
  const app = new Hono();
  app.use(securityHeaders);
  app.use(hostGuard(opts.allowedHosts));
  app.use(tokenGuard(opts.token));
  app.use(csrfGuard(secret));
  registerApi(app, deps);
  registerWeb(app, deps, opts.token);
  app.notFound((c) => {
    const p = new Problem(404, 'not-found', `nothing at ${c.req.method} ${c.req.path}`, 'path');
    return respond(c.req.path, c.req.header('accept'), p);
  });
  app.onError((err, c) => {
    const p = toProblem(err, log);
    return respond(c.req.path, c.req.header('accept'), p);
  });
  return { app, deps };
}

function toProblem(err: unknown, log: (line: string) => void): Problem {
  if (err instanceof Problem) return err;
  if (err instanceof StoreError) return new Problem(503, 'store', err.message);
  // anything else is a bug: logged with its stack, answered without internals
  log(`corroborate serve: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
  return new Problem(500, 'internal', 'the server met an internal error; it has been logged');
}

/** API paths and clients asking for JSON get the problem document; browsers get a page saying the same. */
function respond(path: string, accept: string | undefined, p: Problem): Response {
  const headers = new Headers(p.headers);
  if (path.startsWith('/api/') || !(accept ?? '').includes('text/html')) {
    headers.set('content-type', PROBLEM_TYPE);
    return new Response(JSON.stringify(p.body(path)), { status: p.status, headers });
  }
  headers.set('content-type', 'text/html; charset=utf-8');
  return new Response(errorPage(p.status, p.body(path).title, p.detail), { status: p.status, headers });
}
