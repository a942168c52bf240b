// Extraction of one article: finders run in this order because quotes and claims name the entities found first.
// The finders fall in two groups that need nothing of each other (who and what: entities, counts, and the quotes
// and claims that name the entities; when: dates), so a pool can run each on its own thread, warm for its code.
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
  claims: Found<Extracted['claims']>;
}

/** When: the dates, which need no other finding. */
export interface When {
  dates: Found<DateMention[]>;
}

export function extractWhoWhat(seg: Segmented, ctx: Context): WhoWhat {
  const entities = findEntities(seg, ctx);
  return {
    entities,
    quantities: findQuantities(seg, ctx),
    quotes: findQuotes(seg, entities.value, ctx),
    claims: findClaims(seg, entities.value, ctx),
  };
}

export function extractWhen(seg: Segmented, ctx: Context): When {
  return { dates: findDates(seg, ctx) };
}

/** The two groups as one extraction, its issues in the finders' order whichever thread ran each group. */
export function joinFindings(seg: Segmented, whoWhat: WhoWhat, when: When): Result<Extracted> {
  const { entities, quantities, quotes, claims } = whoWhat;
  const { dates } = when;
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
  return joinFindings(seg, extractWhoWhat(seg, ctx), extractWhen(seg, ctx));
}
