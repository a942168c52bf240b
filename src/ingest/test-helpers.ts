// Shared by the ingest tests: a fixed context and invented article text long enough to count as full text.
import { makeContext } from '../context.ts';

export const ctx = makeContext({ now: new Date('2026-02-01T00:00:00Z') });

/** An invented news paragraph (no real names), repeated to reach a given length. */
export function article(minChars = 800): string {
  const para =
    'The harbour authority of Port Velden said on Tuesday that 14 cargo ships had been held outside the ' +
    'breakwater after a storm damaged two cranes. Director Ilse Marquand told reporters that repairs would ' +
    'take at least three weeks. ';
  let out = '';
  while (out.length < minChars) out += para;
  return out.trim();
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
