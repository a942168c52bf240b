// Test helpers only: build a Segmented and DocEntity[] for short hand-written passages, so the quote and
// claim finders can be tested without the segment and entity stages.

import { documentOf } from '../../../test/support/document.ts';
import type { Document } from '../../model/document.ts';
import type { DocEntity, EntityType, RoleMention } from '../../model/mention.ts';
import type { Section, SectionKind, Segmented, Sentence } from '../../model/segment.ts';
import type { Span } from '../../model/span.ts';

export function makeDoc(text: string): Document {
  return documentOf(text, { id: 'd1', contentHash: 'x' });
}

/** Paragraphs are non-empty lines; sentences end at . ! ? (with a closing mark) before a space. */
export function makeSeg(text: string, kinds: { heading: string; kind: SectionKind }[] = []): Segmented {
  const paragraphs: Span[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  }
  const sections: Section[] = [{ start: 0, end: text.length, kind: 'news', heading: null, cues: [] }];
  for (const k of kinds) {
    const at = text.indexOf(k.heading);
    if (at < 0) throw new Error(`heading not in text: ${k.heading}`);
    const prev = sections[sections.length - 1] as Section;
    prev.end = at;
    sections.push({
      start: at,
      end: text.length,
      kind: k.kind,
      heading: { start: at, end: at + k.heading.length, text: k.heading },
      cues: [],
    });
  }
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    const section = sections.findIndex((s) => s.start <= p.start && p.start < s.end);
    const push = (s: number, e: number): void => {
      const t = text.slice(s, e);
      const a = s + (t.length - t.trimStart().length);
      const b = e - (t.length - t.trimEnd().length);
      if (b > a)
        sentences.push({
          start: a,
          end: b,
          section,
          paragraph: pi,
          cues: text[b - 1] === '?' ? ['question'] : [],
        });
    };
    const re = /[.!?]+["”’]?(?=\s)/g;
    const body = text.slice(p.start, p.end);
    let cursor = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      push(p.start + cursor, p.start + m.index + m[0].length);
      cursor = m.index + m[0].length;
    }
    push(p.start + cursor, p.end);
  });
  return { doc: makeDoc(text), sections, paragraphs, sentences, tables: [] };
}

export interface EntityDef {
  name: string;
  type?: EntityType;
  aliases?: string[];
  roles?: string[];
}

/** Entities with every mention of their name and aliases found in the text (longest form first). */
export function makeEntities(text: string, defs: EntityDef[]): DocEntity[] {
  const taken: Span[] = [];
  const entities: DocEntity[] = defs.map((d, i) => ({
    id: `e${i}`,
    name: d.name,
    type: d.type ?? 'person',
    aliases: d.aliases ?? [],
    mentions: [],
    roles: (d.roles ?? []).map(
      (r): RoleMention => ({
        text: r,
        normalized: r.toLowerCase(),
        status: 'current',
        span: { start: 0, end: 0 },
      }),
    ),
  }));
  const forms = entities
    .flatMap((e) => [e.name, ...e.aliases].map((f) => ({ e, f })))
    .sort((a, b) => b.f.length - a.f.length);
  for (const { e, f } of forms) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      const span = { start: at, end: at + f.length };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      if (/\w/.test(text[at - 1] ?? ' ') || /\w/.test(text[span.end] ?? ' ')) continue;
      taken.push(span);
      e.mentions.push(span);
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return entities;
}
