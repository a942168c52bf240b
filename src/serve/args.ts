// Flags are a boundary: node:util parseArgs reads them, a zod schema per command says which values are valid.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { z } from 'zod';
import { IsoDateSchema } from '../model/document.ts';
import { UsageError } from './io.ts';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
export const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  now: { type: 'string' },
} as const satisfies OptionSpec;

export const NowSchema = IsoDateSchema.refine(
  (s) => !Number.isNaN(Date.parse(s)),
  'not a valid date',
).transform((s) => new Date(s));

/** `--format` with the values a command supports, and a message that lists them. */
export const formatFlag = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z
    .enum(values, { error: (i) => `--format must be one of ${values.join(', ')} (got '${String(i.input)}')` })
    .default(fallback);

export interface Parsed<F> {
  flags: F;
  positionals: string[];
  help: boolean;
  now: Date | undefined;
}

/** Parses argv after the command name; unknown flags and invalid values become UsageErrors naming the flag. */
export function parseCommand<S extends z.ZodType>(
  command: string,
  argv: string[],
  options: OptionSpec,
  schema: S,
  env: Record<string, string | undefined>,
): Parsed<z.output<S>> {
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { ...GLOBAL_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional.*$/s, ''), command);
  }
  const { help, now: nowFlag, ...rest } = values;
  if (help) return { flags: {} as z.output<S>, positionals, help: true, now: undefined };
  const now = parseNow(command, (nowFlag as string | undefined) ?? env.CORROBORATE_NOW);
  const r = schema.safeParse(rest);
  if (!r.success) throw new UsageError(firstProblem(r.error), command);
  return { flags: r.data, positionals, help: false, now };
}

function parseNow(command: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const r = NowSchema.safeParse(value);
  if (!r.success)
    throw new UsageError(
      `--now must be an ISO date such as 2026-01-05 or 2026-01-05T12:00Z (got '${value}')`,
      command,
    );
  return r.data;
}

function firstProblem(err: z.ZodError): string {
  const i = err.issues[0];
  if (!i) return 'invalid options';
  const flag = i.path.length ? `--${i.path.join('.')}` : 'options';
  return i.message.startsWith('--') ? i.message : `${flag}: ${i.message}`;
}
