// Extraction of one article: finders run in this order because quotes and claims name the entities found first.
// The finders fall in two groups, so a pool can run each on its own thread, warm for its code: who and what
// (entities, counts, and the quotes that name the entities), and the rest (dates, which need nothing else, and
// claims, which need only the entities): with cleaning and marking copies beside the rest, each thread gets
// about half of the work, and claims, the bulkiest findings, are not copied between threads (npm run bench).
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
  quotes: Found<Extracted['quotes']>;
}

/** The rest: the dates, and the claims (which name the entities of the first group). */
export interface Rest {
  dates: Found<DateMention[]>;
  claims: Found<Extracted['claims']>;
}

export function extractWhoWhat(seg: Segmented, ctx: Context): WhoWhat {
  const entities = findEntities(seg, ctx);
  return {
    entities,
    quantities: findQuantities(seg, ctx),
    quotes: findQuotes(seg, entities.value, ctx),
  };
}

export function extractRest(seg: Segmented, entities: DocEntity[], ctx: Context): Rest {
  return { dates: findDates(seg, ctx), claims: findClaims(seg, entities, ctx) };
}

/** The two groups as one extraction, its issues in the finders' order whichever thread ran each group. */
export function joinFindings(seg: Segmented, whoWhat: WhoWhat, rest: Rest): Result<Extracted> {
  const { entities, quantities, quotes } = whoWhat;
  const { dates, claims } = rest;
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
