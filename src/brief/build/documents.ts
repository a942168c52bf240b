// documents[]: metadata, the cleaned text every span points into, and flags with their evidence.
import type { BriefDocument } from '../../model/briefing.ts';
import type { Assessed } from '../../model/finding.ts';

export function buildDocuments(a: Assessed): BriefDocument[] {
  return a.aligned.resolved.extracted.map(({ seg: { doc } }) => ({
    id: doc.id,
    title: doc.title,
    outlet: doc.outlet,
    published: doc.published,
    published_basis: doc.publishedBasis,
    text: doc.text,
    flags: (a.flags[doc.id] ?? doc.flags).map((f) => ({
      kind: f.kind,
      evidence: f.evidence,
      ...(f.span ? { start: f.span.start, end: f.span.end } : {}),
      ...(f.of ? { of: f.of } : {}),
    })),
  }));
}
