// Extraction of one article: finders run in this order because quotes and claims name the entities found first.
// The finders fall in two groups, so a pool can run each on its own thread, warm for its code: who and what
// (entities and counts), and the rest (dates, which need nothing else; quotes and claims, which need only the
// entities, and share the speaker linker one thread builds once). Measured with --jobs 2 on 1,004 articles
// (per-thread CPU from /proc): the two threads together spend about what one thread spends alone.
import type { Context } from '../context.ts';
import type { Issue, Result } from '../model/issue.ts';
import type { DateMention, DocEntity, Extracted, QuantityMention } from '../model/mention.ts';
import type { Segmented } from '../model/segment.ts';
import { findClaims } from './claims/index.ts';
import { findDates } from './dates/index.ts';
import { findEntities } from './entities/index.ts';
import { findQuantities } from './quantities/index.ts';
import { findQuotes } from './quotes/index.ts';

type Found<T> = { value: T; issues: Issue[] };

/** Who and what: each finding kind with its own issues, so the join keeps extract's order of issues. */
export interface WhoWhat {
  entities: Found<DocEntity[]>;
  quantities: Found<QuantityMention[]>;
}

/** The rest: the dates, and the quotes and claims (which name the entities of the first group). */
export interface Rest {
  dates: Found<DateMention[]>;
  quotes: Found<Extracted['quotes']>;
  claims: Found<Extracted['claims']>;
}

export function extractWhoWhat(seg: Segmented, ctx: Context): WhoWhat {
  const entities = findEntities(seg, ctx);
  return {
    entities,
    quantities: findQuantities(seg, ctx),
  };
}

export function extractRest(seg: Segmented, entities: DocEntity[], ctx: Context): Rest {
  return {
    dates: findDates(seg, ctx),
    quotes: findQuotes(seg, entities, ctx),
    claims: findClaims(seg, entities, ctx),
  };
}

/** The two groups as one extraction, its issues in the finders' order whichever thread ran each group. */
export function joinFindings(seg: Segmented, whoWhat: WhoWhat, rest: Rest): Result<Extracted> {
  const { entities, quantities } = whoWhat;
  const { dates, quotes, claims } = rest;
  const issues = [entities, quantities, dates, quotes, claims].flatMap((f) => f.issues);
  const value = {
    seg,
    entities: entities.value,
    quantities: quantities.value,
    dates: dates.value,
    quotes: quotes.value,
    claims: claims.value,
  };
  return { value, issues };
}

export function extract(seg: Segmented, ctx: Context): Result<Extracted> {
  const whoWhat = extractWhoWhat(seg, ctx);
  return joinFindings(seg, whoWhat, extractRest(seg, whoWhat.entities.value, ctx));
}
