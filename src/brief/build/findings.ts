// quantities[], timeline[], quotes[], claims[], disputes[]: views of the assessed findings, in a fixed order.
import type {
  BriefClaim,
  BriefDispute,
  BriefQuantity,
  BriefQuote,
  BriefTimelineEntry,
} from '../../model/briefing.ts';
import type { Assessed, Entity } from '../../model/finding.ts';
import type { Qualifier } from '../../model/mention.ts';

type BriefQualifier = BriefQuantity['values'][number]['qualifier'];

const qualifierOf = (q: Qualifier): BriefQualifier => (q === 'under' ? 'up to' : q);

export function buildQuantities(a: Assessed, order: Map<string, number>): BriefQuantity[] {
  return a.quantities.map(({ group, agree }) => ({
    id: group.id,
    about: group.about,
    agree,
    values: [...group.members]
      .sort((x, y) => order.get(x.doc)! - order.get(y.doc)! || x.q.span.start - y.q.span.start)
      .map((m) => ({
        doc: m.doc,
        text: m.q.text,
        value: m.q.value,
        qualifier: qualifierOf(m.q.qualifier),
        unit: m.q.unit,
        start: m.q.span.start,
        end: m.q.span.end,
        ...(m.q.scope ? { scope: m.q.scope } : {}),
      })),
  }));
}

export function buildTimeline(a: Assessed): BriefTimelineEntry[] {
  return a.timeline.map((t) => ({
    date: t.date,
    event: t.event,
    docs: t.docs,
    certainty: t.certainty,
    evidence: t.evidence.map((e) => ({ ...e })),
  }));
}

export function buildQuotes(a: Assessed, entities: Entity[], order: Map<string, number>): BriefQuote[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const out: BriefQuote[] = [];
  for (const g of a.aligned.quotes) {
    const bySpeaker = new Map<string, { docs: string[]; speaker: string | null; said: Said[] }>();
    for (const m of g.members) {
      const speaker = m.speaker ? (names.get(m.speaker) ?? null) : m.q.speakerText;
      const key = m.speaker ?? `?${m.q.speakerText ?? ''}`;
      const cur = bySpeaker.get(key) ?? { docs: [], speaker, said: [] };
      if (!cur.docs.includes(m.doc)) cur.docs.push(m.doc);
      cur.said.push({ doc: m.doc, text: m.q.text });
      bySpeaker.set(key, cur);
    }
    // A member without a linked speaker joins the one linked speaker of its group, when there is just one.
    const linked = [...bySpeaker.entries()].filter(([k]) => !k.startsWith('?'));
    if (linked.length === 1) {
      const [, only] = linked[0]!;
      for (const [k, v] of [...bySpeaker.entries()])
        if (k.startsWith('?')) {
          for (const d of v.docs) if (!only.docs.includes(d)) only.docs.push(d);
          only.said.push(...v.said);
          bySpeaker.delete(k);
        }
    }
    for (const v of bySpeaker.values())
      for (const w of wordings(v.said, g.text))
        out.push({
          id: g.id,
          speaker: v.speaker,
          text: w.text,
          docs: w.docs.sort((x, y) => order.get(x)! - order.get(y)!),
        });
  }
  return out;
}

interface Said {
  doc: string;
  text: string;
}

const wordsOf = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The wordings sources give one quote in, the most given first: the group's own, then each other wording that is not a part of a
 *  longer one ("the place of Ostrel within Velmor" is not "the place of Ostrel in Velmor"), each with its docs.
 *  A shorter excerpt of a wording counts as that wording. */
function wordings(said: Said[], main: string): { text: string; docs: string[] }[] {
  const out: { key: string; text: string; docs: string[] }[] = [];
  const add = (text: string, doc: string | null) => {
    const key = wordsOf(text);
    const hit = out.find((o) => o.key.includes(key) || key.includes(o.key));
    if (hit) {
      if (key.length > hit.key.length && hit !== out[0]) Object.assign(hit, { key, text });
      if (doc && !hit.docs.includes(doc)) hit.docs.push(doc);
    } else out.push({ key, text, docs: doc ? [doc] : [] });
  };
  add(main, null);
  for (const s of said) add(s.text, s.doc);
  // The wording most sources give first; sort is stable, so the group's own leads among equals.
  return out
    .filter((o) => o.docs.length)
    .sort((x, y) => y.docs.length - x.docs.length)
    .map(({ text, docs }) => ({ text, docs }));
}

export function buildClaims(a: Assessed): BriefClaim[] {
  return a.claims.map((c) => ({
    id: c.id,
    text: c.text,
    status: c.status,
    docs: c.docs,
    sources: c.sources,
    evidence: c.evidence.map((e) => ({
      doc: e.doc,
      text: e.text,
      start: e.start,
      end: e.end,
      ...(e.sentence ? { sentence: e.sentence } : {}),
    })),
    ...(c.figures ? { figures: c.figures } : {}),
  }));
}

export function buildDisputes(a: Assessed): BriefDispute[] {
  return a.disputes.map((d) => ({
    id: d.id,
    kind: d.kind,
    about: d.about,
    sides: d.sides.map((s) => ({
      value: s.value,
      docs: s.docs,
      evidence: s.evidence.map((e) => ({ doc: e.doc, text: e.text, start: e.start, end: e.end })),
    })),
    note: d.note,
  }));
}
