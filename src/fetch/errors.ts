// A refusal decided by our own guards, carried through node:http's error events with its issue code intact.
import { type Issue, issue } from '../model/issue.ts';

export class FetchRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'ENODATA', 'EAI_NODATA', 'EAI_NONAME']);
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
]);

/** Any error met while fetching → an issue with a stable code, naming the URL. */
export function issueFromError(e: unknown, url: string): Issue {
  if (e instanceof FetchRefusal) return issue(e.code, e.message, url, 'error');
  const err = e as NodeJS.ErrnoException;
  const code = err.code ?? '';
  if (DNS.has(code))
    return issue('fetch.dns', `${url}: the host name does not resolve (${code})`, url, 'error');
  if (UNREACHABLE.has(code)) {
    return issue('fetch.unreachable', `${url}: could not connect (${code}: ${err.message})`, url, 'error');
  }
  if (code === 'ETIMEDOUT') return issue('fetch.timeout', `${url}: the connection timed out`, url, 'error');
  if (/CERT|TLS|SSL|SELF_SIGNED/.test(code)) {
    return issue('fetch.tls', `${url}: the TLS connection failed (${code})`, url, 'error');
  }
  return issue('fetch.network', `${url}: ${err.message || String(e)}`, url, 'error');
}
