// The only code that talks HTTP. Guards: http/https only; every address a host name resolves to is checked
// inside the socket's own lookup (so DNS rebinding cannot slip between check and connect); redirects are
// followed by hand and each hop is checked again; time, size and Content-Type are capped.
import { promises as dns, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { DocMeta } from '../model/document.ts';
import type { Input } from '../model/input.ts';
import type { Issue } from '../model/issue.ts';
import { addressRefusal, isLoopback } from './address.ts';
import { contentTypeRefusal } from './content-type.ts';
import { decodeBody } from './decode-body.ts';
import { FetchRefusal, issueFromError } from './errors.ts';

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface FetchOptions {
  /** Allow private, loopback and link-local addresses (tests, intranets). */
  allowPrivateHosts?: boolean;
  /**
   * Loopback ports reachable even when private hosts are refused. For tests that need an "allowed" host on
   * 127.0.0.1 next to a refused one, and for a local proxy the user runs on purpose.
   */
  allowLoopbackPorts?: number[];
  /** Host name → addresses; defaults to the system resolver. Every address it returns is checked. */
  resolve?: Resolver;
  /** Largest body accepted, before and after decompression (default 50 MB). */
  maxBytes?: number;
  /** Whole fetch, all redirects included (default 30 s). */
  timeoutMs?: number;
  /** From sending a request to its response headers, connecting included (default 10 s). */
  headersTimeoutMs?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  userAgent?: string;
  /** Metadata known for this URL (e.g. from a feed item), passed on in the Input. */
  meta?: DocMeta;
  /** Extra request headers (If-None-Match, If-Modified-Since for conditional polling; Content-Type for a POST). */
  headers?: Record<string, string>;
  /** POST sends `body` (a webhook); its answer may be of any type. Default GET. */
  method?: 'GET' | 'POST';
  body?: string;
}

export interface FetchResult {
  input?: Input;
  issue?: Issue;
  /** The server answered 304 to a conditional request: nothing new since the validators sent. */
  notModified?: boolean;
  /** Validators of the answer, for the next conditional request. */
  etag?: string;
  lastModified?: string;
}

export const USER_AGENT = 'corroborate/0.1 (news cross-checking; +https://www.npmjs.com/package/corroborate)';
const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,' +
  'application/json;q=0.9,text/plain;q=0.8,*/*;q=0.1';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolve: Resolver = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

interface Settings {
  allowPrivateHosts: boolean;
  allowLoopbackPorts: number[];
  resolve: Resolver;
  maxBytes: number;
  headersTimeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  headers: Record<string, string>;
  method: 'GET' | 'POST';
  body: string | undefined;
}

function settings(o: FetchOptions): Settings {
  return {
    allowPrivateHosts: o.allowPrivateHosts ?? false,
    allowLoopbackPorts: o.allowLoopbackPorts ?? [],
    resolve: o.resolve ?? systemResolve,
    maxBytes: o.maxBytes ?? 50 * 1024 * 1024,
    headersTimeoutMs: o.headersTimeoutMs ?? 10_000,
    maxRedirects: o.maxRedirects ?? 5,
    userAgent: o.userAgent ?? USER_AGENT,
    headers: o.headers ?? {},
    method: o.method ?? 'GET',
    body: o.body,
  };
}

function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

/** Why connecting to this address is refused under the settings, or null. */
function refusal(address: string, port: number, s: Settings): string | null {
  if (s.allowPrivateHosts) return null;
  if (s.allowLoopbackPorts.includes(port) && isLoopback(address)) return null;
  return addressRefusal(address);
}

/** A lookup for node:net that resolves, checks every address, then hands them over: check and connect agree. */
function guardedLookup(s: Settings, port: number): LookupFunction {
  return (hostname, options, callback) => {
    s.resolve(hostname).then(
      (found) => {
        for (const a of found) {
          const why = refusal(a.address, port, s);
          if (why) {
            const msg = `${hostname} resolves to ${a.address}, ${why}; refused (allow private hosts to fetch it)`;
            callback(new FetchRefusal('fetch.private-host', msg), '', 0);
            return;
          }
        }
        const usable = found.filter((a) => !options.family || a.family === options.family);
        if (usable.length === 0) {
          const err: NodeJS.ErrnoException = new Error(`${hostname} has no usable address`);
          err.code = 'ENOTFOUND';
          callback(err, '', 0);
          return;
        }
        if (options.all) callback(null, usable as LookupAddress[]);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

type Validators = { etag?: string; lastModified?: string };
type Hop =
  | { redirect: string }
  | { notModified: true }
  | { body: Buffer; contentType: string | undefined; validators: Validators };

/** One request: resolves to a redirect target or a body, rejects with the reason it failed. */
function requestOnce(url: URL, s: Settings, deadline: number): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const port = portOf(url);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // node:net skips lookup for IP literals, so they are checked here
    const literalWhy = isIP(host) ? refusal(host, port, s) : null;
    if (literalWhy) {
      reject(
        new FetchRefusal(
          'fetch.private-host',
          `${host} is ${literalWhy}; refused (allow private hosts to fetch it)`,
        ),
      );
      return;
    }
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(url, {
      method: s.method,
      agent: false,
      lookup: guardedLookup(s, port),
      headers: {
        'user-agent': s.userAgent,
        accept: ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
        ...s.headers,
      },
    });
    const timeout = (what: string) => new FetchRefusal('fetch.timeout', `${url.href}: ${what}`);
    const headerWait = Math.min(s.headersTimeoutMs, deadline - Date.now());
    let timer = setTimeout(() => req.destroy(timeout(`no response within ${headerWait} ms`)), headerWait);
    const fail = (e: unknown) => {
      clearTimeout(timer);
      reject(e);
    };
    req.on('error', fail);
    req.on('response', (res) => {
      clearTimeout(timer);
      timer = setTimeout(
        () => res.destroy(timeout('the body did not arrive in time')),
        deadline - Date.now(),
      );
      readResponse(res, url, s).then(
        (hop) => {
          clearTimeout(timer);
          resolve(hop);
        },
        (e) => {
          res.destroy();
          fail(e);
        },
      );
    });
    req.end(s.body);
  });
}

/** Status, headers and body of one response, refusing early what the guards do not accept. */
function readResponse(res: IncomingMessage, url: URL, s: Settings): Promise<Hop> {
  const status = res.statusCode ?? 0;
  const location = res.headers.location;
  if (REDIRECTS.has(status) && location) {
    res.resume();
    return Promise.resolve({ redirect: location });
  }
  if (status === 304) {
    res.resume();
    return Promise.resolve({ notModified: true });
  }
  if (status < 200 || status > 299) {
    return Promise.reject(
      new FetchRefusal(
        'fetch.status',
        `${url.href} answered HTTP ${status} ${res.statusMessage ?? ''}`.trim(),
      ),
    );
  }
  const contentType = res.headers['content-type'];
  const typeWhy = s.method === 'GET' ? contentTypeRefusal(contentType) : null;
  if (typeWhy) return Promise.reject(new FetchRefusal('fetch.content-type', `${url.href}: ${typeWhy}`));
  const tooLarge = () =>
    new FetchRefusal('fetch.too-large', `${url.href} is larger than the cap of ${s.maxBytes} bytes`);
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > s.maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > s.maxBytes) reject(tooLarge());
      else chunks.push(chunk);
    });
    res.on('error', reject);
    res.on('aborted', () =>
      reject(new FetchRefusal('fetch.network', `${url.href}: the connection closed mid-body`)),
    );
    res.on('end', () => {
      try {
        const body = decodeBody(Buffer.concat(chunks), res.headers['content-encoding'], s.maxBytes, url.href);
        const validators: Validators = {};
        if (typeof res.headers.etag === 'string') validators.etag = res.headers.etag;
        if (typeof res.headers['last-modified'] === 'string')
          validators.lastModified = res.headers['last-modified'];
        resolve({ body, contentType, validators });
      } catch (e) {
        reject(e);
      }
    });
  });
}

function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchRefusal('fetch.url', `"${raw}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusal(
      'fetch.protocol',
      `${url.href}: only http and https URLs are fetched, not ${url.protocol}`,
    );
  }
  return url;
}

/** Fetch one URL under the guards: the bytes as an Input for ingest, or an issue saying why not. */
export async function fetchUrl(raw: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const s = settings(opts);
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  let url: URL | undefined;
  try {
    url = parseHttpUrl(raw);
    for (let redirects = 0; ; redirects++) {
      const hop = await requestOnce(url, s, deadline);
      if ('notModified' in hop) return { notModified: true };
      if ('body' in hop) {
        const input: Input = { name: raw, bytes: new Uint8Array(hop.body), url: url.href };
        if (hop.contentType) input.contentType = hop.contentType;
        if (opts.meta) input.meta = opts.meta;
        return { input, ...hop.validators };
      }
      if (redirects >= s.maxRedirects) {
        throw new FetchRefusal(
          'fetch.redirects',
          `${raw}: more than ${s.maxRedirects} redirects (last to ${hop.redirect})`,
        );
      }
      url = parseHttpUrl(hop.redirect, url);
    }
  } catch (e) {
    const where = raw;
    const found = issueFromError(e, url?.href ?? raw);
    return { issue: { ...found, where } };
  }
}
