// What changed between a story's last briefing and its new one, as events a person or a tool can act on. Pure:
// two briefings in, events out. Findings are matched by what they are about (normalised text), not by their ids,
// because ids are positions that shift whenever a new article joins the story.
import type { BriefClaim, BriefDispute, Briefing, BriefQuantity } from '../model/briefing.ts';
import type { ChangeEvent } from '../model/change.ts';

/** Case, spacing and punctuation do not make a finding another one. */
function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

function byKey<T>(items: T[], key: (t: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const it of items) if (!m.has(key(it))) m.set(key(it), it);
  return m;
}

const disputeKey = (d: BriefDispute): string => `${d.kind ?? ''}|${norm(d.about)}`;
const sidesOf = (d: BriefDispute): string[] => d.sides.map((s) => s.value);

/** The values a quantity is given, as comparable text: "at least 20 people". */
function valuesOf(q: BriefQuantity): string[] {
  const one = (v: BriefQuantity['values'][number]) =>
    [v.qualifier, String(v.value), v.unit].filter((p) => p !== null && p !== undefined).join(' ');
  return [...new Set(q.values.map(one))].sort();
}

function newSources(prev: Briefing, next: Briefing): ChangeEvent[] {
  const before = new Set(prev.documents.map((d) => d.id));
  return next.documents
    .filter((d) => !before.has(d.id))
    .map((d) => ({
      kind: 'new-source' as const,
      summary: `new source: ${d.id}${d.outlet ? ` (${d.outlet})` : ''}${d.title ? ` "${d.title}"` : ''}`,
      detail: { doc: d.id, outlet: d.outlet, title: d.title, published: d.published },
    }));
}

function disputeChanges(prev: Briefing, next: Briefing): ChangeEvent[] {
  const before = byKey(prev.disputes, disputeKey);
  const after = byKey(next.disputes, disputeKey);
  const out: ChangeEvent[] = [];
  for (const [k, d] of after) {
    if (before.has(k)) continue;
    out.push({
      kind: 'new-dispute',
      summary: `new dispute about ${d.about}: ${sidesOf(d).join(' vs ')}`,
      detail: {
        about: d.about,
        kind: d.kind ?? null,
        sides: d.sides.map((s) => ({ value: s.value, docs: s.docs })),
      },
    });
  }
  for (const [k, d] of before) {
    if (after.has(k)) continue;
    out.push({
      kind: 'resolved-dispute',
      summary: `dispute about ${d.about} no longer stands (was ${sidesOf(d).join(' vs ')})`,
      detail: { about: d.about, kind: d.kind ?? null, sides: sidesOf(d) },
    });
  }
  return out;
}

/** Every value given for each thing counted: a briefing may list one thing in several entries (one per unit). */
function quantitiesByAbout(b: Briefing): Map<string, { about: string; values: Set<string>; agree: boolean }> {
  const m = new Map<string, { about: string; values: Set<string>; agree: boolean }>();
  for (const q of b.quantities) {
    const k = norm(q.about);
    const entry = m.get(k) ?? { about: q.about, values: new Set<string>(), agree: true };
    for (const v of valuesOf(q)) entry.values.add(v);
    entry.agree &&= q.agree;
    m.set(k, entry);
  }
  return m;
}

function quantityChanges(prev: Briefing, next: Briefing): ChangeEvent[] {
  const before = quantitiesByAbout(prev);
  const out: ChangeEvent[] = [];
  for (const [k, q] of quantitiesByAbout(next)) {
    const old = before.get(k);
    if (!old) continue;
    const was = [...old.values].sort();
    const now = [...q.values].sort();
    if (was.join('\n') === now.join('\n') && old.agree === q.agree) continue;
    out.push({
      kind: 'changed-quantity',
      summary: `${q.about}: ${was.join(' / ')} → ${now.join(' / ')}${q.agree ? '' : ' (sources disagree)'}`,
      detail: { about: q.about, before: was, after: now, agreeBefore: old.agree, agree: q.agree },
    });
  }
  return out;
}

function claimChanges(prev: Briefing, next: Briefing): ChangeEvent[] {
  const before = byKey(prev.claims, (c: BriefClaim) => norm(c.text));
  const out: ChangeEvent[] = [];
  for (const c of next.claims) {
    const old = before.get(norm(c.text));
    if (!old || old.status === c.status) continue;
    out.push({
      kind: 'claim-status',
      summary: `claim now ${c.status} (was ${old.status}): ${c.text}`,
      detail: { text: c.text, before: old.status, after: c.status, docs: c.docs },
    });
  }
  return out;
}

/** Events from the last briefing (null when the story had none) to the new one, in a stable order. */
export function diffBriefings(prev: Briefing | null, next: Briefing): ChangeEvent[] {
  if (!prev) {
    return [
      {
        kind: 'new-story',
        summary: `new story: ${next.story.title} (${next.documents.length} document${next.documents.length === 1 ? '' : 's'})`,
        detail: { story: next.story.id, title: next.story.title, docs: next.documents.map((d) => d.id) },
      },
    ];
  }
  return [
    ...newSources(prev, next),
    ...disputeChanges(prev, next),
    ...quantityChanges(prev, next),
    ...claimChanges(prev, next),
  ];
}
