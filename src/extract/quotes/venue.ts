// Where a quote was said, when the attribution states it: "told Channel 9 News", "in an interview with X",
// "told reporters", "at a news conference". A person told something is the addressee, not a venue.

import { mapList } from '../../model/list.ts';
import type { DocEntity } from '../../model/mention.ts';
import type { Tok } from './tokens.ts';

const OUTLET =
  /\b(?:News|Times|Post|Journal|Television|TV|Radio|Network|Press|Agency|Broadcasting|Tribune|Herald|Gazette|Telegraph|Guardian|Magazine|Daily|Wire|Channel|Reuters|Bloomberg|CNN|BBC|NBC|CBS|ABC|NPR|MSNBC|AFP|AP|PBS|Sky|Al Jazeera)\b/;
const NAME =
  "[\\p{Lu}][\\p{L}\\p{N}'’.&-]*(?:\\s+(?:of\\s+|de\\s+|the\\s+)?[\\p{Lu}][\\p{L}\\p{N}'’.&-]*){0,5}";
const INTERVIEW_WITH = new RegExp(`\\binterview (?:with|on) (?:the )?(${NAME})`, 'u');
const NAMED_INTERVIEW = new RegExp(`\\b(?:in|during) an? (${NAME}) interview\\b`, 'u');
const SPOKE_ON = new RegExp(`\\b(?:said|speaking|appearing|told|spoke) on (${NAME})`, 'u');
const POST_ON = new RegExp(`\\bpost(?:ed)? on (${NAME})`, 'u');
const EVENT =
  /\bat an? ((?:news|press) conference|press briefing|briefing|rally|hearing|summit|forum|campaign event|town hall)\b/;
const IN_STATEMENT = /\bin an? (?:written )?(statement|speech|letter|memo|press release|op-ed)\b/;

const trimName = (s: string): string => s.replace(/['’]s?$/u, '').replace(/[.,]+$/, '');

function isOrg(name: string, entities: DocEntity[]): boolean {
  if (OUTLET.test(name)) return true;
  const low = name.toLowerCase();
  return entities.some(
    (e) =>
      e.type === 'org' && (e.name.toLowerCase() === low || e.aliases.some((a) => a.toLowerCase() === low)),
  );
}

/** The venue in an addressee after "told": "Channel 9 News’ Ana Ruiz" → Channel 9 News; "reporters" → reporters. */
export function venueOfAddressee(addressee: Tok[], entities: DocEntity[]): string | null {
  if (addressee.length === 0) return null;
  const owner = addressee.findIndex((t) => t.possessive);
  if (owner >= 0 && owner < addressee.length - 1)
    return trimName(
      addressee
        .slice(0, owner + 1)
        .map((t) => t.word)
        .join(' '),
    );
  const phrase = mapList(addressee, (t) => t.word).join(' ');
  if (!/^[\p{Lu}\d]/u.test(phrase)) return phrase;
  return isOrg(phrase, entities) ? trimName(phrase) : null;
}

/** A venue stated anywhere in an attribution clause. */
export function venueInClause(clause: string, entities: DocEntity[]): string | null {
  for (const re of [INTERVIEW_WITH, NAMED_INTERVIEW, POST_ON]) {
    const m = re.exec(clause);
    if (m?.[1]) return trimName(m[1]);
  }
  const on = SPOKE_ON.exec(clause);
  if (on?.[1] && isOrg(on[1], entities)) return trimName(on[1]);
  const ev = EVENT.exec(clause) ?? IN_STATEMENT.exec(clause);
  return ev?.[1] ?? null;
}
