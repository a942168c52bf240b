import type { Segmented } from './segment.ts';
import type { Span } from './span.ts';

export type EntityType = 'person' | 'org' | 'place' | 'other';

/** Status words that change what a role means. */
export type RoleStatus = 'current' | 'former' | 'acting' | 'then' | 'elect' | 'designate';

export interface RoleMention {
  /** As written: "Mexican President", "associate professor of Latin American studies at the University of Melbourne". */
  text: string;
  /** Comparable form: "president of mexico", "secretary of state of united states" (lower case, demonyms → country). */
  normalized: string;
  status: RoleStatus;
  span: Span;
}

/** One entity as one article names it: the mentions of one person/org/place linked within the article. */
export interface DocEntity {
  /** Unique within the article: "e0", "e1", … */
  id: string;
  /** The fullest form the article uses: "Lucía Marín Ortega". */
  name: string;
  type: EntityType;
  /** Every other surface form in this article: "Marín", "President Marín". */
  aliases: string[];
  mentions: Span[];
  roles: RoleMention[];
}

export type Qualifier = 'at least' | 'over' | 'about' | 'up to' | 'exactly' | 'under' | null;

/** The unit of a clock time ("07:40 BST", "at 5am"): its value is hours on a 24-hour clock, 19.25 for 7.15pm. */
export const CLOCK_UNIT = 'time of day';

export interface QuantityMention {
  span: Span;
  /** The number words as written, with their qualifier: "at least 20", "over 80", "97%". */
  text: string;
  value: number;
  /** For ranges ("20 to 30"), and for orders of magnitude ("hundreds of thousands": 1e5..1e6). */
  low?: number;
  high?: number;
  qualifier: Qualifier;
  /** "%", "USD", "people", "strikes", "boats", "metric tons", or null when bare. */
  unit: string | null;
  /** The thing counted, from the words around the number: "strikes on boats transporting narcotics". */
  about: string;
  /** Head words of `about`, lower case, for blocking across articles: ["strike", "boat"]. */
  keys: string[];
  /** A time scope stated in the sentence: "since September". */
  scope: string | null;
  /** The sentence it stands in. */
  sentence: Span;
  /** A vote tally's two sides, majority first ("passed 61-38": [61, 38]); `value` is the first. Optional. */
  tally?: [number, number];
  /** True when an ordinal counts events ("the third attack this month": value 3). Optional. */
  ordinal?: boolean;
}

export type DatePrecision = 'year' | 'month' | 'day';

export interface DateMention {
  span: Span;
  /** The words that date it: "Jan. three", "last week", "since September". */
  text: string;
  /** ISO prefix at its precision, or null when it cannot be resolved (e.g. relative with no publication date). */
  resolved: string | null;
  /** End of a range, when the text states one. */
  resolvedEnd?: string | null;
  precision: DatePrecision;
  /** "stated" when every part was written; "implied" when a part came from the reference date. */
  certainty: 'stated' | 'implied';
  relative: boolean;
  /** A short description of what happened, from the sentence: "troops detained the former governor of the province". */
  event: string;
  /** Content words of the event, lower case, for blocking. */
  keys: string[];
  sentence: Span;
  /**
   * What the text stated, as ISO 8601 with missing parts left out ("--09" for "September", "--01-03" for "Jan. three",
   * "2025-09"), so a later stage can re-anchor a date whose year came from the reference date.
   */
  written?: string;
  /** First and last day the words allow, when finer than `precision` ("last week": its Monday to Sunday; "Easter
   *  weekend": Good Friday to Easter Monday). */
  within?: { from: string; to: string };
  /** The sentence looks ahead from its reference date ("will meet on Friday"): a plan, not yet a fact. */
  ahead?: boolean;
  /** For relative expressions, the offset from the reference date ("last week": week -1; "on Monday": weekday 1, 0). */
  offset?: { unit: 'day' | 'week' | 'month' | 'year' | 'weekday'; value: number; weekday?: number };
}

export interface QuoteMention {
  /** The quoted words, inside the marks. */
  span: Span;
  text: string;
  /** The speaker as the article names them at the attribution ("Osei", "the president", "he"), or null. */
  speakerText: string | null;
  /** Doc entity id of the speaker, once linked within the article. */
  speaker: string | null;
  /** Where it was said, when stated: "Channel 9 News", "reporters". */
  venue: string | null;
  /** The attribution words: "Osei told reporters". */
  attribution: Span | null;
}

export interface ClaimMention {
  /** The sentence (or clause) that states it. */
  span: Span;
  text: string;
  /** Who the article says says so ("according to the White House"), null when the article asserts it itself. */
  attribution: string | null;
  /** "reportedly", "could", "plans", "may" … */
  hedges: string[];
  subject: string | null;
  predicate: string | null;
  object: string | null;
  time: string | null;
  /** Doc entity ids named in it. */
  entities: string[];
  /** Kind of the section it stands in. */
  sectionKind: string;
  /** Content words for blocking across articles. */
  keys: string[];
  /** The clauses of its sentence, when it tells more than one fact ("…, as did her deputy"). */
  clauses?: Span[];
}

/** Everything extracted from one article, every span into seg.doc.text. */
export interface Extracted {
  seg: Segmented;
  entities: DocEntity[];
  quantities: QuantityMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
  claims: ClaimMention[];
}
