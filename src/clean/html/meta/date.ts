// Publication dates from metadata values and datelines, as ISO 8601 (the page's own offset kept, never shifted).
import { chronoNode } from '../../../lang/chrono.ts';

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const EPOCH = /^\d{10}(\d{3})?$/;
// Text long enough to hold a date but short enough to be a dateline, not a paragraph.
const MAX_DATELINE_CHARS = 200;

const pad = (n: number | string, w = 2): string => String(n).padStart(w, '0');

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function isoFromParts(parts: (string | undefined)[]): string | undefined {
  const [y, m, d, hh, mm, ss, zone] = parts;
  if (!validDay(Number(y), Number(m), Number(d))) return undefined;
  const date = `${y}-${pad(m!)}-${pad(d!)}`;
  if (hh === undefined || Number(hh) > 23) return date;
  const time = `T${pad(hh)}:${mm}:${ss ?? '00'}`;
  if (!zone) return date + time;
  if (zone.toUpperCase() === 'Z') return `${date}${time}Z`;
  const z = zone.replace(':', '');
  return `${date}${time}${z.slice(0, 3)}:${z.length > 3 ? z.slice(3, 5) : '00'}`;
}

/** A machine-readable date value (ISO-like, compact or epoch) → ISO; undefined when it is not one. */
export function machineDate(raw: string): string | undefined {
  const s = raw.trim();
  const iso = ISO.exec(s);
  if (iso) return isoFromParts(iso.slice(1));
  const compact = COMPACT.exec(s);
  if (compact) return isoFromParts(compact.slice(1));
  if (EPOCH.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    return new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  return undefined;
}

/** A human date ("Nov. 18, 2019 5:04 PM", "18 novembre 2019") → ISO date; needs a stated day, month and year. */
export function textDate(raw: string): string | undefined {
  const s = raw.slice(0, MAX_DATELINE_CHARS);
  const chrono = chronoNode();
  for (const parser of [
    chrono.strict,
    chrono.de.strict,
    chrono.fr.strict,
    chrono.es.strict,
    chrono.pt.strict,
  ]) {
    const r = parser.parse(s)[0];
    if (!r) continue;
    const c = r.start;
    if (!(c.isCertain('year') && c.isCertain('month') && c.isCertain('day'))) continue;
    return isoFromParts([String(c.get('year')), String(c.get('month')), String(c.get('day'))]);
  }
  return undefined;
}

/** Either form; machine forms first because they carry time and offset. */
export function anyDate(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  return machineDate(raw) ?? textDate(raw);
}
