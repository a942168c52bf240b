// What stands between a request and the store: the Host check (DNS rebinding), the bearer token (required when
// the server listens beyond loopback), CSRF checks on the browser's state-changing requests, and the headers
// (CSP and friends) every answer carries.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { Problem } from './problem.ts';

export const SESSION_COOKIE = 'corroborate_session';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Paths open without a token: liveness, the API's description, the login page and the page assets. */
const OPEN_PATHS = /^\/(api\/health|api\/openapi\.json|login|assets\/[\w.-]+)$/;

/** Strict CSP for the pages: scripts and styles from this origin only, nothing inline, no frames, no plugins. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/** The static HTML report carries its own <style> and no script at all. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

const sha = (s: string): Buffer => createHash('sha256').update(s).digest();
const sameSecret = (a: string, b: string): boolean => timingSafeEqual(sha(a), sha(b));

export interface SecurityOptions {
  /** Bearer token every API call must carry (and the browser session proves); none on loopback by default. */
  token?: string;
  /** Host header names served; when empty any is, which only a token-protected server should allow. */
  allowedHosts: string[];
  /** Secret the CSRF tokens derive from; random per process unless given. */
  csrfSecret?: string;
}

export function hostnameOf(hostHeader: string): string {
  const m = /^(\[[^\]]+\]|[^:]+)(:\d+)?$/.exec(hostHeader.trim());
  return (m?.[1] ?? '').toLowerCase();
}

/** Refuses a Host this server does not answer to: a page on another site cannot rebind its name to 127.0.0.1. */
export function hostGuard(allowed: string[]): MiddlewareHandler {
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  return async (c, next) => {
    if (names.size === 0) return next();
    const host = c.req.header('host') ?? '';
    if (!names.has(hostnameOf(host)))
      throw new Problem(403, 'host-refused', `Host '${host}' is not served here`, 'header', [
        { field: 'host', message: `expected one of ${[...names].join(', ')}` },
      ]);
    return next();
  };
}

/** The session cookie's value for a token: proves the token without being it. */
export function sessionValue(token: string): string {
  return createHash('sha256').update(`corroborate-session\u0000${token}`).digest('base64url');
}

/** With a token set, every call but the open paths needs `Authorization: Bearer …` or the login session. */
export function tokenGuard(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token || OPEN_PATHS.test(c.req.path)) return next();
    const auth = c.req.header('authorization') ?? '';
    const bearer = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
    if (bearer !== undefined && sameSecret(bearer, token)) return next();
    const session = getCookie(c, SESSION_COOKIE);
    if (session !== undefined && sameSecret(session, sessionValue(token))) return next();
    if (!c.req.path.startsWith('/api/') && c.req.method === 'GET') return c.redirect('/login', 303);
    throw new Problem(
      401,
      'unauthorized',
      bearer === undefined ? 'this server needs Authorization: Bearer TOKEN' : 'the bearer token is wrong',
      'header',
      [{ field: 'authorization', message: bearer === undefined ? 'missing' : 'wrong token' }],
      { 'WWW-Authenticate': 'Bearer realm="corroborate"' },
    );
  };
}

export function csrfToken(secret: string): string {
  return createHash('sha256').update(`corroborate-csrf\u0000${secret}`).digest('base64url');
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A browser's state-changing request must come from this origin and carry the page's CSRF token. Requests with a
 * bearer token carry no ambient credential and pass; so do non-browser clients (no Origin, no Sec-Fetch-Site,
 * no cookie), which a web page cannot impersonate.
 */
export function csrfGuard(secret: string): MiddlewareHandler {
  const expected = csrfToken(secret);
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    if (/^Bearer\s/i.test(c.req.header('authorization') ?? '')) return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const fromBrowser = origin !== undefined || site !== undefined || c.req.header('cookie') !== undefined;
    if (!fromBrowser) return next();
    const host = c.req.header('host') ?? '';
    const refuse = (why: string) =>
      new Problem(403, 'csrf', why, 'header', [{ field: 'origin', message: why }]);
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      throw refuse(`a ${site} request cannot change anything here`);
    if (origin !== undefined && origin !== 'null') {
      let originHost = '';
      try {
        originHost = new URL(origin).host;
      } catch {
        // an unparseable Origin is refused below
      }
      if (originHost !== host) throw refuse(`origin '${origin}' is not this server`);
    } else if (origin === 'null') throw refuse('an opaque origin cannot change anything here');
    const given = c.req.header(CSRF_HEADER) ?? (await formToken(c.req.raw));
    if (!given || !sameSecret(given, expected)) throw refuse('the CSRF token is missing or wrong');
    return next();
  };
}

/** The token from a url-encoded form (the login form posts without script). */
async function formToken(req: Request): Promise<string | undefined> {
  if (!(req.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded'))
    return undefined;
  const body = await req.clone().text();
  return new URLSearchParams(body).get('csrf') ?? undefined;
}

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const h = c.res.headers;
  if (!h.has('content-security-policy')) h.set('Content-Security-Policy', PAGE_CSP);
  h.set('X-Content-Type-Options', 'nosniff');
  h.set('Referrer-Policy', 'no-referrer');
  h.set('X-Frame-Options', 'DENY');
  h.set('Cross-Origin-Opener-Policy', 'same-origin');
  h.set('Cross-Origin-Resource-Policy', 'same-origin');
};
