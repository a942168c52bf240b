// "The ex-president said …": a definite former-office description without a name refers back to the nearest
// person the article has already given that office. Such roles are added where the extractor left them unlinked.
import type { Entity, EntityRole } from '../model/finding.ts';
import type { Extracted } from '../model/mention.ts';

const FORMER_OFFICE =
  /\b[Tt]he (?:ex-|former )(president|prime minister|governor|mayor|chancellor|premier|chairman|chairwoman|ceo|chief executive|minister|secretary|king|queen|leader|senator|director)\b(?!\s+(?:of\s+)?[A-Z])/g;
/** How far back (characters) the person must have been named. */
const REACH = 1500;

export function anaphoricRoles(
  extracted: Extracted[],
  entities: Entity[],
  entityOf: Record<string, string>,
): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const x of extracted) {
    const doc = x.seg.doc.id;
    const text = x.seg.doc.text;
    FORMER_OFFICE.lastIndex = 0;
    for (let m = FORMER_OFFICE.exec(text); m; m = FORMER_OFFICE.exec(text)) {
      const at = m.index;
      const office = m[1]!.toLowerCase();
      const start = at + m[0].indexOf(m[0].includes('ex-') ? 'ex-' : 'former');
      if (x.entities.some((e) => e.roles.some((r) => r.span.start <= start && start < r.span.end))) continue;
      // Nearest earlier person in this article holding (or said to hold) the office; one already called a
      // former holder anywhere in the story goes first.
      let best: { e: Entity; pos: number; past: boolean } | null = null;
      for (const de of x.entities) {
        if (de.type !== 'person' && de.type !== 'other') continue;
        const id = entityOf[`${doc}#${de.id}`];
        const e = id ? byId.get(id) : undefined;
        // The type the story as a whole gives decides: one article's unsure "other" is still that person.
        if (e?.type !== 'person') continue;
        const holds = e?.roles.some((r) => r.normalized === office || r.normalized.startsWith(`${office} `));
        if (!e || !holds) continue;
        const pos = Math.max(-1, ...de.mentions.filter((s) => s.end <= at).map((s) => s.start));
        if (pos < 0 || at - pos > REACH) continue;
        const past = e.roles.some((r) => r.status === 'former' && r.normalized.startsWith(office));
        if (!best || (past && !best.past) || (past === best.past && pos > best.pos)) best = { e, pos, past };
      }
      if (!best) continue;
      const role: EntityRole = {
        doc,
        text: text.slice(start, at + m[0].length),
        normalized: office,
        status: 'former',
        span: { start, end: at + m[0].length },
      };
      best.e.roles.push(role);
      if (!best.e.docs.includes(doc)) best.e.docs.push(doc);
    }
  }
}
