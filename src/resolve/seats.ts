// "President Ruiz" in a story that names the White House: a bare head-of-state title is the office that seat
// houses, when one person carries it in far more articles than anyone and the story names the seats of one
// country only. A president with a country named ("Velmor's President Ruiz") keeps it; two bare presidents named
// alike (a visit) leave both bare.
import { SEATS } from '../lang/en/seats.ts';
import type { Entity } from '../model/finding.ts';
import type { Extracted } from '../model/mention.ts';

/** The story's holder of an office is named with it in more than this many times the articles of anyone else. */
const HOLDER_RATIO = 2;

/** The countries whose seats the story names, with the offices they house. */
function seatsNamed(extracted: Extracted[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const x of extracted) {
    const text = x.seg.doc.text.toLowerCase();
    for (const s of SEATS)
      if (wordAt(text, s.name)) out.set(s.country, new Set([...(out.get(s.country) ?? []), ...s.offices]));
  }
  return out;
}

/** The phrase stands as whole words somewhere in the text. */
function wordAt(text: string, phrase: string): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + phrase.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

export function seatRoles(extracted: Extracted[], entities: Entity[]): void {
  const seats = seatsNamed(extracted);
  // A seat whose office the story already gives someone with the country named ("Russian President X" beside the
  // Kremlin) says nothing of a bare title.
  const held = new Set(entities.flatMap((e) => e.roles.map((r) => r.normalized)));
  for (const [country, offices] of seats) {
    for (const office of offices) if (held.has(`${office} of ${country}`)) offices.delete(office);
    if (offices.size === 0) seats.delete(country);
  }
  if (seats.size !== 1) return;
  const [country, offices] = [...seats][0]!;
  const bare = (e: Entity, office: string) =>
    e.roles.filter((r) => r.normalized === office && r.status === 'current');
  for (const office of offices) {
    // The story's holder: the person far more articles give the bare title than any other ("President Vell"
    // recalled once beside a "President Ruiz" most reports name).
    const ranked = entities
      .filter((e) => e.type === 'person')
      .map((e) => ({ e, docs: new Set(bare(e, office).map((r) => r.doc)).size }))
      .filter((h) => h.docs > 0)
      .sort((a, b) => b.docs - a.docs);
    const [top, next] = ranked;
    if (!top || (next && top.docs <= HOLDER_RATIO * next.docs)) continue;
    for (const r of bare(top.e, office)) r.normalized = `${office} of ${country}`;
  }
}
