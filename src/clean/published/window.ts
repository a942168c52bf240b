// The latest date with a stated year that an article reports: found around each four-digit year, never all text.
import type { StatedDate } from './parse.ts';
import { lowerBound, statedDates } from './parse.ts';

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const MAX_YEARS = 400;
const BEFORE = 40;
const AFTER = 12;
// A date the article looks forward to ("by March 2031", "scheduled for") says nothing about when it was written.
const FORWARD =
  /\b(by|until|till|before|through|ahead of|scheduled (for|on)|expected (in|on|by)|due (in|on|by)|next)\s+(the\s+)?(end of\s+|early\s+|late\s+|mid-?)?$/i;
// A bare year the article places something in ("in 2029", "since 2030").
const BARE_YEAR_CUE = /\b(in|since|during|of|early|late|mid-?)\s*$/i;

/** Dates with a stated year that are not in the future of `now` nor looked forward to. */
export function reportedDates(text: string, now: Date): StatedDate[] {
  const out: StatedDate[] = [];
  const nowIso = now.toISOString().slice(0, 10);
  let seen = 0;
  for (const m of text.matchAll(YEAR)) {
    if (++seen > MAX_YEARS) break;
    const at = m.index;
    const start = Math.max(0, at - BEFORE);
    const window = text.slice(start, at + m[0].length + AFTER).replace(/\s+/g, ' ');
    const found = statedDates(window, now).filter((d) => d.text.includes(m[0]));
    const date =
      found[0] ??
      (BARE_YEAR_CUE.test(text.slice(start, at)) ? { iso: m[0], text: m[0], index: at - start } : null);
    if (!date) continue;
    const before = text.slice(Math.max(0, start + date.index - 30), start + date.index);
    if (FORWARD.test(before) || lowerBound(date.iso) > nowIso) continue;
    out.push({ ...date, index: start + date.index });
  }
  return out;
}

/** The latest of the dates by lower bound; of equal bounds, the more precise. */
export function latest(dates: StatedDate[]): StatedDate | null {
  let best: StatedDate | null = null;
  for (const d of dates) {
    const a = lowerBound(d.iso);
    const b = best ? lowerBound(best.iso) : '';
    if (!best || a > b || (a === b && d.iso.length > best.iso.length)) best = d;
  }
  return best;
}
