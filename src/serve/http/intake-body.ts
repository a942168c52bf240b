// A request to add articles → Intake: a multipart form (files, pasted text, URLs) or JSON (records, URLs).
import type { Context as HonoContext } from 'hono';
import type { Intake, Upload } from './intake.ts';
import { intakeSize } from './intake.ts';
import { Problem } from './problem.ts';
import { jsonBody, parse } from './request.ts';
import { AddDocumentsJsonSchema, HttpUrlSchema, MAX_ITEMS } from './schemas.ts';

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** A multipart form (the page's "add articles") → intake: files, pasted text with a title, URLs one a line. */
export async function formIntake(c: HonoContext): Promise<Intake> {
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

export async function jsonIntake(c: HonoContext): Promise<Intake> {
  const body = parse(AddDocumentsJsonSchema, await jsonBody(c), 'body');
  return { uploads: [], texts: [], records: body.records ?? [], urls: body.urls ?? [] };
}
