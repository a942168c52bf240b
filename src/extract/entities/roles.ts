// Roles as the article states them: a title before the name, an apposition after it ("X, the foreign
// minister,"), a role phrase before it ("Channel 9 News host X", "Mexico's foreign minister X"), "led by President X".
import { countryOf } from '../../lang/places.ts';
import type { RoleMention, RoleStatus } from '../../model/mention.ts';
import type { Span } from '../../model/span.ts';
import {
  ORG_HEADS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  STATUS_WORDS,
  STOP_CAPS,
  TITLE_EXPANSIONS,
} from './lexicon.ts';
import type { Mention } from './mentions.ts';
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

const hasRoleNoun = (phrase: string): boolean =>
  phrase
    .toLowerCase()
    .split(/[\s,]+/)
    .some((w) => ROLE_NOUNS.has(w.replace(/^ex-/, '').replace(/-elect$/, '')));

const APPOSITION = /^,\s+([^,;:()“”"\n]{2,160}?)(?=\s*(?:,|;|\.(?:\s|$)|\)|—|–|$))/u;
const NOT_ROLE_START =
  /^(?:who|whom|whose|which|that|he|she|they|it|and|but|or|said|says|told|according|including|where|when|while|as|in|on|at|for|with|whom|his|her|their)\b/i;

/** "X, the foreign minister," / "X, associate professor of ... at the University of Y,". */
function apposition(text: string, m: Mention): RoleMention | null {
  if (m.tokens.at(-1)!.possessive || text[m.span.end] !== ',') return null;
  const after = APPOSITION.exec(text.slice(m.span.end, m.span.end + 200));
  if (!after) return null;
  // "professor at X who has studied Y": the relative clause describes, the role ends before it.
  const phrase = after[1]!.replace(/\s+(?:who|which|that|whose|where)\s.*$/, '').trim();
  if (NOT_ROLE_START.test(phrase) || phrase.split(/\s+/).length > 16 || !hasRoleNoun(phrase)) return null;
  const start = m.span.end + after[0].indexOf(phrase);
  return role(phrase, { start, end: start + phrase.length }, statusOf(phrase));
}

const isRoleWord = (t: Token): boolean =>
  !t.cap && (ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || STATUS_WORDS.has(t.lower));

/** Role words right before the name, with an owner in the possessive: "Mexico's foreign minister X". */
function preName(text: string, m: Mention, sentence: Token[]): RoleMention | null {
  const first = m.run.tokens[0]!;
  const i = first.pos - 1;
  const gap = (a: Token, b: Token): boolean => /^[^\S\n]{1,3}$/.test(text.slice(a.end, b.start));
  let k = i;
  while (k >= 0 && isRoleWord(sentence[k]!) && gap(sentence[k]!, sentence[k + 1] ?? first)) k--;
  const words = sentence.slice(k + 1, i + 1);
  const nounNext = words.length > 0 && ROLE_NOUNS.has(words.at(-1)!.lower);
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
    if (!m.title && words.length === 0 && poss?.possessive && owner.some((t) => ORG_HEADS.has(t.lower))) {
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

const PRE_APPOSITION =
  /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+|([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,2})['’]s?\s+|\b\p{Ll}+['’]s\s+)((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s*$/u;

/** "Norway's foreign minister, Eli Rask, said": a role phrase, a comma, the name, a comma. */
function preApposition(text: string, m: Mention): RoleMention | null {
  if (
    m.title ||
    text[m.span.end] !== ',' ||
    !/,\s*$/.test(text.slice(Math.max(0, m.run.start - 3), m.run.start))
  )
    return null;
  const from = Math.max(0, m.run.start - 90);
  const hit = PRE_APPOSITION.exec(text.slice(from, m.run.start));
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

/** Every role the article states for this mention. */
export function rolesOf(text: string, m: Mention, sentence: Token[]): RoleMention[] {
  const out: RoleMention[] = [];
  const found = [fromTitle(text, m), preName(text, m, sentence), apposition(text, m), preApposition(text, m)];
  for (const r of found) if (r) out.push(r);
  return out;
}
