// brief: Assessed → Briefing (the contract of ../shared/CONTRACT.md). A view of the findings that adds no facts;
// the same input always gives byte-identical output (fixed ids and orders, no clocks, no randomness).
import type { Context } from '../context.ts';
import { type Briefing, BriefingSchema, spanProblems } from '../model/briefing.ts';
import type { Assessed } from '../model/finding.ts';
import { issue, type Result } from '../model/issue.ts';
import { buildDocuments } from './build/documents.ts';
import { buildEntities } from './build/entities.ts';
import { buildKeyFacts, buildSources, buildSummary } from './build/extras.ts';
import { buildClaims, buildDisputes, buildQuantities, buildQuotes, buildTimeline } from './build/findings.ts';

export function brief(
  assessed: Assessed,
  story: { id: string; title: string },
  ctx: Context,
): Result<Briefing> {
  const r = assessed.aligned.resolved;
  const order = new Map(r.docs.map((d, i) => [d, i]));
  const core = {
    schema: 'corroborate.briefing/1' as const,
    story: { id: story.id, title: story.title },
    documents: buildDocuments(assessed),
    entities: buildEntities(r.entities, order),
    quantities: buildQuantities(assessed, order),
    timeline: buildTimeline(assessed),
    quotes: buildQuotes(assessed, r.entities, order),
    claims: buildClaims(assessed),
    disputes: buildDisputes(assessed),
  };
  const value: Briefing = {
    ...core,
    summary: buildSummary(assessed),
    key_facts: buildKeyFacts(core, assessed),
    sources: buildSources(assessed),
  };
  const issues = [];
  const parsed = BriefingSchema.safeParse(value);
  if (!parsed.success) issues.push(issue('brief.schema', parsed.error.message, story.id, 'error'));
  for (const p of spanProblems(value)) issues.push(issue('brief.span', p, story.id, 'error'));
  ctx.trace('brief', `${value.claims.length} claims, ${value.disputes.length} disputes`);
  // the parsed form: fields in the contract's order, the one parse every caller relies on
  return { value: parsed.success ? parsed.data : value, issues };
}
