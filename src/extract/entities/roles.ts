// Roles as the article states them: a title before the name, an apposition after it ("X, the foreign
// minister,"), a role phrase before it ("Channel 9 News host X", "Mexico's foreign minister X"), "led by President X".
import { PARTY_LETTERS, stateOf } from '../../lang/en/parties.ts';
import { countryOf } from '../../lang/places.ts';
import type { RoleMention, RoleStatus } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import {
  isRoleWord,
  OF_ROLES,
  ORG_HEADS,
  ROLE_NOUNS,
  STATUS_WORDS,
  STOP_CAPS,
  TITLE_EXPANSIONS,
} from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { legalStanding } from './standing.ts';
import type { Token } from './tokens.ts';

const ARTICLE = /^(?:the|a|an)\s+/i;
// "ex" and "then" only as words of their own: "executive chair" keeps its "ex".
const STATUS_LEAD =
  /^(?:(?:former|acting|interim|erstwhile|caretaker|onetime|one-time|ex|then)\s+|(?:ex|then)-)/i;
const ELECT = /-(?:elect|designate)\b/i;
const TRAILING_OF_COUNTRY = /\s+of\s+(?:the\s+)?([\p{L}.' ]+)$/iu;
const POSSESSIVE_LEAD = /^([\p{L}.][\p{L}. ]*?)['’]s?\s+/u;

/** Comparable form of a role: lower case, status dropped, a named country moved to "of <country>". */
export function normalizeRole(text: string): string {
  let s = text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  s = s.replace(ARTICLE, '').replace(STATUS_LEAD, '').replace(ELECT, '');
  let country: string | null = null;
  const poss = POSSESSIVE_LEAD.exec(s);
  if (poss && countryOf(poss[1]!)) {
    country = countryOf(poss[1]!);
    s = s.slice(poss[0].length);
  }
  if (!country) {
    const words = s.split(' ');
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const c = countryOf(words.slice(0, n).join(' '));
      if (c) {
        country = c;
        s = words.slice(n).join(' ');
        break;
      }
    }
  }
  if (!country) {
    const m = TRAILING_OF_COUNTRY.exec(s);
    const c = m ? countryOf(m[1]!.trim()) : null;
    if (m && c) {
      country = c;
      s = s.slice(0, m.index);
    }
  }
  let out = s
    .toLowerCase()
    .split(' ')
    .map((w) => TITLE_EXPANSIONS[w] ?? w)
    .join(' ')
    .replace(/^minister of foreign affairs$/, 'foreign minister')
    .trim();
  if (country) out = `${out} of ${country.toLowerCase()}`;
  return out.trim();
}

// An article repeats its titles ("President"): each is normalised once.
const normalized = new Map<string, string>();

export function role(text: string, span: Span, status: RoleStatus): RoleMention {
  let n = normalized.get(text);
  if (n === undefined) {
    if (normalized.size > 10_000) normalized.clear();
    n = normalizeRole(text);
    normalized.set(text, n);
  }
  return { text, normalized: n, status, span };
}

function statusOf(phrase: string): RoleStatus {
  const lead = /^(?:the\s+|a\s+|an\s+)?(former|ex-|ex|acting|interim|then-|then|erstwhile|caretaker)\b/i.exec(
    phrase,
  );
  if (lead) return STATUS_WORDS.get(lead[1]!.toLowerCase()) ?? 'current';
  if (/-elect\b/i.test(phrase)) return 'elect';
  if (/-designate\b/i.test(phrase)) return 'designate';
  return 'current';
}

// The phrase ends at a comma, semicolon, bracket, dash or a sentence's full stop; not at the full stop of an
// abbreviation ("U.S.", "No. 2", "St.").
const APPOSITION =
  /^,\s+([^,;:()“”"\n]{2,160}?)(?=\s*(?:,|;|(?<!\b(?:\p{Lu}|No|St|Mt|Jr|Sr|Dr|Gen|Gov|Sen|Rep|Mr|Mrs|Ms|Co|Inc|Corp))\.(?:\s|$)|\)|—|–|$))/u;
const NOT_ROLE_START =
  /^(?:who|whom|whose|which|that|he|she|they|it|and|but|or|said|says|told|according|including|where|when|while|as|in|on|at|for|with|whom|his|her|their)\b/i;
/** "one of the two officers": the head of the phrase comes after the partitive. */
const PARTITIVE = /^(?:one|two|three|four|some|many|each|both|all|none)\s+of\s+/i;
/** Words that end a noun phrase's head: the role noun must stand before the first of them. */
const HEAD_ENDS = new Set([
  'of',
  'to',
  'at',
  'in',
  'on',
  'for',
  'from',
  'with',
  'by',
  'who',
  'which',
  'that',
  'after',
]);

const isRoleNoun = (w: string): boolean => {
  const x = w
    .toLowerCase()
    .replace(/^ex-/, '')
    .replace(/-elect$/, '');
  return ROLE_NOUNS.has(x) || (x.endsWith('s') && ROLE_NOUNS.has(x.slice(0, -1)));
};

/** A role noun heads the phrase: it stands before the phrase's first preposition ("professor of economics", not
 *  "sent a letter to the president"). */
function headedByRole(phrase: string): boolean {
  for (const w of phrase.replace(PARTITIVE, '').split(/[\s,]+/)) {
    if (HEAD_ENDS.has(w.toLowerCase())) return false;
    if (isRoleNoun(w)) return true;
  }
  return false;
}

// ", R-Ky.," or " (D-N.Y.)" after a lawmaker's name: party and state.
const PARTY_TAG = /^\s*(?:,\s*|\(\s*)([RDI])[-–]((?:\p{Lu}[\p{Ll}]*\.?\s?){1,3}?)\s*(,|\))/u;
// "of Arizona" after a name: where the office is; an apposition may follow it.
const OF_PLACE = /^\s+of\s+(?:\p{Lu}[\p{L}.]*\s?){1,3}(?=,)/u;

/** The party tag right after a name, with the state it names; null when none (or no state is named). */
function tagAfter(text: string, end: number): { tag: RegExpExecArray; state: string } | null {
  const tag = PARTY_TAG.exec(text.slice(end, end + 40));
  const state = tag ? stateOf(tag[2]!.trim()) : null;
  return tag && state ? { tag, state } : null;
}

/** Where the words that still belong to the name end: after a party tag or "of <Place>", at the next comma. */
function nameTrailerEnd(text: string, end: number): number {
  const t = tagAfter(text, end);
  if (t) return end + t.tag[0].length - (t.tag[3] === ',' ? 1 : 0);
  const of = OF_PLACE.exec(text.slice(end, end + 40));
  return of ? end + of[0].length : end;
}

/** "Sen. Ana Ruiz, R-Ky.," → "republican senator of kentucky". */
function partyTag(text: string, m: Mention): RoleMention | null {
  const t = tagAfter(text, m.span.end);
  if (!t) return null;
  const { tag, state } = t;
  const office = m.title ? normalizeRole(text.slice(m.title.span.start, m.title.span.end)) : '';
  const seat = /^(?:senator|representative|congress(?:man|woman))$/.test(office) ? ` ${office}` : '';
  const start = m.span.end + tag[0].indexOf(tag[1]!);
  const span = { start, end: start + tag[1]!.length + 1 + tag[2]!.trim().length };
  const names = PARTY_LETTERS[tag[1]!]!;
  const party = (seat ? names.adjective : names.member).toLowerCase();
  return {
    text: text.slice(span.start, span.end),
    normalized: `${party}${seat} of ${state.toLowerCase()}`,
    status: 'current',
    span,
  };
}

/** "X, from the water board,": where X works, when an organisation's head word ends the phrase. */
const FROM_ORG = /^from\s+(?:the\s+)?((?:[\p{L}&.'’-]+\s+){0,4}[\p{L}]+)$/u;
/** "who is", "who was", "who serves as": a relative clause opening on a link verb, then the role. */
const WHO_IS = /^(?:who|which)\s+(?:is|was|has been|had been|serves as|served as|is now|was then)\s+/;

/** "X, the foreign minister," / "X, associate professor of ... at the University of Y," / "X (D-Va.), the ...". */
function apposition(text: string, m: Mention): RoleMention | null {
  if (m.tokens.at(-1)!.possessive) return null;
  const end = nameTrailerEnd(text, m.span.end);
  if (text[end] !== ',') return null;
  const after = APPOSITION.exec(text.slice(end, end + 200));
  if (!after) return null;
  // "X, who is the senator's running mate,": a relative clause that only links the name to its role.
  const linked = after[1]!.replace(WHO_IS, '');
  // "professor at X who has studied Y": the relative clause describes, the role ends before it.
  const phrase = linked.replace(/\s+(?:who|which|that|whose|where)\s.*$/, '').trim();
  const from = FROM_ORG.exec(phrase);
  if (from && ORG_HEADS.has(from[1]!.split(/\s+/).at(-1)!.toLowerCase())) {
    const start = end + after[0].indexOf(phrase) + from[0].length - from[1]!.length;
    return role(from[1]!, { start, end: start + from[1]!.length }, 'current');
  }
  if (NOT_ROLE_START.test(phrase) || phrase.split(/\s+/).length > 16 || !headedByRole(phrase)) return null;
  const start = end + after[0].indexOf(phrase);
  return role(phrase, { start, end: start + phrase.length }, statusOf(phrase));
}

const isRoleToken = (t: Token): boolean => !t.cap && isRoleWord(t.lower);

/** Whether the three tokens ending at `i` are an office named "<head> of <field>" ("chief of staff"). */
function ofRoleEndingAt(sentence: Token[], i: number): boolean {
  const [a, of, b] = [sentence[i - 2], sentence[i - 1], sentence[i]];
  return a !== undefined && of?.lower === 'of' && b !== undefined && OF_ROLES.has(`${a.lower} of ${b.lower}`);
}

/** "BBC", "NATO", "CIA": an organisation's initials (a possessive "'s" aside). */
const isAcronym = (t: Token): boolean => /^\p{Lu}{2,6}(?:['’]s?)?$/u.test(t.text);

/** Role words right before the name, with an owner in the possessive: "Mexico's foreign minister X". */
function preName(text: string, m: Mention, sentence: Token[]): RoleMention | null {
  const first = m.run.tokens[0]!;
  const i = first.pos - 1;
  const gap = (a: Token, b: Token): boolean => /^[^\S\n]{1,3}$/.test(text.slice(a.end, b.start));
  let k = i;
  // "chief of staff Eli Rask": an office of three words stands where one role noun would
  const compound = ofRoleEndingAt(sentence, i) && gap(sentence[i]!, first);
  if (compound) k = i - 3;
  while (k >= 0 && isRoleToken(sentence[k]!) && gap(sentence[k]!, sentence[k + 1] ?? first)) k--;
  const words = sentence.slice(k + 1, i + 1);
  const nounNext = words.length > 0 && (compound || ROLE_NOUNS.has(words.at(-1)!.lower));
  // Owner: capitalised words before the role words ("Channel 9 News host"), or a possessive ("Mexico's").
  let o = k;
  const ownerWord = (t: Token): boolean => t.cap && !t.possessive && !STOP_CAPS.has(t.lower);
  while (o >= 0 && ownerWord(sentence[o]!)) o--;
  if (o >= 0 && o === k && sentence[o]!.possessive && sentence[o]!.cap) {
    o--;
    while (o >= 0 && ownerWord(sentence[o]!)) o--;
  }
  const ownerToks = sentence.slice(o + 1, k + 1);
  const owner = ownerToks.length && ownerToks.every((t) => t.cap) ? ownerToks : [];
  if (!nounNext) {
    // "Channel 9 News' Ana Ruiz": an organisation in the possessive right before a name is where the person works.
    const poss = owner.at(-1);
    const orgLike = owner.some((t) => ORG_HEADS.has(t.lower)) || owner.every(isAcronym);
    if (!m.title && words.length === 0 && poss?.possessive && orgLike) {
      const span = { start: owner[0]!.start, end: poss.end };
      const t = text.slice(span.start, span.end);
      return { text: t, normalized: t.toLowerCase(), status: 'current', span };
    }
    return null;
  }
  const start = (owner[0] ?? words[0]!).start;
  const span = { start, end: words.at(-1)!.end };
  const phrase = text.slice(span.start, span.end);
  const before = /(former|ex-|acting|interim|then-)\s*$/i.exec(text.slice(Math.max(0, start - 12), start));
  const status = before ? (STATUS_WORDS.get(before[1]!.toLowerCase()) ?? 'current') : statusOf(phrase);
  return role(phrase, span, status);
}

const POSSESSOR_AT_END = /([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,2})['’]s?\s+$/u;
const OF_COUNTRY_AFTER = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3})/u;
const LED_BY = /(\p{L}+)\s+(?:government|administration|cabinet|regime)\s*,?\s+(?:led|headed|run)\s+by\s+$/u;

/** Capitalised words after "of" that can be a jurisdiction: not a function word, not a lone initial. */
function jurisdiction(words: string): string | null {
  const first = words.split(' ')[0]!.toLowerCase();
  return STOP_CAPS.has(first) || words.length < 2 ? null : words;
}

/** Role from the title before the name, widened by a possessive owner or a "<Country> government, led by". */
function fromTitle(text: string, m: Mention): RoleMention | null {
  const t = m.title;
  if (!t || t.honorific) return null;
  let span = t.span;
  let phrase = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  // Cheap tests first: most titles have neither a possessive nor "led by" before them.
  const poss = /['’]s?\s+$/.test(before) ? POSSESSOR_AT_END.exec(before) : null;
  if (!t.country && poss && countryOf(poss[1]!)) {
    span = { start: span.start - poss[0].length, end: span.end };
    phrase = text.slice(span.start, span.end);
  }
  const led = t.country || !before.includes(' by') ? null : LED_BY.exec(before);
  // "Foreign Minister Tao Lin of Peru": the country may follow the name.
  const after =
    t.country || !/^\s+of\s/.test(text.slice(m.span.end, m.span.end + 5))
      ? null
      : OF_COUNTRY_AFTER.exec(text.slice(m.span.end, m.span.end + 60));
  // A place that is no country still names the office's jurisdiction: "Governor Ana Ruiz of Tarn".
  const ofWords = after ? after[1]!.replace(/([\p{Ll}\p{Lu}]{2})\.$/u, '$1') : null; // "of Peru." ends a sentence
  const ledCountry = led
    ? countryOf(led[1]!)
    : ofWords
      ? (countryOf(ofWords) ?? jurisdiction(ofWords))
      : null;
  const r = role(phrase, span, t.status);
  if (t.placeSpan) {
    // "Tarn Governor": the place before the office is its jurisdiction, "governor of tarn".
    const office = normalizeRole(text.slice(t.placeSpan.end, t.span.end));
    r.normalized = `${office} of ${text.slice(t.placeSpan.start, t.placeSpan.end).toLowerCase()}`;
    return r;
  }
  if (ledCountry && !/ of /.test(r.normalized))
    r.normalized = `${r.normalized} of ${ledCountry.toLowerCase()}`;
  return r;
}

// An acronym may qualify the role: "the F.B.I. director, Ana Ruiz,".
const PRE_APPOSITION =
  /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,2})['’]s?\s+|\b\p{Ll}+['’]s\s+)((?:(?:[\p{Ll}-]+|\p{Lu}[\p{Lu}.&]+)\s+){0,3}[\p{Ll}-]+),\s*$/u;

/** "the vice president of the civil servants' union, Eli Rask,": a role noun, "of" and whose office it is. */
const PRE_APPOSITION_OF =
  /\b(?:[Tt]he|[Aa]n?)\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+of\s+[^,;:()"“”\n]{2,70}?),\s*$/u;

/** "Velo's chief negotiator in the border talks, Eli Rask,": a role noun and the affair it is held in. */
const PRE_APPOSITION_IN =
  /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,2}['’]s?\s+)((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:in|on|for|at)\s+[^,;:()"“”\n]{2,50}?),\s*$/u;

/** The role a pattern matched in text read from `from`: its phrase, placed where the match put it. */
function roleMatched(hit: RegExpExecArray, from: number, phrase: string, status: RoleStatus): RoleMention {
  const start = from + hit.index + hit[0].indexOf(phrase);
  return role(phrase, { start, end: start + phrase.length }, status);
}

/** "Norway's foreign minister, Eli Rask, said": a role phrase, a comma, the name, a comma. */
function preApposition(text: string, m: Mention): RoleMention | null {
  if (
    m.title ||
    text[m.span.end] !== ',' ||
    !/,\s*$/.test(text.slice(Math.max(0, m.run.start - 3), m.run.start))
  )
    return null;
  const from = Math.max(0, m.run.start - 90);
  const lead = text.slice(from, m.run.start);
  const of = PRE_APPOSITION_OF.exec(lead);
  if (of && isRoleNoun(of[2]!)) {
    // "the director of the country's intelligence service, Ana Ruiz,": the office and whose it is.
    return roleMatched(of, from, of[1]!, statusOf(of[1]!));
  }
  const held = PRE_APPOSITION_IN.exec(lead);
  if (held && isRoleNoun(held[2]!)) return roleMatched(held, from, held[1]!, statusOf(held[1]!));
  const hit = PRE_APPOSITION.exec(lead);
  if (!hit) return null;
  const phrase = hit[2]!;
  const last = phrase.split(/\s+/).at(-1)!;
  if (!ROLE_NOUNS.has(last)) return null;
  const start = from + hit.index + hit[0].lastIndexOf(phrase);
  const owner = hit[1] ? countryOf(hit[1]) : null;
  const r = role(phrase, { start, end: start + phrase.length }, statusOf(phrase));
  if (owner && !/ of /.test(r.normalized)) r.normalized = `${r.normalized} of ${owner.toLowerCase()}`;
  return r;
}

/** "The assailant, whom police identified as Eli Rask," / "police identified the victim as 40-year-old Eli Rask":
 *  the person named is the one the role noun spoke of. */
const IDENTIFIED_AS = [
  /\b(?:[Tt]he|[Aa]n?)\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)),?\s+(?:who|whom)\s+(?:[\p{L}.]+\s+){1,4}?identified\s+as\s+(?:\d+-year-old\s+)?$/u,
  /\b(?:[Tt]he|[Aa]n?)\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s+(?:was|has\s+been|had\s+been|is|were)\s+identified\s+as\s+(?:\d+-year-old\s+)?$/u,
  /\bidentified\s+the\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s+as\s+(?:\d+-year-old\s+)?$/u,
];

function identifiedAs(text: string, m: Mention): RoleMention | null {
  if (m.title) return null;
  const from = Math.max(0, m.run.start - 120);
  const lead = text.slice(from, m.run.start);
  // Most names follow no "identified ... as": a plain search settles that before any pattern runs.
  if (!lead.includes('identified')) return null;
  for (const re of IDENTIFIED_AS) {
    const hit = re.exec(lead);
    if (hit && isRoleNoun(hit[2]!)) return roleMatched(hit, from, hit[1]!, 'current');
  }
  return null;
}

/** Every role the article states for this mention. */
export function rolesOf(text: string, m: Mention, sentence: Token[]): RoleMention[] {
  const out: RoleMention[] = [];
  const found = [
    fromTitle(text, m),
    preName(text, m, sentence),
    apposition(text, m),
    preApposition(text, m),
    identifiedAs(text, m),
    partyTag(text, m),
  ];
  for (const r of found) if (r) out.push(r);
  out.push(...legalStanding(text, m));
  return out;
}
