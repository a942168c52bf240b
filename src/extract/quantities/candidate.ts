// One constructor for number-expression candidates, so that every candidate has the same hidden class.
import type { Candidate, CandidateKind } from './parsers.ts';

/** Every candidate is built here, fields in one order and the optional ones present (undefined when absent):
 * one shape keeps the refiners that read candidates from being recompiled for each new shape. */
export function candidate(
  first: number,
  last: number,
  value: number,
  kind: CandidateKind,
  unit: string | null,
  r: { ordinal: boolean; words: boolean; low?: number | undefined; high?: number | undefined },
  tally?: [number, number],
): Candidate {
  return {
    first,
    last,
    value,
    low: r.low,
    high: r.high,
    kind,
    unit,
    ordinal: r.ordinal,
    words: r.words,
    qFirst: first,
    qEnd: last + 1,
    qualifier: null,
    about: '',
    keys: [],
    tally,
  };
}
