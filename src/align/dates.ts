// Dates of the same event: blocked by event keys, joined when the event words and the people or organisations
// named beside the date agree. Two dates of one sentence are never one event (ranges, sequences).
import type { DateGroup, DateMember } from '../model/finding.ts';
import type { EntityLookup } from './entities.ts';
import { KeyIndex, keysOf, shared } from './text.ts';

interface D {
  m: DateMember;
  keys: Set<string>;
  actors: Set<string>;
  places: Set<string>;
}

function prep(m: DateMember, lookup: EntityLookup, text: string): D {
  const d = m.date.mention;
  const src = d.keys.length
    ? `${d.keys.join(' ')} ${d.event}`
    : `${d.event} ${text.slice(d.sentence.start, d.sentence.end)}`;
  const within = lookup.within(m.doc, d.sentence);
  const actors = new Set(within.filter((id) => lookup.typeOf(id) !== 'place'));
  const places = new Set(within.filter((id) => lookup.typeOf(id) === 'place'));
  return { m, keys: new Set(keysOf(src)), actors, places };
}

export function sameEventScore(a: D, b: D): number {
  const sameDoc = a.m.doc === b.m.doc;
  if (sameDoc && a.m.date.mention.sentence.start === b.m.date.mention.sentence.start) return 0;
  const keys = shared(a.keys, b.keys);
  const actors = shared(a.actors, b.actors);
  const places = shared(a.places, b.places);
  if (!keys) return 0;
  if (sameDoc && (keys < 2 || !actors)) return 0;
  if (keys >= 3 || actors) return keys + 1.5 * actors + 0.5 * places;
  return keys + 0.5 * places;
}

const NEEDED = 2.5;

export function alignDates(
  members: DateMember[],
  lookup: EntityLookup,
  texts: Map<string, string>,
): DateGroup[] {
  const ds = members.map((m) => prep(m, lookup, texts.get(m.doc) ?? ''));
  const index = new KeyIndex();
  const groupOf: number[] = [];
  const groups: number[][] = [];
  ds.forEach((d, i) => {
    let best = -1;
    let bestScore = 0;
    for (const j of index.candidates(d.keys)) {
      const g = groupOf[j]!;
      if (
        groups[g]!.some(
          (k) =>
            ds[k]!.m.doc === d.m.doc &&
            ds[k]!.m.date.mention.sentence.start === d.m.date.mention.sentence.start,
        )
      )
        continue;
      const s = sameEventScore(d, ds[j]!);
      if (s >= NEEDED && s > bestScore) {
        best = g;
        bestScore = s;
      }
    }
    if (best < 0) {
      best = groups.length;
      groups.push([]);
    }
    groups[best]!.push(i);
    groupOf[i] = best;
    index.add(i, d.keys);
  });
  return groups.map((g, k) => ({
    id: `D${k + 1}`,
    event: ds[g[0]!]!.m.date.mention.event,
    members: g.map((i) => members[i]!),
  }));
}
