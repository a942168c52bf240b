// Dates with a stated year, parsed by chrono-node and written as ISO prefixes at the precision the text supports.
import type { ParsedResult } from 'chrono-node';
import { chronoNode } from '../../lang/chrono.ts';
import { dayWordsToDigits } from './numberWords.ts';

export interface StatedDate {
  /** ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD, never more precise than the words. */
  iso: string;
  /** The words it was read from. */
  text: string;
  /** Offset of the words in the string that was searched. */
  index: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A chrono result as an ISO prefix, or null when its year was not stated. */
export function toIso(r: ParsedResult): string | null {
  const c = r.start;
  if (!c.isCertain('year')) return null;
  const y = c.get('year');
  if (!y) return null;
  if (!c.isCertain('month')) return String(y);
  const mo = pad(c.get('month')!);
  return c.isCertain('day') ? `${y}-${mo}-${pad(c.get('day')!)}` : `${y}-${mo}`;
}

/** Every date with a stated year in a short string (a date line, a window around a year). */
export function statedDates(s: string, ref: Date): StatedDate[] {
  const out: StatedDate[] = [];
  for (const r of chronoNode().parse(dayWordsToDigits(s), ref)) {
    const iso = toIso(r);
    if (iso) out.push({ iso, text: r.text, index: r.index });
  }
  return out;
}

/** A metadata value ("2031-03-04T10:00Z", "March 4, 2031") as an ISO prefix; ISO input is kept as given. */
export function metadataDate(value: string | undefined, ref: Date): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(v)) return v;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(v);
  if (iso) return iso[1]!;
  return statedDates(v, ref)[0]?.iso ?? null;
}

/** Lower end of an ISO prefix, for ordering dates of different precision. */
export const lowerBound = (iso: string): string => (iso + '-01-01'.slice(iso.length - 4)).slice(0, 10);
