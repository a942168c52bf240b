// A headline that gives a figure its own text gives otherwise: "nab $4.1 million" over "a $4.2-million haul".
// One of the two is wrong, and the article never says which: a self-contradiction, shown to the reader.
import type { Flag } from '../model/document.ts';
import type { Dispute, QuantityGroup } from '../model/finding.ts';
import { CLOCK_UNIT, type QuantityMention } from '../model/mention.ts';
import { type DocInfo, sentenceEvidence } from './docs.ts';
import { labelOf } from './numbers.ts';

/** Two figures this close (relative), and different at the headline's precision, are one figure told twice. */
export const HEADLINE_SLIP = 0.1;

/** The value rounded to `digits` significant digits. */
const roundTo = (v: number, digits: number): number => {
  if (v === 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(v))) + 1 - digits);
  return Math.round(v / scale) * scale;
};

/** Significant digits of a value: 2,500,000 has two. */
const digitsOf = (v: number): number => {
  const s = String(Math.abs(v)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, s.length);
};

/** Exact figures only: "about", "over", ranges and orders of magnitude are no figure to contradict. */
const exact = (q: QuantityMention): boolean =>
  q.qualifier === null && q.low === undefined && q.unit !== null && q.unit !== CLOCK_UNIT;

/** The headline's end in the text, when the text opens with it. */
function headlineEnd(d: DocInfo): number {
  const title = d.x.seg.doc.title?.trim();
  return title && d.text.startsWith(title) ? title.length : 0;
}

/** The headline's figure and the figure of the text it contradicts, when the headline gives one otherwise. */
export function headlineSlipOf(d: DocInfo): { head: QuantityMention; body: QuantityMention } | null {
  const end = headlineEnd(d);
  if (!end) return null;
  const head = d.x.quantities.filter((q) => q.span.end <= end && exact(q));
  const body = d.x.quantities.filter((q) => q.span.start >= end && exact(q));
  for (const h of head) {
    const same = body.filter((b) => b.unit === h.unit);
    if (!same.length || same.some((b) => b.value === h.value)) continue;
    const digits = digitsOf(h.value);
    const slip = same.find(
      (b) =>
        Math.abs(b.value - h.value) <= HEADLINE_SLIP * Math.max(Math.abs(b.value), Math.abs(h.value)) &&
        roundTo(b.value, digits) !== h.value,
    );
    if (slip) return { head: h, body: slip };
  }
  return null;
}

export function headlineSlip(d: DocInfo): Flag | null {
  const s = headlineSlipOf(d);
  return s
    ? {
        kind: 'self-contradiction',
        evidence: `the headline gives "${s.head.text}", the text "${s.body.text}"`,
        span: { start: s.head.span.start, end: s.head.span.end },
      }
    : null;
}

/** A headline's figure that its own text and other sources give otherwise: a dispute of sources, the headline
 *  on one side alone. The quantity group holding the text's figure says what is counted and who else gives it. */
export function headlineDispute(
  d: DocInfo,
  groups: QuantityGroup[],
  docs: Map<string, DocInfo>,
): Omit<Dispute, 'id'> | null {
  const s = headlineSlipOf(d);
  if (!s) return null;
  const doc = d.x.seg.doc.id;
  const group = groups.find((g) =>
    g.members.some((m) => m.doc === doc && m.q.span.start === s.body.span.start),
  );
  if (!group) return null;
  const agreeing = group.members.filter((m) => m.q.unit === s.body.unit && m.q.value === s.body.value);
  const others = [...new Set(agreeing.map((m) => m.doc))].filter((x) => x !== doc);
  if (others.length === 0) return null;
  const evidence = agreeing.flatMap((m) => {
    const info = docs.get(m.doc);
    return info ? [sentenceEvidence(info, m.q.sentence)] : [];
  });
  return {
    kind: 'number',
    about: labelOf(group.about, s.body),
    sides: [
      { value: s.head.text, docs: [doc], evidence: [sentenceEvidence(d, s.head.sentence)] },
      { value: s.body.text, docs: [doc, ...others], evidence },
    ],
    note: `only the headline of ${doc} gives ${s.head.text}; its own text and ${others.length} other source${others.length > 1 ? 's' : ''} give ${s.body.text}`,
  };
}
