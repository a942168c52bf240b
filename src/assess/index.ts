// assess: Aligned → Assessed. Needs every group and every source at once: statuses, disputes and flags.
import type { Context } from '../context.ts';
import type { Flag } from '../model/document.ts';
import type { Aligned, Assessed, Dispute, QuantityFinding } from '../model/finding.ts';
import type { Result } from '../model/issue.ts';
import { assessAccounts } from './accounts.ts';
import { assessClaims, type Contested, contestedSides } from './claims.ts';
import { assessDates, assessHappening, timelineOf } from './dates.ts';
import { type DocInfo, docInfo } from './docs.ts';
import { textFlags } from './flags.ts';
import { headlineDispute } from './headline.ts';
import { assessNameSlips, slipFlags } from './names.ts';
import { assessNumbers } from './numbers.ts';
import { overtakenPreviews } from './previews.ts';
import { assessQuotes } from './quotes.ts';
import { assessRoles } from './roles.ts';

const KIND_ORDER = ['role', 'number', 'date', 'quote', 'account', 'name'];

function addFlag(list: Flag[], f: Flag): void {
  if (!list.some((x) => x.kind === f.kind && x.evidence === f.evidence)) list.push(f);
}

export function assess(aligned: Aligned, ctx: Context): Result<Assessed> {
  const r = aligned.resolved;
  const docs = new Map<string, DocInfo>(r.extracted.map((x) => [x.seg.doc.id, docInfo(x)]));
  const order = new Map(r.docs.map((d, i) => [d, i]));
  const disputes: Omit<Dispute, 'id'>[] = [];
  const contested: Contested[] = [];
  const flags: Record<string, Flag[]> = Object.create(null); // keyed by document ids, which may be any text
  for (const d of r.docs) flags[d] = [...(docs.get(d)?.x.seg.doc.flags ?? [])];

  const quantities: QuantityFinding[] = aligned.quantities.map((group) => {
    const v = assessNumbers(group, docs);
    if (v.dispute) {
      disputes.push(v.dispute);
      if (!v.update) contested.push(...contestedSides(v.dispute.sides));
    }
    return { group, agree: v.agree };
  });
  for (const d of r.docs) {
    const info = docs.get(d);
    const h = info ? headlineDispute(info, aligned.quantities, docs) : null;
    if (h) {
      disputes.push(h);
      contested.push(...contestedSides(h.sides));
    }
  }
  const roles = assessRoles(aligned.offices, r.entities, docs, r.sourceOf, r.dates);
  const dates = assessDates(aligned.dates, docs, r.sourceOf);
  disputes.push(...roles.disputes, ...dates.disputes);
  contested.push(...roles.contested, ...dates.contested);
  for (const q of assessQuotes(aligned.quotes, r.entities, docs)) {
    disputes.push(q);
    contested.push(...contestedSides(q.sides));
  }
  for (const a of [
    ...assessAccounts(aligned.claims, docs),
    ...assessHappening(aligned.dates, docs),
    ...assessNameSlips(r.entities, docs),
  ]) {
    disputes.push(a);
    contested.push(...contestedSides(a.sides));
  }
  for (const d of r.docs) {
    const info = docs.get(d);
    if (info) for (const f of textFlags(info)) addFlag(flags[d]!, f);
  }
  for (const c of r.copies)
    addFlag(flags[c.doc] ?? [], {
      kind: 'duplicate-of',
      of: c.of,
      evidence: `${Math.floor(c.share * 100)}% of the longer text is shared with ${c.of} (a copy of the same report)`,
    });
  const slips = slipFlags(disputes);
  const previews = overtakenPreviews([...docs.values()]);
  for (const { doc, flag } of [...roles.flags, ...dates.flags, ...previews, ...slips])
    if (flags[doc]) addFlag(flags[doc], flag);

  disputes.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  // Every side's sentences, the prevailing sides' too: what states a disputed thing at all.
  const involved = disputes.flatMap((d) =>
    d.sides.flatMap((s) => s.evidence.map((e) => ({ ...e, value: s.value }))),
  );
  const claims = assessClaims(aligned.claims, docs, r.sourceOf, contested, order, involved).map((c, i) => ({
    ...c,
    id: `c${i + 1}`,
  }));
  ctx.trace('assess', `${claims.length} claims, ${disputes.length} disputes`);
  return {
    value: {
      aligned,
      timeline: timelineOf(aligned.dates, docs, order),
      claims,
      disputes: disputes.map((d, i) => ({ id: `d${i + 1}`, ...d })),
      quantities,
      flags,
    },
    issues: [],
  };
}
