// entities[]: one per resolved entity, roles grouped by office and status with the articles that give them.
import { COUNTRIES_WITH_THE } from '../../lang/en/countries.ts';
import { isLegalStanding } from '../../lang/en/legal.ts';
import type { BriefEntity } from '../../model/briefing.ts';
import type { Entity } from '../../model/finding.ts';
import { titleCase } from './text.ts';

/** A role's country that reads with "the": "President of the United States". */
const WITH_THE = new RegExp(` of (${COUNTRIES_WITH_THE.join('|')})$`);

function roleLabel(normalized: string, status: string, written: string[]): string {
  // "charged with arson" is no office: it reads as the article wrote it, not title-cased.
  if (isLegalStanding(normalized)) return written[0] ?? normalized;
  const titled = titleCase(normalized.replace(/^(former|ex)[- ]/, '').replace(WITH_THE, ' of the $1'));
  // Initials stay as the articles write them: "BBC", not "Bbc".
  const caps = new Set(written.flatMap((t) => t.match(/\b\p{Lu}{2,}\b/gu) ?? []));
  const base = titled.replace(/\b\p{L}+\b/gu, (w) => (caps.has(w.toUpperCase()) ? w.toUpperCase() : w));
  return status === 'current' ? base : `${status} ${base}`;
}

export function buildEntities(entities: Entity[], order: Map<string, number>): BriefEntity[] {
  return entities.map((e) => {
    const roles = new Map<
      string,
      { docs: string[]; status: string; normalized: string; written: string[] }
    >();
    for (const r of e.roles) {
      const key = `${r.status}|${r.normalized}`;
      const cur = roles.get(key) ?? {
        docs: [] as string[],
        status: r.status as string,
        normalized: r.normalized,
        written: [] as string[],
      };
      if (!cur.docs.includes(r.doc)) cur.docs.push(r.doc);
      if (!cur.written.includes(r.text)) cur.written.push(r.text);
      roles.set(key, cur);
    }
    const list = [...roles.values()]
      // the label reads the forms as written, so it is made once they are all in
      .map((r) => ({
        role: roleLabel(r.normalized, r.status, r.written),
        ...r,
        docs: r.docs.sort((a, b) => order.get(a)! - order.get(b)!),
      }))
      .sort((a, b) => b.docs.length - a.docs.length || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
    return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, roles: list, docs: e.docs };
  });
}
