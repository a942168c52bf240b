// Durations on the command line ("90s", "10m", "2h", "1d"): a zod schema, so a bad value is a usage error naming it.
import { z } from 'zod';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;

export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text.trim());
  return m ? Number(m[1]) * UNIT_MS[m[2]!]! : null;
}

/** A duration flag: "10m" → 600000 (milliseconds). */
export const durationFlag = (flag: string) =>
  z.string().transform((s, ctx) => {
    const ms = parseDuration(s);
    if (ms === null || ms <= 0) {
      ctx.addIssue({
        code: 'custom',
        message: `--${flag} must be a duration such as 90s, 10m, 2h or 1d (got '${s}')`,
      });
      return z.NEVER;
    }
    return ms;
  });

/** --since: an ISO time, or a duration back from now ("2h" = the last two hours). */
export const sinceFlag = z.string().transform((s, ctx) => {
  const ms = parseDuration(s);
  if (ms !== null) return { ago: ms } as const;
  if (/^\d{4}-\d{2}(-\d{2})?/.test(s) && !Number.isNaN(Date.parse(s)))
    return { at: new Date(s).toISOString() } as const;
  ctx.addIssue({
    code: 'custom',
    message: `--since must be an ISO time (2026-01-05T12:00Z) or a duration such as 2h (got '${s}')`,
  });
  return z.NEVER;
});
