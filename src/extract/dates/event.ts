// What happened on a date: the clause that holds the date, without the date, its lead-in ("The move comes
// after") or trailing asides, cut to a short phrase; and its content words as keys for matching across articles.
import { MONTH_STEMS, WEEKDAY_ROOTS } from '../../lang/en/calendar.ts';
import { IRREGULAR_PAST, TIME_SUBORDINATORS } from '../../lang/en/clauses.ts';
import { STATEMENT_VERBS } from '../../lang/en/speech.ts';
import { EVENT_STOP_WORDS } from '../../lang/en/stopwords.ts';
import { oneOf } from '../../lang/pattern.ts';
import { mapList } from '../../model/list.ts';
import { stem } from '../quantities/keys.ts';

const MAX_WORDS = 16;
const STOP = EVENT_STOP_WORDS;
const MONTHS = new RegExp(`^(?:${oneOf(MONTH_STEMS)})[a-z]*\\.?$`, 'i');
const WEEKDAY = new RegExp(`^(?:${oneOf(WEEKDAY_ROOTS)})day$`, 'i');

/** Lead-ins that frame the event rather than state it: "The stance comes after", "This follows". */
const LEAD_IN =
  /^[^,;]{0,60}?\b(?:comes?|came|coming|follows?|followed|following)\s+(?:(?:just|shortly|days|weeks|soon)\s+)?(?:after|on\s+the\s+heels\s+of|amid)?\s*/i;
const CONNECTIVE = /^(?:and|but|while|as|after|before|when|since|then|so|yet|also|including)\s+/i;
/** A clause that says what happened inside a noun phrase: "an operation in which forces captured …". */
const RELATIVE = /\b(?:in|during)\s+which\s+|\bwhere(?=\s+\p{L})\s+/u;
const PREP_BEFORE = /\b(?:on|in|since|at|during|from|by|of|until|as\s+of|starting|beginning)\s*$/i;
// A comma inside a number ("40,000") does not cut a clause.
const BREAK = /[;:()[\]“”"]|\s[—–-]\s|,(?!\d)/g;

interface Piece {
  start: number;
  end: number;
}

function piecesOf(s: string): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(s); m !== null; m = BREAK.exec(s)) {
    out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: from, end: s.length });
  return out;
}

const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
const contentWords = (s: string): string[] =>
  wordsOf(s).filter(
    (w) => !STOP.has(w.toLowerCase()) && !MONTHS.test(w) && !WEEKDAY.test(w) && !/^\d+$/.test(w),
  );

/** Removes the date words (and the preposition that governs them) from a piece. */
function withoutDate(s: string, from: number, to: number): string {
  let head = s.slice(0, Math.max(0, from));
  const tail = s.slice(Math.max(0, to));
  head = head.replace(PREP_BEFORE, '');
  return `${head} ${tail}`;
}

function tidy(s: string): string {
  let t = s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?:\s*[,.;:!?])+$/, '');
  t = t.replace(/\b([Aa])\s+(?=[aeiouAEIOU])/g, '$1n ');
  const ws = t.split(' ');
  let cut = ws.slice(0, MAX_WORDS);
  while (
    cut.length > 1 &&
    /^(?:[^\p{L}\p{N}]*|\p{L}+)$/u.test(cut[cut.length - 1] as string) &&
    STOP.has((cut[cut.length - 1] as string).toLowerCase().replace(/[^a-z]/g, '') || 'and')
  )
    cut = cut.slice(0, -1);
  return cut.join(' ').replace(/[\s,.;:]+$/, '');
}

/** "Tuesday's fire at the plant has …": a date in the possessive dates the noun phrase it owns. */
const POSSESSIVE = /^['’]s\s/;
/** Words that end the owned noun phrase: a verb or a clause starts there. */
const PHRASE_END =
  /^(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|did|does|do|that|which|who|where|when|as|after|before|because|while|and|but|said|says|to|not|remains?|left|killed|kills|hit|hits|began|broke|fell|rose|came|went|took|made|struck|saw|led|spread|tore|grew|sank|ran|won|lost)$/i;

function ownedPhrase(tail: string): string {
  const stop = tail.search(/[;:()[\]“”",]|\s[—–-]\s/);
  const ws = (stop < 0 ? tail : tail.slice(0, stop)).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of ws) {
    if (out.length >= 10 || PHRASE_END.test(w)) break;
    // An -ed word after the first one is the verb: "Sunday's vote passed", not "Friday's failed launch".
    if (out.length > 0 && /^\p{Ll}{2,}ed$/u.test(w)) break;
    out.push(w);
  }
  return out.join(' ');
}

/** The noun phrase a date written before it names: "the 1990-93 [Sael War] ended" gives "Sael War". */
export function phraseAfter(sentence: string, dateEnd: number): string {
  const owned = ownedPhrase(withoutAsides(sentence).slice(dateEnd));
  return contentWords(owned).length > 0 ? tidy(owned) : '';
}

const ATTRIBUTIVE_YEAR = /^(?:1[89]|20)\d\d(?:[-–](?:1[89]|20)?\d\d)?$/;
/** A date that can stand before a noun: a year, a range of years, or a written date ("the March 3 fire"). */
const attributive = (date: string): boolean =>
  ATTRIBUTIVE_YEAR.test(date) || (MONTHS.test(date.split(/\s+/)[0] ?? '') && /\d/.test(date));
const DETERMINER_BEFORE = /\b(the|its|their|his|her|this)\s+$/i;

/** A participle aside after a noun describes it: "The remarks, given at a May 2 briefing", "The fair, first
 *  planned for Tuesday". */
const PARTICIPLE_ASIDE =
  /^\s*(?:(?:originally|initially|first|previously)\s+)?(?:made|held|given|issued|signed|announced|reported|published|scheduled|planned|slated)\b/i;
/** An aside after a date saying it was the day first planned: ", as originally scheduled". */
const AS_SCHEDULED =
  /^\s*(as\s+(?:had\s+been\s+|was\s+)?(?:originally|initially|first|previously)\s+(?:scheduled|planned|slated))[\s.!?]*$/i;

/** A fronted participle clause: "Since returning to office", "After landing". */
const PARTICIPLE_LEAD = /^\s*(?:since|after|before|upon|while|when)\s+(?=\p{Ll}+ing\b)/iu;

/** A clause that opens on its verb: its subject stands in an earlier piece. */
const VERB_FIRST =
  /^\s*(?:said|says|told|announced|added|confirmed|stated|\p{Ll}{3,}ed|met|went|gave|took|made|held|won|lost|left|spoke|struck|began|came|sent|led|ran|saw|hit|fell|rose)\s/u;

/** Speech verbs that leave a clause empty once its date is gone: "the chief said on Thursday". */
/** Where or to whom it was said: "at a rally in Elmton", "to reporters"; never "to have …" of "was said to have". */
const VENUE = '(?:(?:at|in|during)\\s+[^,]{1,60}|to\\s+(?:reporters|journalists|\\p{Lu}[^,]{0,50}))';
// "told" takes the one told: "told reporters".
const SAID_ONLY = new RegExp(
  `^(.{1,80}?)\\s+(${oneOf(STATEMENT_VERBS.map((v) => (v === 'told' ? 'told\\s+\\p{L}+' : v)))})(?:\\s+${VENUE})?$`,
  'iu',
);
/** "said" with at most a venue after it: the speaker stands in an earlier piece. */
const SAID_BARE = new RegExp(`^(said|says|told\\s+\\p{L}+)(?:\\s+${VENUE})?$`, 'iu');
/** A short capitalised piece that can name a speaker: "Ana Roe", "Mayor Roe". */
const NAME_PIECE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u;

/** "said Ana Roe": an attribution with the verb first; the name must be capitalised. */
const INVERTED = /^(said|says|told\s+\p{L}+)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})$/u;
/** A piece that only says where: "at the town hall". */
const VENUE_ONLY = /^(?:at|in|outside|inside|near|before|from)\s+\S+(?:\s+\S+){0,5}$/i;

const SPEECH = new RegExp(`\\b(?:${oneOf(STATEMENT_VERBS)})\\b`, 'i');

/** "X, the chief said on Thursday": what was said is in the pieces around the attribution. */
function reported(sentence: string, pieces: Piece[], k: number, body: string): string | null {
  if (!SPEECH.test(sentence)) return null;
  const norm = (t: string): string =>
    t
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\s,.;:]+$/, '');
  let speaker = '';
  let verb = '';
  let upTo = k;
  const m = SAID_ONLY.exec(norm(body));
  const bare = m ? null : SAID_BARE.exec(norm(body));
  if (m) [speaker, verb] = [m[1] as string, m[2] as string];
  else if (bare) {
    // '"…," Ana Roe, the fleet's chief, said Tuesday at the depot': the name stands a piece or two back.
    for (let j = k - 1; j >= Math.max(1, k - 2) && !speaker; j--) {
      const t = norm(sentence.slice((pieces[j] as Piece).start, (pieces[j] as Piece).end));
      if (NAME_PIECE.test(t)) [speaker, verb, upTo] = [t, bare[1] as string, j];
    }
    if (!speaker) return null;
  } else {
    // '"…," said Ana Roe, the mayor, at the town hall on Monday': the attribution is inverted, a piece or two back.
    const own = INVERTED.exec(norm(body));
    if (!own && !VENUE_ONLY.test(norm(body))) return null;
    for (let j = k; j >= Math.max(0, k - 2) && !speaker; j--) {
      const inv = INVERTED.exec(
        norm(j === k ? body : sentence.slice((pieces[j] as Piece).start, (pieces[j] as Piece).end)),
      );
      if (inv) [speaker, verb, upTo] = [inv[2] as string, inv[1] as string, j];
    }
    if (!speaker || upTo === 0) return null;
  }
  // "Both were said to have …" is a passive, not an attribution.
  if (wordsOf(speaker).length > 7 || /\b(?:was|were|is|are|be|been|being)$/i.test(speaker.trim()))
    return null;
  k = upTo;
  const take = (js: number[]): string =>
    js
      .map((j) => pieces[j] as Piece)
      .map((q) => sentence.slice(q.start, q.end))
      // A dateline ("OSTRA —") opens the sentence but is not what was said.
      .filter((t) => contentWords(t).length > 0 && !/^\s*\p{Lu}[\p{Lu}\s.'’-]*$/u.test(t))
      .join(', ');
  let said = take([...Array(k).keys()]);
  if (!said) said = take([...Array(pieces.length - k - 1).keys()].map((j) => j + k + 1));
  said = tidy(said.replace(/^\s*that\s+/i, ''));
  if (contentWords(said).length < 2) return null;
  // "… said the toll rose", "… said at least 4 died": a function word opening the quote loses its capital.
  const first = /^\p{L}+/u.exec(said)?.[0] ?? '';
  if (STOP.has(first.toLowerCase()) && first !== 'I') said = said.charAt(0).toLowerCase() + said.slice(1);
  return `${tidy(speaker)} ${verb.toLowerCase()} ${said}`;
}

/** The place a "where" clause tells of: the noun phrase after the last preposition of place before it ("converging on
 *  [parliament], where"). */
const PLACE_BEFORE =
  /\b(?:on|in|at|to|into|inside|outside|near|toward|towards)\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s*$/u;
const pieceText = (sentence: string, p: Piece): string => sentence.slice(p.start, p.end);

/** "the fire that broke out", "a report which police released": a noun phrase with its relative clause. */
const NOUN_THAT =
  /\b(?:the|a|an|its|their)\s+((?:[\p{L}-]+\s+){0,3}?)[\p{L}-]+\s+(?:that|which)\s+(?!(?:is|was|are|were|has|have)\b)/giu;

/** Where the last noun-with-relative-clause before a date starts, or -1. */
function relativeStart(head: string): number {
  let at = -1;
  if (!/\s(?:that|which)\s/i.test(head)) return at;
  NOUN_THAT.lastIndex = 0;
  for (let m = NOUN_THAT.exec(head); m !== null; m = NOUN_THAT.exec(head)) {
    const inner = wordsOf(m[0]).slice(1, -1);
    if (
      inner.every((w) => !STOP.has(w.toLowerCase())) &&
      contentWords(head.slice(m.index + m[0].length)).length > 0
    )
      at = m.index;
    // A longer match may hide a shorter one inside it: "an inquiry into the fire that".
    NOUN_THAT.lastIndex = m.index + 1;
  }
  return at;
}

/** An acronym in brackets ("Harbour Board (HB) said"), an amount in another currency ("€20 billion ($23 billion)",
 *  "(Dh9.2bn)"), or a short phrase in scare quotes ("its “soft” line"). */
const ASIDE =
  /\s?\(\p{Lu}[\p{Lu}\p{N}&.]{1,7}\)|\s?\((?:[$€£¥]|\p{Lu}\p{L}{0,2}\$?)\s?\d[\d.,]*(?:[-\s]?(?:bn|mn|m|k|million|billion|trillion))?\)|[“"][^“”"\s]+(?:\s[^“”"\s]+){0,2}[”"]/gu;

const ASIDE_GATE = /[("“]/;
/** Blanks the brackets and quote marks that would cut a clause in two, keeping every offset. */
function withoutAsides(s: string): string {
  if (!ASIDE_GATE.test(s)) return s;
  return s.replace(ASIDE, (m) => {
    if (m.includes('(')) return ' '.repeat(m.length);
    // A quote that ends in punctuation closes a clause ("a “sick man.” the two …"): its marks still cut.
    return /[.!?,;:]$/.test(m.slice(1, -1)) ? m : ` ${m.slice(1, -1)} `;
  });
}

/** "…the paychecks they missed since the strike began [in May]": a clause of time whose verb the date follows,
 *  after a main clause. Its subject is a short noun phrase, so "since the vote [on Friday]" (no verb) is no clause. */
const SUBORDINATE_BEFORE_DATE = new RegExp(
  `\\s(?:${oneOf(TIME_SUBORDINATORS)})\\s+((?:\\p{L}[\\p{L}'’-]*\\s+){1,4}(?:\\p{Ll}{3,}ed|${oneOf(IRREGULAR_PAST)}))\\s*$`,
  'iu',
);
/** Where the main clause goes on after a clause of time: "…after the flood hit on Monday and agreed to …". */
const CLAUSE_AFTER = /\s(?:and|but|while|so)\s/i;
/** "in late May": the part of a period a date may leave outside its span. */
const PART_OF_PERIOD = /\s(?:late|early|mid)-?\s*$/i;
/** Words the main clause must have before a subordinate clause is the date's own: not a fronted "Since …". */
const MAIN_CLAUSE_WORDS = 4;

/** The clause of time a date follows the verb of, when the piece opens with a main clause of its own. */
function subordinateOf(head: string): string | null {
  const m = SUBORDINATE_BEFORE_DATE.exec(head);
  if (!m || wordsOf(head.slice(0, m.index)).length < MAIN_CLAUSE_WORDS) return null;
  const clause = m[1] as string;
  return contentWords(clause).length >= 2 ? clause : null;
}

/** The event a date stands for, from the sentence text and the date's offsets in it. */
export function eventOf(raw: string, dateStart: number, dateEnd: number): string {
  const sentence = withoutAsides(raw);
  if (POSSESSIVE.test(sentence.slice(dateEnd, dateEnd + 3))) {
    const owned = ownedPhrase(sentence.slice(dateEnd + 2));
    if (contentWords(owned).length > 0) return tidy(`the ${owned}`);
  }
  // "before the 2026 election": a year used as a modifier dates the noun after it.
  const det = DETERMINER_BEFORE.exec(sentence.slice(Math.max(0, dateStart - 8), dateStart));
  if (
    det &&
    attributive(sentence.slice(dateStart, dateEnd)) &&
    /^\s\p{Ll}/u.test(sentence.slice(dateEnd, dateEnd + 2))
  ) {
    const owned = ownedPhrase(sentence.slice(dateEnd));
    if (contentWords(owned).length > 0) return tidy(`${(det[1] as string).toLowerCase()} ${owned}`);
  }
  // A comma inside the date ("Friday, Dec. 6") must not cut the clause it stands in.
  const pieces = piecesOf(
    sentence.slice(0, dateStart) + ' '.repeat(dateEnd - dateStart) + sentence.slice(dateEnd),
  );
  let k = pieces.findIndex((p) => p.start <= dateStart && dateStart < Math.max(p.end, p.start + 1));
  if (k < 0) k = 0;
  const p = pieces[k] as Piece;
  const text = sentence.slice(p.start, p.end);
  let body = withoutDate(text, dateStart - p.start, dateEnd - p.start);
  // "…what they missed since the strike began in May": the date is the strike's, not the main clause's.
  const sub = subordinateOf(
    text
      .slice(0, Math.max(0, dateStart - p.start))
      .replace(PART_OF_PERIOD, '')
      .replace(PREP_BEFORE, ''),
  );
  if (sub) body = `${sub} ${text.slice(dateEnd - p.start).split(CLAUSE_AFTER)[0]}`;
  // "an inquiry into the fire that broke out on March 2": the date belongs to the relative clause and its noun.
  const owner = relativeStart(text.slice(0, Math.max(0, dateStart - p.start)));
  if (owner > 0) body = body.slice(owner);
  // A fronted adverbial ("Since May 2025, forces …", "Speaking on Monday, the minister …") or a date in brackets
  // ("Briefing (March 2024) – the agency disclosed …"): the event is in the pieces around it.
  const fronted = k === 0 && /^\s*\p{L}+ing\b/u.test(body) && !/^\s*(?:during|according)\b/i.test(body);
  // "Since returning to office in May, Ana Roe has …": the participle's subject is the main clause's.
  const participle = k === 0 ? PARTICIPLE_LEAD.exec(body) : null;
  if (participle && pieces.length > 1) {
    const subject = ownedPhrase(sentence.slice((pieces[1] as Piece).start, (pieces[1] as Piece).end).trim());
    if (contentWords(subject).length > 0 && wordsOf(subject).length <= 5)
      return tidy(`${subject} ${body.slice(participle[0].length)}`);
  }
  // "the fair stays shut this Friday, as first planned": the aside says the date was the plan's.
  const plan = pieces[k + 1] ? AS_SCHEDULED.exec(pieceText(sentence, pieces[k + 1]!)) : null;
  const said = fronted ? null : reported(sentence, pieces, k, body);
  if (said) return plan ? tidy(`${said}, ${plan[1]}`.replace(/\s+,/, ',')) : said;
  if (k > 1 && VERB_FIRST.test(body)) {
    // "The company, which runs the plant, said its inspection was in May": the subject opens the sentence;
    // "The chief of staff, General Ana Roe, visited the front on Tuesday": a name in apposition is the subject.
    const prev = sentence.slice((pieces[k - 1] as Piece).start, (pieces[k - 1] as Piece).end);
    const named = /^\s*\p{Lu}\S*(?:\s+\p{Lu}\S*){1,4}\s*$/u.test(prev);
    const q = pieces[named ? k - 1 : 0] as Piece;
    const subject = sentence.slice(q.start, q.end);
    if (wordsOf(subject).length <= 6 && contentWords(subject).length > 0) body = `${subject} ${body}`;
  }
  if (contentWords(body).length <= 1 || fronted) {
    const near = (from: number, step: number): string => {
      for (let j = from; j >= 0 && j < pieces.length; j += step) {
        const q = pieces[j] as Piece;
        const t = sentence.slice(q.start, q.end);
        if (contentWords(t).length > 0) return t;
      }
      return '';
    };
    const before = fronted || k === 0 ? '' : near(k - 1, -1);
    let after = near(k + 1, 1);
    // "On Monday, the Daily, the party paper, warned …": a subject cut off by an appositive meets its verb.
    const at = pieces.findIndex((q) => sentence.slice(q.start, q.end) === after);
    if (k === 0 && at > 0 && wordsOf(after).length <= 5) {
      for (let j = at + 1; j < Math.min(pieces.length, at + 3); j++) {
        const t = sentence.slice((pieces[j] as Piece).start, (pieces[j] as Piece).end);
        if (VERB_FIRST.test(t)) {
          after = `${after} ${t}`;
          break;
        }
      }
    }
    const joined = `${before} ${fronted ? '' : body} ${after}`.trim();
    if (contentWords(joined).length > 0) body = joined;
  } else if (k > 0 && PARTICIPLE_ASIDE.test(body)) {
    // A participle aside ("His comments, made in a Jan. eight interview, …") describes the noun before it.
    const prev = pieces[k - 1] as Piece;
    const subject = sentence.slice(prev.start, prev.end);
    if (wordsOf(subject).length <= 5) body = `${subject} ${body}`;
  }
  if (plan) body = `${body.trimEnd()}, ${plan[1]}`;
  const rel = RELATIVE.exec(body);
  if (rel && contentWords(body.slice(rel.index + rel[0].length)).length >= 2) {
    // "marched on parliament, where the vote is held": the place the clause happens in stays with it.
    const place = /^where\b/i.test(rel[0])
      ? PLACE_BEFORE.exec(
          body.slice(0, rel.index).trim() || (k > 0 ? pieceText(sentence, pieces[k - 1]!) : ''),
        )
      : null;
    body = body.slice(rel.index + rel[0].length);
    if (place) body = `${place[1]}, where ${body}`;
  }
  const lead = LEAD_IN.exec(body);
  if (lead && contentWords(body.slice(lead[0].length)).length >= 2) body = body.slice(lead[0].length);
  body = body.replace(/^\s+/, '').replace(CONNECTIVE, '');
  return tidy(body);
}

/** Content words of an event, stemmed, for blocking across articles. */
export function eventKeys(event: string): string[] {
  const keys = mapList(contentWords(event), (w) => {
    const bare = w.replace(/['’]s$/, '').replace(/\.$/, '');
    // Names are kept whole ("Tomas" is not a plural); other words are stemmed.
    return /^\p{Lu}/u.test(bare) && event.indexOf(w) > 0 ? bare.toLowerCase() : stem(bare);
  });
  return [...new Set(keys)].filter((w) => w.length > 1);
}

/** Blanks date words (with the preposition before them) so an event does not repeat other dates. */
export function maskDates(sentence: string, spans: { start: number; end: number }[]): string {
  let out = sentence;
  for (const s of spans) {
    // "in Tuesday's fire" → "in the fire": a possessive date is a determiner, its preposition governs the noun.
    if (POSSESSIVE.test(out.slice(s.end, s.end + 3))) {
      const from = s.start + (/^on\s+/i.exec(out.slice(s.start, s.end))?.[0].length ?? 0);
      const gap = s.end + 2 - from;
      out = `${out.slice(0, from)}the${' '.repeat(Math.max(0, gap - 3))}${out.slice(s.end + 2)}`;
      continue;
    }
    const before = out.slice(0, s.start);
    const prep = /\b(?:on|in|since|at|during|from|by|until|and)\s+$/i.exec(before);
    const from = prep ? s.start - prep[0].length : s.start;
    out = out.slice(0, from) + ' '.repeat(s.end - from) + out.slice(s.end);
  }
  return out;
}
