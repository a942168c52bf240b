// Extraction of one article: finders run in this order because quotes and claims name the entities found first.
import type { Context } from '../context.ts';
import type { Issue, Result } from '../model/issue.ts';
import type { Extracted } from '../model/mention.ts';
import type { Segmented } from '../model/segment.ts';
import { findClaims } from './claims/index.ts';
import { findDates } from './dates/index.ts';
import { findEntities } from './entities/index.ts';
import { findQuantities } from './quantities/index.ts';
import { findQuotes } from './quotes/index.ts';

export function extract(seg: Segmented, ctx: Context): Result<Extracted> {
  const issues: Issue[] = [];
  const take = <T>(r: Result<T>): T => {
    issues.push(...r.issues);
    return r.value;
  };
  const entities = take(findEntities(seg, ctx));
  const quantities = take(findQuantities(seg, ctx));
  const dates = take(findDates(seg, ctx));
  const quotes = take(findQuotes(seg, entities, ctx));
  const claims = take(findClaims(seg, entities, ctx));
  return { value: { seg, entities, quantities, dates, quotes, claims }, issues };
}
