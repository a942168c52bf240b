// --notify URL: each change posted as one JSON object, through the same guards as fetching (no private hosts unless
// allowed, time and size caps), retried with exponential backoff; a receiver that stays down is reported, not fatal.
import { fetchUrl } from '../../fetch/http.ts';
import type { StoredChange } from '../../model/change.ts';

export interface NotifyOptions {
  allowPrivateHosts?: boolean;
  /** Tries per event, the first included. */
  attempts?: number;
  /** Wait before the second try; doubled for each next one. */
  firstDelayMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface NotifyOutcome {
  sent: number;
  failed: { seq: number; reason: string }[];
}

const DEFAULT_ATTEMPTS = 4;
const DEFAULT_FIRST_DELAY_MS = 500;
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The JSON a receiver gets: the change with its story, kind and time. */
export function notification(c: StoredChange): string {
  return JSON.stringify({ type: 'corroborate.change/1', ...c });
}

async function postOne(url: string, c: StoredChange, o: NotifyOptions): Promise<string | null> {
  const attempts = o.attempts ?? DEFAULT_ATTEMPTS;
  const sleep = o.sleep ?? wait;
  let reason = 'not sent';
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await sleep((o.firstDelayMs ?? DEFAULT_FIRST_DELAY_MS) * 2 ** (i - 1));
    const r = await fetchUrl(url, {
      method: 'POST',
      body: notification(c),
      headers: { 'content-type': 'application/json' },
      allowPrivateHosts: o.allowPrivateHosts ?? false,
      timeoutMs: o.timeoutMs ?? 10_000,
      maxBytes: 1024 * 1024,
    });
    if (!r.issue) return null;
    reason = r.issue.message;
    // A refusal by our own guards will not change on a retry.
    if (
      r.issue.code === 'fetch.private-host' ||
      r.issue.code === 'fetch.url' ||
      r.issue.code === 'fetch.protocol'
    )
      break;
  }
  return reason;
}

export async function notifyChanges(
  url: string,
  changes: StoredChange[],
  o: NotifyOptions = {},
): Promise<NotifyOutcome> {
  const out: NotifyOutcome = { sent: 0, failed: [] };
  for (const c of changes) {
    const why = await postOne(url, c, o);
    if (why === null) out.sent++;
    else out.failed.push({ seq: c.seq, reason: why });
  }
  return out;
}
