import { z } from 'zod';
import { FlagKindSchema, PublishedBasisSchema } from './document.ts';

// The briefing JSON of ../shared/CONTRACT.md. Outside tools read these fields: never rename, drop or change
// their meaning. Extra fields are allowed (loose objects), so the project can add without breaking readers.

const Iso = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?/, 'an ISO 8601 date prefix');
const DocId = z.string().min(1);

export const EvidenceSchema = z.looseObject({ doc: DocId, text: z.string() });
export const SpanEvidenceSchema = EvidenceSchema.extend({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const BriefDocumentSchema = z.looseObject({
  id: DocId,
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: Iso.nullable(),
  published_basis: PublishedBasisSchema,
  text: z.string(),
  flags: z.array(z.looseObject({ kind: FlagKindSchema, evidence: z.string() })),
});

export const BriefEntitySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  type: z.enum(['person', 'org', 'place', 'other']),
  aliases: z.array(z.string()),
  roles: z.array(z.looseObject({ role: z.string(), docs: z.array(DocId) })),
  docs: z.array(DocId),
});

export const QualifierSchema = z.enum(['at least', 'over', 'about', 'up to', 'exactly']).nullable();

export const BriefQuantitySchema = z.looseObject({
  about: z.string(),
  agree: z.boolean(),
  values: z.array(
    z.looseObject({
      doc: DocId,
      text: z.string(),
      value: z.number(),
      qualifier: QualifierSchema,
      unit: z.string().nullable(),
    }),
  ),
});

export const BriefTimelineSchema = z.looseObject({
  date: Iso,
  event: z.string(),
  docs: z.array(DocId),
  evidence: z.array(EvidenceSchema),
});

export const BriefQuoteSchema = z.looseObject({
  speaker: z.string().nullable(),
  text: z.string(),
  docs: z.array(DocId),
});

export const ClaimStatusSchema = z.enum([
  'corroborated',
  'single-source',
  'disputed',
  'opinion',
  'hypothetical',
]);

export const BriefClaimSchema = z.looseObject({
  id: z.string(),
  text: z.string(),
  status: ClaimStatusSchema,
  docs: z.array(DocId),
  evidence: z.array(SpanEvidenceSchema),
  /** Beyond the contract: figures only this claim's source gives, where the rest of its sentence is corroborated in
   *  another claim ("41-9" of "voted 41-9 to override"). */
  figures: z.array(z.string()).optional(),
});

export const BriefDisputeSchema = z.looseObject({
  about: z.string(),
  sides: z.array(
    z.looseObject({ value: z.string(), docs: z.array(DocId), evidence: z.array(EvidenceSchema) }),
  ),
  note: z.string().nullable(),
  /** number | role | date | quote | account */
  kind: z.string().optional(),
});

export const BriefingSchema = z.looseObject({
  schema: z.literal('corroborate.briefing/1'),
  story: z.looseObject({ id: z.string(), title: z.string() }),
  documents: z.array(BriefDocumentSchema),
  entities: z.array(BriefEntitySchema),
  quantities: z.array(BriefQuantitySchema),
  timeline: z.array(BriefTimelineSchema),
  quotes: z.array(BriefQuoteSchema),
  claims: z.array(BriefClaimSchema),
  disputes: z.array(BriefDisputeSchema),
  // Beyond the contract (optional, so readers of the contract alone are unaffected):
  /** Headline summary: the best-corroborated findings, one sentence each. */
  summary: z.array(z.looseObject({ text: z.string(), docs: z.array(DocId) })).optional(),
  /** Key facts at a glance: who, what, where, when, numbers, each with the sources that give it. */
  key_facts: z
    .array(
      z.looseObject({
        kind: z.enum(['who', 'what', 'where', 'when', 'numbers']),
        text: z.string(),
        docs: z.array(DocId),
      }),
    )
    .optional(),
  /** What a story budget left out of the cross-source comparison (src/batch/story-budget.ts), when one did. */
  cut: z.array(z.looseObject({ code: z.string(), message: z.string() })).optional(),
  /** Independent sources: near copies, articles carrying one wire credit, and duplicates form one group. */
  sources: z
    .array(z.looseObject({ id: z.string(), docs: z.array(DocId), reason: z.string().nullable() }))
    .optional(),
});

export type Briefing = z.infer<typeof BriefingSchema>;
export type BriefDocument = z.infer<typeof BriefDocumentSchema>;
export type BriefEntity = z.infer<typeof BriefEntitySchema>;
export type BriefQuantity = z.infer<typeof BriefQuantitySchema>;
export type BriefTimelineEntry = z.infer<typeof BriefTimelineSchema>;
export type BriefQuote = z.infer<typeof BriefQuoteSchema>;
export type BriefClaim = z.infer<typeof BriefClaimSchema>;
export type BriefDispute = z.infer<typeof BriefDisputeSchema>;

/** Checks that every span of a briefing points at the words it claims to (evidence must be traceable). */
export function spanProblems(b: Briefing): string[] {
  const texts = new Map(b.documents.map((d) => [d.id, d.text]));
  const out: string[] = [];
  for (const c of b.claims) {
    for (const e of c.evidence) {
      const t = texts.get(e.doc);
      if (t === undefined) out.push(`claim ${c.id}: evidence names unknown document ${e.doc}`);
      else if (t.slice(e.start, e.end) !== e.text)
        out.push(`claim ${c.id}: span ${e.start}-${e.end} is not its text`);
    }
  }
  return out;
}
