// A made briefing as an HTTP answer: the contract JSON or a rendering, with its ETag, CSP and download name.
import { render } from '../commands/brief.ts';
import type { Made } from './briefings.ts';
import { REPORT_CSP } from './security.ts';

export type Format = 'json' | 'md' | 'html' | 'text';

const MEDIA: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

/** One rendering of a made briefing, made once per version. */
export function rendered(made: Made, format: Format): string {
  if (format === 'json') return made.json;
  let out = made.rendered.get(format);
  if (out === undefined) {
    out = render(made.briefing, format, false);
    made.rendered.set(format, out);
  }
  return out;
}

export function briefingResponse(made: Made, format: Format, download: boolean, name: string): Response {
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
