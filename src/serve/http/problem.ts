// Every error the API answers is an RFC 9457 problem document naming what was wrong and where: one shape,
// built here, so handlers throw a Problem and the error mapper (app.ts) turns it into a response.
import type { z } from 'zod';

export const PROBLEM_TYPE = 'application/problem+json';

export interface FieldError {
  /** Dotted path into the request part at fault ("records.2.text"), or the input's name. */
  field: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Where the problem is: "body", "query", "path", "header", or an input's name. */
  in?: string;
  errors?: FieldError[];
}

/** An expected failure of a request: answered as a problem document with this status and a stable code. */
export class Problem extends Error {
  override name = 'Problem';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly where?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  body(instance?: string): ProblemBody {
    return {
      type: `urn:corroborate:problem:${this.code}`,
      title: TITLES[this.code] ?? this.code,
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...(this.where ? { in: this.where } : {}),
      ...(this.errors?.length ? { errors: this.errors } : {}),
    };
  }
}

const TITLES: Record<string, string> = {
  'bad-json': 'The body is not valid JSON',
  'invalid-request': 'The request does not match its schema',
  'not-found': 'No such resource',
  'story-exists': 'A story with that title exists',
  'too-large': 'The body is too large',
  'unsupported-media-type': 'Unsupported media type',
  'host-refused': 'The Host header names a host this server does not serve',
  unauthorized: 'A bearer token is required',
  csrf: 'Cross-site request refused',
  busy: 'Too many briefings at once',
  ambiguous: 'Several resources match',
  'not-implemented': 'Not supported by this store',
  internal: 'Internal error',
};

/** A zod failure → 400 naming every field at fault. */
export function invalid(where: 'body' | 'query' | 'path', error: z.ZodError): Problem {
  const errors = error.issues.map((i) => ({
    field: i.path.length ? i.path.map(String).join('.') : where,
    message: i.message,
  }));
  const first = errors[0]!;
  const detail = `${where} ${first.field === where ? '' : `field '${first.field}' `}is invalid: ${first.message}`;
  return new Problem(400, 'invalid-request', detail.replace('  ', ' '), where, errors);
}
