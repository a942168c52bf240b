// The days an ISO 8601 date prefix covers ("2026" a year, "2026-01" a month, "2026-01-03" a day), as YYYY-MM-DD
// strings that compare in order. A month ends on its "31st": enough to compare, never shown.

export function firstDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso.slice(0, 10);
}

export function lastDay(iso: string): string {
  return iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso.slice(0, 10);
}

/** Days from one full ISO day to another (negative when the second comes first). */
export function daysBetween(a: string, b: string): number {
  return Math.round(
    (Date.parse(`${b.slice(0, 10)}T12:00:00Z`) - Date.parse(`${a.slice(0, 10)}T12:00:00Z`)) / 86_400_000,
  );
}

/** The full ISO day `n` days after a full ISO day (before it when `n` is negative). */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Days given as a span, written as an ISO 8601 interval: "2018-04-09/2018-04-15". */
export function interval(days: { from: string; to: string }): string {
  return `${days.from}/${days.to}`;
}
