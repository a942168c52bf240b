// What an organisation is, when the article says so in an apposition: "Braxa Media, a broadcaster,", "the Golfo
// cartel, designated a foreign terrorist organization", "the Dock Union, the country's largest union".
import type { RoleMention } from '../../model/mention.ts';
import { ORG_NOUNS, ROLE_NOUNS } from './lexicon.ts';
import type { Linkable } from './link.ts';
import { role } from './roles.ts';

/** Heads of a noun phrase that describes a body, not a person. */
const ORG_KINDS = new Set([
  ...ORG_NOUNS,
  ...`broadcaster broadcasters network newspaper daily tabloid outlet agency union charity nonprofit non-profit
  think-tank coalition alliance federation association bank lender insurer manufacturer maker retailer airline
  carrier operator producer publisher regulator watchdog court body club team university school hospital utility
  developer supplier exporter importer conglomerate startup start-up subsidiary ministry department cartel
  syndicate gang militia faction movement party organization organisation group company firm`.split(/\s+/),
]);

// After the comma: an article or possessive, or "designated (as)", then up to six words of the phrase.
const APPOSED =
  /,\s+(?:(?:designated|listed|named|described|known|classified)\s+(?:as\s+)?)?((?:an?|the|one of the|its|their|[\p{L}-]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,5}?([\p{L}-]+))(?=\s*(?:[,;.)—–]|$|\s(?:of|in|at|on|for|with|based|that|which|who|whose|since|last|this|earlier|until|and)\b))/uy;
// "the Golfo cartel, …": a kind noun after the name belongs to it, the apposition comes after that.
const KIND_AFTER = /\s+([a-z]+)(?=,)/y;

/** The apposition's role when its head names a kind of body, else null. */
function apposedKind(text: string, end: number): RoleMention | null {
  KIND_AFTER.lastIndex = end;
  const kind = KIND_AFTER.exec(text);
  const at = kind && ORG_NOUNS.has(kind[1]!) ? KIND_AFTER.lastIndex : end;
  if (text[at] !== ',') return null;
  APPOSED.lastIndex = at;
  const m = APPOSED.exec(text);
  if (!m) return null;
  const word = m[2]!.toLowerCase();
  const head = ORG_KINDS.has(word) ? word : word.replace(/s$/, '');
  if (!ORG_KINDS.has(head) || ROLE_NOUNS.has(head)) return null;
  const phrase = m[1]!;
  const start = at + m[0].length - phrase.length;
  return role(phrase, { start, end: start + phrase.length }, 'current');
}

/** Refiner: an organisation-kind apposition makes the name an organisation and states what it is. */
export function orgAppositions(text: string, items: Linkable[]): void {
  for (const it of items) {
    const m = it.mention;
    const type = it.typeOverride ?? m.type;
    if (type === 'place' || m.title || m.nameShape || m.tokens.at(-1)!.possessive) continue;
    if (type === 'person' && m.personEvidence) continue;
    const r = apposedKind(text, m.span.end);
    if (!r) continue;
    it.typeOverride = 'org';
    if (!it.roles.some((x) => x.normalized === r.normalized)) it.roles.push(r);
  }
}
