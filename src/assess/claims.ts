// Claim statuses: hypothetical and opinion by where and how they are said; disputed when a contested side of a
// dispute stands in them; corroborated with two independent sources or more; single-source otherwise.
import type { ClaimGroup, Finding, SpanEvidence } from '../model/finding.ts';
import { type DocInfo, sortDocs } from './docs.ts';

const OPINION_CUES = new Set(['prediction', 'first-person', 'opinion']);

type Voice = 'news' | 'opinion' | 'hypothetical';

function voice(d: DocInfo, start: number, sectionKind: string): Voice {
  const kind = d.kindAt(start) || sectionKind;
  if (kind === 'hypothetical' || sectionKind === 'hypothetical') return 'hypothetical';
  if (kind === 'opinion' || kind === 'advice' || sectionKind === 'opinion' || sectionKind === 'advice')
    return 'opinion';
  const s = d.sentenceAt(start);
  if (s?.cues.includes('hypothetical')) return 'hypothetical';
  if (s?.cues.some((c) => OPINION_CUES.has(c)) && !d.quoted(start)) return 'opinion';
  return 'news';
}

const overlapsAny = (e: SpanEvidence, list: SpanEvidence[]): boolean =>
  list.some((c) => c.doc === e.doc && c.start < e.end && e.start < c.end);

export function assessClaims(
  groups: ClaimGroup[],
  docs: Map<string, DocInfo>,
  sourceOf: Record<string, string>,
  contested: SpanEvidence[],
  order: Map<string, number>,
): Finding[] {
  const out: Finding[] = [];
  for (const g of groups) {
    const members = g.members.filter((m) => docs.has(m.doc));
    if (!members.length) continue;
    const voices = members.map((m) => voice(docs.get(m.doc)!, m.c.span.start, m.c.sectionKind));
    const evidence = members.map((m) => docs.get(m.doc)!.evidence(m.c.span));
    const newsDocs = members.filter((_, i) => voices[i] === 'news').map((m) => m.doc);
    const sources = new Set(newsDocs.map((d) => sourceOf[d] ?? d)).size;
    let status: Finding['status'];
    if (!newsDocs.length) status = voices.includes('opinion') ? 'opinion' : 'hypothetical';
    else if (evidence.some((e, i) => voices[i] === 'news' && overlapsAny(e, contested))) status = 'disputed';
    else status = sources >= 2 ? 'corroborated' : 'single-source';
    out.push({
      id: '',
      text: members[0]!.c.text.trim(),
      status,
      docs: sortDocs(
        members.map((m) => m.doc),
        order,
      ),
      evidence,
      sources,
    });
  }
  return out;
}
