// Offices → holders per article, from the roles collected on resolved entities.
import type { Entity, Office } from '../model/finding.ts';

export function alignOffices(entities: Entity[]): Office[] {
  const byOffice = new Map<string, Office>();
  for (const e of entities) {
    for (const r of e.roles) {
      const key = r.normalized.trim();
      if (!key) continue;
      const o = byOffice.get(key) ?? { office: key, holders: [] };
      o.holders.push({ entity: e.id, doc: r.doc, role: r });
      byOffice.set(key, o);
    }
  }
  return [...byOffice.values()].sort((a, b) => (a.office < b.office ? -1 : a.office > b.office ? 1 : 0));
}
