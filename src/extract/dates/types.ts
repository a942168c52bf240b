// A date expression as parsers find it, before the reference date resolves it.

/** Offsets a relative expression states: "last week" is week -1, "two days ago" is day -2, "on Monday" weekday 1. */
export interface Relative {
  unit: 'day' | 'week' | 'month' | 'year' | 'weekday';
  offset: number;
  /** For weekdays: 0 = Sunday … 6 = Saturday; `offset` is -1 (last), 0 (on), +1 (next). */
  weekday?: number;
}

export interface DateCand {
  /** Document offsets of the words that date it. */
  start: number;
  end: number;
  /** Components as written; a missing part is undefined. */
  year?: number;
  month?: number;
  day?: number;
  /** End of a stated range ("2016-2020", "June 1 to 5"). */
  endYear?: number;
  endMonth?: number;
  endDay?: number;
  relative?: Relative;
  /** A holiday whose day depends on the year ("easter"), resolved once the year is known. */
  holiday?: { name: string; weekend: boolean };
  /** Which parser read it, for tracing and tests. */
  parser: string;
}
