import { z } from 'zod';

/** Offsets into a document's cleaned text: text.slice(start, end). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);
export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The span of `sorted` (by start, none overlapping) that holds `offset`, by bisection; null when none does. */
export function spanAt<T extends Span>(sorted: T[], offset: number): T | null {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sorted[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** Index of the first item of `sorted` (by start) that starts at or after `offset` (its length if none). */
export function firstFrom(sorted: { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
