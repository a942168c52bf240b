// Content-Encoding: bodies are unpacked after download, with the output capped against decompression bombs.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { FetchRefusal } from './errors.ts';

function inflateEither(buf: Buffer, maxOutputLength: number): Buffer {
  // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: the header byte tells
  const zlibWrapped = buf.length > 1 && (buf[0]! & 0x0f) === 8 && ((buf[0]! << 8) | buf[1]!) % 31 === 0;
  return zlibWrapped ? inflateSync(buf, { maxOutputLength }) : inflateRawSync(buf, { maxOutputLength });
}

function unpackOne(buf: Buffer, coding: string, maxBytes: number): Buffer {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(buf, { maxOutputLength: maxBytes });
    case 'deflate':
      return inflateEither(buf, maxBytes);
    case 'br':
      return brotliDecompressSync(buf, { maxOutputLength: maxBytes });
    case 'identity':
    case '':
      return buf;
    default:
      throw new FetchRefusal(
        'fetch.encoding',
        `the body is encoded as "${coding}", which corroborate cannot read`,
      );
  }
}

/** Undo the codings of a Content-Encoding header, last applied first. */
export function decodeBody(
  buf: Buffer,
  contentEncoding: string | undefined,
  maxBytes: number,
  url: string,
): Buffer {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean)
    .reverse();
  let out = buf;
  for (const coding of codings) {
    try {
      out = unpackOne(out, coding, maxBytes);
    } catch (e) {
      if (e instanceof FetchRefusal) throw e;
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
        throw new FetchRefusal('fetch.too-large', `${url} unpacks to more than ${maxBytes} bytes`);
      }
      throw new FetchRefusal('fetch.encoding', `${url}: the ${coding} body is corrupt (${err.message})`);
    }
  }
  return out;
}
