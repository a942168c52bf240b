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

/** One piece of evidence a finding cites: the source, its words, and where they stand in its text when known. */
export interface Cite {
  doc: string;
  label: string;
  text: string;
  start: number | null;
  end: number | null;
}

export interface Row {
  text: string;
  refs: string[];
  detail?: string;
  /** The evidence behind the row, for links to the very sentence (pages, the HTML report). */
  cites?: Cite[];
}

export interface NumberGroup {
  about: string;
  agree: boolean;
  values: { label: string; doc: string; text: string; qualifier: string | null }[];
}

export interface BriefView {
  title: string;
  sources: SourceCard[];
  summary: Row[];
  keyFacts: (Row & { kind: string })[];
  timeline: (Row & { date: string; evidence: string[]; implied: boolean })[];
  actors: (Row & { type: string; roles: string[] })[];
  quotes: (Row & { speaker: string })[];
  disputes: { about: string; kind: string | null; note: string | null; sides: Row[] }[];
  singleSource: Row[];
  /** Every claim, grouped by status in the order a reader checks them. */
  claims: { status: BriefClaim['status']; rows: (Row & { id: string })[] }[];
  numbers: NumberGroup[];
  /** "4 sources", "3 corroborated", … : the line under the title, each count with its noun agreeing. */
  countLine: string[];
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
/** A claim as a reader sees it: a sentence kept apart for its own figures says which they are. */
const claimText = (c: BriefClaim): string =>
  c.figures?.length ? `${c.text} [only this source gives ${c.figures.join(', ')}]` : c.text;

const STATUS_ORDER: BriefClaim['status'][] = [
  'disputed',
  'corroborated',
  'single-source',
  'opinion',
  'hypothetical',
];
/** Quote marks a quote's text may already carry: the renderers add their own. */
const EDGE_QUOTES = /^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„]+$/g;

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** A quote's words without the marks around them, so a renderer's own marks are not doubled. */
export function unquote(text: string): string {
  const inner = text.replace(EDGE_QUOTES, '');
  return inner || text;
}

type EvidenceLike = { doc: string; text: string; start?: unknown; end?: unknown };

const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;

export function buildView(b: Briefing): BriefView {
  const label = new Map(b.documents.map((d, i) => [d.id, `S${i + 1}`]));
  const refs = (docs: string[]): string[] => [...new Set(docs)].map((d) => label.get(d) ?? d);
  const cites = (ev: EvidenceLike[]): Cite[] =>
    ev.map((e) => ({
      doc: e.doc,
      label: label.get(e.doc) ?? e.doc,
      text: e.text,
      start: num(e.start),
      end: num(e.end),
    }));
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
      implied: t.certainty === 'implied',
      cites: cites(t.evidence),
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
    quotes: b.quotes.map((q) => ({
      speaker: q.speaker ?? 'unattributed',
      text: unquote(q.text),
      refs: refs(q.docs),
    })),
    disputes: b.disputes.map((d) => ({
      about: d.about,
      kind: d.kind ?? null,
      note: d.note,
      sides: d.sides.map((s) => ({
        text: s.value,
        refs: refs(s.docs),
        detail: s.evidence.map((e) => `${label.get(e.doc) ?? e.doc}: "${e.text}"`).join(' / '),
        cites: cites(s.evidence),
      })),
    })),
    singleSource: claimsBy('single-source').map((c) => ({
      text: claimText(c),
      refs: refs(c.docs),
      cites: cites(c.evidence),
    })),
    claims: STATUS_ORDER.map((status) => ({
      status,
      rows: claimsBy(status).map((c) => ({
        id: c.id,
        text: claimText(c),
        refs: refs(c.docs),
        cites: cites(c.evidence),
      })),
    })).filter((g) => g.rows.length > 0),
    numbers: b.quantities.map((q) => ({
      about: q.about,
      agree: q.agree,
      values: q.values.map((v) => ({
        label: label.get(v.doc) ?? v.doc,
        doc: v.doc,
        text: v.text,
        qualifier: v.qualifier,
      })),
    })),
    countLine: [
      plural(b.documents.length, 'source'),
      `${claimsBy('corroborated').length} corroborated`,
      `${claimsBy('single-source').length} single-source`,
      plural(b.disputes.length, 'dispute'),
    ],
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
