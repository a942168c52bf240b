// .html.gz and other gzip inputs; the output is capped so a small bomb cannot fill memory.
import { gunzipSync } from 'node:zlib';
import { type Issue, issue } from '../model/issue.ts';

export function gunzip(
  bytes: Uint8Array,
  maxBytes: number,
  where: string,
): { value: Uint8Array | null; issues: Issue[] } {
  try {
    return { value: gunzipSync(bytes, { maxOutputLength: maxBytes }), issues: [] };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      const msg = `${where} unpacks to more than ${maxBytes} bytes, over the input size cap`;
      return { value: null, issues: [issue('ingest.too-large', msg, where, 'error')] };
    }
    const msg = `${where} is not a readable gzip file: ${err.message}`;
    return { value: null, issues: [issue('ingest.gzip-broken', msg, where, 'error')] };
  }
}
