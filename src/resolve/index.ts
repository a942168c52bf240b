// resolve: Extracted[] → Resolved. Entities across articles, independent sources, dates completed across sources.
import type { Context } from '../context.ts';
import type { Resolved } from '../model/finding.ts';
import type { Result } from '../model/issue.ts';
import type { Extracted } from '../model/mention.ts';
import { anaphoricRoles } from './anaphora.ts';
import { completeDates } from './dates.ts';
import { resolveEntities } from './entities.ts';
import { seatRoles } from './seats.ts';
import { independentSources } from './sources.ts';

export function resolve(extracted: Extracted[], ctx: Context): Result<Resolved> {
  const { entities, entityOf } = resolveEntities(extracted);
  anaphoricRoles(extracted, entities, entityOf);
  seatRoles(extracted, entities);
  const { sources, sourceOf, copies } = independentSources(extracted);
  const dates = completeDates(extracted);
  ctx.trace('resolve', `${entities.length} entities, ${sources.length} independent sources`);
  return {
    value: {
      extracted,
      docs: extracted.map((x) => x.seg.doc.id),
      entities,
      entityOf,
      sources,
      sourceOf,
      copies,
      dates,
    },
    issues: [],
  };
}
