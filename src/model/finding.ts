// Types of the cross-source stages: resolve → Resolved, align → Aligned, assess → Assessed.
// Every finding keeps the doc id and span of its evidence so the briefing can point at exact words.
import type { Flag } from './document.ts';
import type {
  ClaimMention,
  DateMention,
  EntityType,
  Extracted,
  QuantityMention,
  QuoteMention,
  RoleStatus,
} from './mention.ts';
import type { Span } from './span.ts';

/** A doc entity by its article and its id there. */
export interface EntityRef {
  doc: string;
  local: string;
}

/** One role as one article gives it to an entity. */
export interface EntityRole {
  doc: string;
  text: string;
  normalized: string;
  status: RoleStatus;
  span: Span;
}

/** One real person, organisation or place across every article. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  docs: string[];
  refs: EntityRef[];
  roles: EntityRole[];
}

/** Articles that are not independent of each other (copies, shared wire text) count as one source. */
export interface SourceGroup {
  id: string;
  docs: string[];
  reason: string | null;
}

/** A date mention with its resolution after looking across articles. */
export interface ResolvedDate {
  doc: string;
  mention: DateMention;
  /** Final ISO prefix (may differ from mention.resolved when completed from another source). */
  resolved: string | null;
  /** Set when the year came from another article stating the same event with its year. */
  completedFrom: { doc: string; text: string } | null;
}

export interface Resolved {
  extracted: Extracted[];
  /** Doc ids in input order. */
  docs: string[];
  entities: Entity[];
  /** `${doc}#${local}` → entity id. */
  entityOf: Record<string, string>;
  sources: SourceGroup[];
  /** doc id → source group id. */
  sourceOf: Record<string, string>;
  /** Later articles most of whose text an earlier one carries (wire copies), each pointing at the first. */
  copies: { doc: string; of: string; share: number }[];
  dates: ResolvedDate[];
}

export interface QuantityMember {
  doc: string;
  q: QuantityMention;
}
export interface QuantityGroup {
  id: string;
  about: string;
  members: QuantityMember[];
  /** Differing counts stand in sentences that tell the same fact, so they can be set against each other. Optional:
   *  a group made without that check is comparable. */
  comparable?: boolean;
}

export interface DateMember {
  doc: string;
  date: ResolvedDate;
  /** Section kind the date stands in (hypothetical/opinion dates never make disputes). */
  sectionKind: string;
  /** The date stands in someone's quoted words, or in a copy of them the article prints (an embedded post): the
   *  speaker's voice, not the article's. */
  quoted?: boolean;
}
export interface DateGroup {
  id: string;
  event: string;
  members: DateMember[];
  /** Differing dates stand in sentences that tell the same event. Optional: unchecked groups are comparable. */
  comparable?: boolean;
  /** Pairs of members (indices) matched directly as one event, with the match's score; a group is joined through
   *  them, so a member may be linked to another only through a third. Optional: without it every pair is linked. */
  links?: [number, number, number][];
}

export interface QuoteMember {
  doc: string;
  q: QuoteMention;
  /** Global entity id of the speaker, when linked. */
  speaker: string | null;
}
export interface QuoteGroup {
  id: string;
  text: string;
  members: QuoteMember[];
}

export interface ClaimMember {
  doc: string;
  c: ClaimMention;
  /** Global entity ids named in the claim. */
  entities: string[];
  /** How the article writes those entities' names: their words are the entity, not more words in common. */
  names?: string[];
  /** The dates it gives, resolved across the story (ISO prefixes)... */
  dates?: string[];
  /** ...and the words that write them ("March 3"). */
  written?: string[];
}
export interface ClaimGroup {
  id: string;
  members: ClaimMember[];
  /** Figures only its one article gives, when it stands apart for them from a fact others corroborate. */
  figures?: string[];
}

/** Who holds one office, per article: role normalized form → holders. */
export interface OfficeHolder {
  entity: string;
  doc: string;
  role: EntityRole;
}
export interface Office {
  office: string;
  holders: OfficeHolder[];
}

export interface Aligned {
  resolved: Resolved;
  quantities: QuantityGroup[];
  dates: DateGroup[];
  quotes: QuoteGroup[];
  claims: ClaimGroup[];
  offices: Office[];
}

export type DisputeKind = 'number' | 'role' | 'date' | 'quote' | 'account' | 'name';

export interface SpanEvidence {
  doc: string;
  text: string;
  start: number;
  end: number;
}

export interface DisputeSide {
  value: string;
  docs: string[];
  evidence: SpanEvidence[];
}

export interface Dispute {
  id: string;
  kind: DisputeKind;
  about: string;
  sides: DisputeSide[];
  note: string | null;
}

export type ClaimStatus = 'corroborated' | 'single-source' | 'disputed' | 'opinion' | 'hypothetical';

export interface Finding {
  id: string;
  text: string;
  status: ClaimStatus;
  docs: string[];
  /** Where each source says it; a clause's evidence also carries its whole sentence. */
  evidence: (SpanEvidence & { sentence?: string })[];
  /** Independent source groups behind it. */
  sources: number;
  /** Figures only its source gives, beside a fact other sources corroborate ("41-9" of "voted 41-9 to ..."). */
  figures?: string[];
}

export interface QuantityFinding {
  group: QuantityGroup;
  agree: boolean;
}

/** One dated event as the sources date it: a date group split where its dates cannot both hold. */
export interface TimelineEntry {
  date: string;
  event: string;
  docs: string[];
  /** The date words, with their spans, and where a year was completed from another source, that source. */
  evidence: (SpanEvidence & { sentence: string; completedFrom?: string; undated?: boolean })[];
  /** "implied" when no source wrote the year (or the whole date) itself. */
  certainty: 'stated' | 'implied';
}

export interface Assessed {
  aligned: Aligned;
  timeline: TimelineEntry[];
  claims: Finding[];
  disputes: Dispute[];
  quantities: QuantityFinding[];
  /** doc id → flags (the clean stage's flags first, then assessed ones). */
  flags: Record<string, Flag[]>;
}
