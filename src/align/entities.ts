// Which resolved entities a span of an article names: mention spans indexed per article, looked up by range.
import { countryOf } from '../lang/places.ts';
import type { Resolved } from '../model/finding.ts';
import type { Span } from '../model/span.ts';

export interface EntityLookup {
  /** Global entity ids mentioned inside the span, in first-mention order. */
  within(doc: string, span: Span): string[];
  typeOf(id: string): string;
  /** The entity is a country (or a union of them), not a town or region. */
  isCountry(id: string): boolean;
  /** The entity's name as the story gives it. */
  nameOf(id: string): string;
}

export function entityLookup(r: Resolved): EntityLookup {
  const perDoc = new Map<string, { start: number; end: number; id: string }[]>();
  for (const x of r.extracted) {
    const doc = x.seg.doc.id;
    const list: { start: number; end: number; id: string }[] = [];
    for (const e of x.entities) {
      const id = r.entityOf[`${doc}#${e.id}`];
      if (id) for (const m of e.mentions) list.push({ start: m.start, end: m.end, id });
    }
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    perDoc.set(doc, list);
  }
  const types = new Map(r.entities.map((e) => [e.id, e.type as string]));
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const countries = new Set(
    r.entities.filter((e) => e.type === 'place' && countryOf(e.name)).map((e) => e.id),
  );
  return {
    within(doc, span) {
      const list = perDoc.get(doc) ?? [];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.start < span.start) lo = mid + 1;
        else hi = mid;
      }
      const out: string[] = [];
      for (let i = lo; i < list.length && list[i]!.start < span.end; i++) {
        const m = list[i]!;
        if (m.end <= span.end && !out.includes(m.id)) out.push(m.id);
      }
      return out;
    },
    typeOf: (id) => types.get(id) ?? 'other',
    isCountry: (id) => countries.has(id),
    nameOf: (id) => names.get(id) ?? id,
  };
}
