// One view model for every renderer, so Markdown, HTML and the terminal show the same findings in the same order.
import type { BriefClaim, Briefing } from '../../model/briefing.ts';

export interface SourceCard {
  id: string;
  label: string;
  title: string;
  outlet: string | null;
  published: string | null;
  basis: string;
  flags: { kind: string; evidence: string }[];
  /** Other documents counted with this one as a single source (copies, shared wire text). */
  sameSourceAs: string[];
}

export interface Row {
  text: string;
  refs: string[];
  detail?: string;
}

export interface BriefView {
  title: string;
  sources: SourceCard[];
  summary: Row[];
  keyFacts: (Row & { kind: string })[];
  timeline: (Row & { date: string; evidence: string[] })[];
  actors: (Row & { type: string; roles: string[] })[];
  quotes: (Row & { speaker: string })[];
  disputes: { about: string; kind: string | null; note: string | null; sides: Row[] }[];
  singleSource: Row[];
  coverage: { claim: string; status: string; marks: boolean[] }[];
  counts: {
    corroborated: number;
    singleSource: number;
    disputed: number;
    opinion: number;
    hypothetical: number;
  };
}

const COVERAGE_ROWS = 40;

export function buildView(b: Briefing): BriefView {
  const label = new Map(b.documents.map((d, i) => [d.id, `S${i + 1}`]));
  const refs = (docs: string[]): string[] => [...new Set(docs)].map((d) => label.get(d) ?? d);
  const groups = b.sources ?? [];
  const sources: SourceCard[] = b.documents.map((d) => ({
    id: d.id,
    label: label.get(d.id) ?? d.id,
    title: d.title ?? d.id,
    outlet: d.outlet,
    published: d.published,
    basis: d.published_basis,
    flags: d.flags.map((f) => ({ kind: f.kind, evidence: f.evidence })),
    sameSourceAs: refs(groups.find((g) => g.docs.includes(d.id))?.docs.filter((x) => x !== d.id) ?? []),
  }));
  const claimsBy = (status: BriefClaim['status']) => b.claims.filter((c) => c.status === status);
  const coverageClaims = [...claimsBy('corroborated'), ...claimsBy('disputed'), ...claimsBy('single-source')];
  return {
    title: b.story.title,
    sources,
    summary: (b.summary ?? []).map((s) => ({ text: s.text, refs: refs(s.docs) })),
    keyFacts: (b.key_facts ?? []).map((f) => ({ kind: f.kind, text: f.text, refs: refs(f.docs) })),
    timeline: b.timeline.map((t) => ({
      date: t.date,
      text: t.event,
      refs: refs(t.docs),
      evidence: t.evidence.map((e) => `${label.get(e.doc) ?? e.doc}: "${e.text}"`),
    })),
    actors: b.entities
      .filter((e) => e.type !== 'place' && (e.roles.length > 0 || e.docs.length > 1))
      .map((e) => ({
        text: e.name,
        type: e.type,
        refs: refs(e.docs),
        roles: e.roles.map((r) => `${r.role} (${refs(r.docs).join(', ')})`),
        detail: e.aliases.length ? `also: ${e.aliases.join(', ')}` : undefined,
      })),
    quotes: b.quotes.map((q) => ({ speaker: q.speaker ?? 'unattributed', text: q.text, refs: refs(q.docs) })),
    disputes: b.disputes.map((d) => ({
      about: d.about,
      kind: d.kind ?? null,
      note: d.note,
      sides: d.sides.map((s) => ({
        text: s.value,
        refs: refs(s.docs),
        detail: s.evidence.map((e) => `${label.get(e.doc) ?? e.doc}: "${e.text}"`).join(' / '),
      })),
    })),
    singleSource: claimsBy('single-source').map((c) => ({ text: c.text, refs: refs(c.docs) })),
    coverage: coverageClaims.slice(0, COVERAGE_ROWS).map((c) => ({
      claim: c.text,
      status: c.status,
      marks: b.documents.map((d) => c.docs.includes(d.id)),
    })),
    counts: {
      corroborated: claimsBy('corroborated').length,
      singleSource: claimsBy('single-source').length,
      disputed: claimsBy('disputed').length,
      opinion: claimsBy('opinion').length,
      hypothetical: claimsBy('hypothetical').length,
    },
  };
}

/** A claim shortened for a table cell, on a word boundary. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
