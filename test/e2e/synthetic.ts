// Synthetic Extracted values for tests of the cross-source stages: mentions are given by the words they cover,
// and their spans are found in the text, so every span in a test points at real words.
import type { Document } from '../../src/model/document.ts';
import type {
  ClaimMention,
  DateMention,
  DocEntity,
  EntityType,
  Extracted,
  QuantityMention,
  QuoteMention,
  RoleMention,
  RoleStatus,
} from '../../src/model/mention.ts';
import type { Section, SectionKind, Sentence } from '../../src/model/segment.ts';
import type { Span } from '../../src/model/span.ts';

export interface EntitySpec {
  name: string;
  type?: EntityType;
  aliases?: string[];
  roles?: { text: string; normalized: string; status?: RoleStatus }[];
}
export interface QuantitySpec {
  text: string;
  value: number;
  qualifier?: QuantityMention['qualifier'];
  unit?: string | null;
  about: string;
  keys: string[];
  scope?: string | null;
}
export interface DateSpec {
  text: string;
  resolved: string | null;
  precision?: DateMention['precision'];
  certainty?: 'stated' | 'implied';
  event: string;
  keys: string[];
}
export interface QuoteSpec {
  text: string;
  speaker?: string;
}
export interface ArticleSpec {
  id: string;
  text: string;
  published?: string | null;
  sections?: { heading: string; kind: SectionKind }[];
  entities?: EntitySpec[];
  quantities?: QuantitySpec[];
  dates?: DateSpec[];
  quotes?: QuoteSpec[];
  /** Every sentence becomes a claim unless false. */
  claims?: boolean;
  flags?: Document['flags'];
}

function at(text: string, words: string, from = 0): Span {
  const i = text.indexOf(words, from);
  if (i < 0) throw new Error(`"${words}" is not in the text`);
  return { start: i, end: i + words.length };
}

function allAt(text: string, words: string): Span[] {
  const out: Span[] = [];
  let i = text.indexOf(words);
  while (i >= 0) {
    out.push({ start: i, end: i + words.length });
    i = text.indexOf(words, i + words.length);
  }
  return out;
}

function sentencesOf(text: string, sections: Section[]): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n.!?]+(?:[.!?]+["”]?|\n|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    const section = Math.max(
      0,
      sections.findIndex((s) => s.start <= start && start < s.end),
    );
    const cues = /\bI (predict|think|believe|expect)\b/.test(text.slice(start, end))
      ? ['prediction', 'first-person']
      : [];
    out.push({ start, end, section, paragraph: 0, cues });
  }
  return out;
}

function sectionsOf(spec: ArticleSpec): Section[] {
  const text = spec.text;
  const heads = (spec.sections ?? [])
    .map((s) => ({ ...s, span: at(text, s.heading) }))
    .sort((a, b) => a.span.start - b.span.start);
  const out: Section[] = [];
  const firstStart = heads[0]?.span.start ?? text.length;
  if (firstStart > 0) out.push({ start: 0, end: firstStart, kind: 'news', heading: null, cues: [] });
  heads.forEach((h, i) => {
    out.push({
      start: h.span.start,
      end: heads[i + 1]?.span.start ?? text.length,
      kind: h.kind,
      heading: { ...h.span, text: h.heading },
      cues: [h.kind],
    });
  });
  return out;
}

export function article(spec: ArticleSpec): Extracted {
  const text = spec.text;
  const doc: Document = {
    id: spec.id,
    source: `${spec.id}.txt`,
    title: null,
    outlet: null,
    authors: [],
    published: spec.published ?? null,
    publishedBasis: spec.published ? 'metadata' : 'unknown',
    language: 'en',
    url: null,
    text,
    blocks: [],
    flags: spec.flags ?? [],
    contentHash: spec.id,
  };
  const sections = sectionsOf(spec);
  const sentences = sentencesOf(text, sections);
  const sentenceOf = (s: Span): Span => sentences.find((x) => x.start <= s.start && s.end <= x.end) ?? s;
  const entities: DocEntity[] = (spec.entities ?? []).map((e, i) => {
    const forms = [e.name, ...(e.aliases ?? [])];
    const mentions = forms.flatMap((f) => allAt(text, f)).sort((a, b) => a.start - b.start);
    const roles: RoleMention[] = (e.roles ?? []).map((r) => ({
      text: r.text,
      normalized: r.normalized,
      status: r.status ?? 'current',
      span: at(text, r.text),
    }));
    return { id: `e${i}`, name: e.name, type: e.type ?? 'person', aliases: e.aliases ?? [], mentions, roles };
  });
  const quantities: QuantityMention[] = (spec.quantities ?? []).map((q) => {
    const span = at(text, q.text);
    return {
      span,
      text: q.text,
      value: q.value,
      qualifier: q.qualifier ?? null,
      unit: q.unit ?? null,
      about: q.about,
      keys: q.keys,
      scope: q.scope ?? null,
      sentence: sentenceOf(span),
    };
  });
  const dates: DateMention[] = (spec.dates ?? []).map((d) => {
    const span = at(text, d.text);
    return {
      span,
      text: d.text,
      resolved: d.resolved,
      precision:
        d.precision ??
        (d.resolved && d.resolved.length === 10 ? 'day' : d.resolved?.length === 7 ? 'month' : 'year'),
      certainty: d.certainty ?? 'stated',
      relative: false,
      event: d.event,
      keys: d.keys,
      sentence: sentenceOf(span),
    };
  });
  const quotes: QuoteMention[] = (spec.quotes ?? []).map((q) => {
    const speaker = q.speaker
      ? entities.find((e) => e.name === q.speaker || e.aliases.includes(q.speaker!))
      : undefined;
    return {
      span: at(text, q.text),
      text: q.text,
      speakerText: q.speaker ?? null,
      speaker: speaker?.id ?? null,
      venue: null,
      attribution: null,
    };
  });
  const claims: ClaimMention[] =
    spec.claims === false
      ? []
      : sentences.map((s) => {
          const t = text.slice(s.start, s.end);
          return {
            span: { start: s.start, end: s.end },
            text: t,
            attribution: null,
            hedges: [],
            subject: null,
            predicate: null,
            object: null,
            time: null,
            entities: entities
              .filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end))
              .map((e) => e.id),
            sectionKind: sections[s.section]?.kind ?? 'news',
            keys: [],
          };
        });
  return {
    seg: { doc, sections, paragraphs: [{ start: 0, end: text.length }], sentences, tables: [] },
    entities,
    quantities,
    dates,
    quotes,
    claims,
  };
}
