// Reading a request's parts against their schemas: every failure becomes a Problem naming the part at fault.
import type { Context as HonoContext } from 'hono';
import type { z } from 'zod';
import { invalid, Problem } from './problem.ts';

export const tooLarge = (max: number) => () => {
  throw new Problem(413, 'too-large', `the body is over ${max} bytes`, 'body');
};

/** JSON body → value, or a 400 saying where the JSON breaks. */
export async function jsonBody(c: HonoContext): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type))
    throw new Problem(
      415,
      'unsupported-media-type',
      `send application/json (got '${type || 'nothing'}')`,
      'header',
      [{ field: 'content-type', message: 'expected application/json' }],
    );
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Problem(400, 'bad-json', `the body is not valid JSON: ${(e as Error).message}`, 'body');
  }
}

export function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'body' | 'query' | 'path',
): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw invalid(where, r.error);
  return r.data;
}

/** The client asks for long work to be answered 202 with a job (RFC 7240). */
export function wantsAsync(c: HonoContext): boolean {
  return /\brespond-async\b/i.test(c.req.header('prefer') ?? '');
}
