// Beyond the contract: summary (best-corroborated findings), key facts at a glance, independent sources.
import type { BriefEntity, Briefing, BriefQuantity, BriefTimelineEntry } from '../../model/briefing.ts';
import type { Assessed } from '../../model/finding.ts';

type KeyFact = NonNullable<Briefing['key_facts']>[number];

const SUMMARY = 5;

export function buildSummary(a: Assessed): NonNullable<Briefing['summary']> {
  const best = a.claims
    .filter((c) => c.status === 'corroborated')
    .map((c, i) => ({ c, i }))
    .sort((x, y) => y.c.sources - x.c.sources || x.i - y.i)
    .slice(0, SUMMARY)
    .map(({ c }) => c);
  // Few corroborated findings (sources word things differently): the articles' own leads, undisputed, follow.
  const leads = new Map<string, (typeof a.claims)[number]>();
  for (const c of a.claims) {
    if (c.status !== 'single-source' && c.status !== 'corroborated') continue;
    const e = c.evidence[0];
    const held = e ? leads.get(e.doc) : undefined;
    if (e && (!held || e.start < held.evidence[0]!.start)) leads.set(e.doc, c);
  }
  for (const c of leads.values()) if (best.length < 3 && !best.includes(c)) best.push(c);
  return best.map((c) => ({ text: c.text, docs: c.docs }));
}

type Role = BriefEntity['roles'][number] & { status?: string; normalized?: string };

/** The current role most sources support, counting a bare "president" as support for "president of X". */
function mainRole(e: BriefEntity): Role | undefined {
  const roles = (e.roles as Role[]).filter((r) => r.status === undefined || r.status === 'current');
  const support = (r: Role) =>
    new Set(
      roles.filter((o) => (r.normalized ?? '').startsWith(o.normalized ?? '\u0000')).flatMap((o) => o.docs),
    ).size;
  return [...roles].sort((a, b) => support(b) - support(a) || b.role.length - a.role.length)[0];
}

export function buildKeyFacts(
  b: { entities: BriefEntity[]; timeline: BriefTimelineEntry[]; quantities: BriefQuantity[] },
  a: Assessed,
): KeyFact[] {
  const out: KeyFact[] = [];
  const people = [
    ...b.entities.filter((e) => e.type === 'person').slice(0, 3),
    ...b.entities.filter((e) => e.type === 'org').slice(0, 1),
  ];
  for (const e of people) {
    const role = mainRole(e);
    out.push({ kind: 'who', text: role ? `${e.name} (${role.role})` : e.name, docs: e.docs });
  }
  const what = a.claims.filter((c) => c.status === 'corroborated').sort((x, y) => y.sources - x.sources)[0];
  if (what) out.push({ kind: 'what', text: what.text, docs: what.docs });
  for (const e of b.entities.filter((x) => x.type === 'place').slice(0, 3))
    out.push({ kind: 'where', text: e.name, docs: e.docs });
  // The story's own days first: most articles, then the most precise date, then the latest (background is older).
  const keyDates = [...b.timeline].sort(
    (x, y) =>
      y.docs.length - x.docs.length ||
      y.date.length - x.date.length ||
      (x.date < y.date ? 1 : x.date > y.date ? -1 : 0),
  );
  for (const t of keyDates.slice(0, 3))
    out.push({ kind: 'when', text: `${t.date}: ${t.event}`, docs: t.docs });
  for (const q of b.quantities
    .filter((x) => x.agree)
    .map((q, i) => ({ q, i, n: new Set(q.values.map((v) => v.doc)).size }))
    .sort((x, y) => y.n - x.n || x.i - y.i)
    .slice(0, 3)
    .map(({ q }) => q)) {
    const v = q.values[0];
    if (v)
      out.push({
        kind: 'numbers',
        text: `${v.text} ${q.about}`.trim(),
        docs: [...new Set(q.values.map((x) => x.doc))],
      });
  }
  return out;
}

export function buildSources(a: Assessed): NonNullable<Briefing['sources']> {
  return a.aligned.resolved.sources.map((s) => ({ id: s.id, docs: s.docs, reason: s.reason }));
}
