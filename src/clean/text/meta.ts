// Metadata printed in the text: a byline, a "Published …" line, a dateline; the first two leave the text.
import { MONTH_STEMS, WEEKDAY_STEMS } from '../../lang/en/calendar.ts';
import { oneOf } from '../../lang/pattern.ts';
import { mapList } from '../../model/list.ts';
import type { Unit } from './units.ts';

export interface TextMeta {
  authors: string[];
  /** The place of a dateline ("WASHINGTON —"), kept in the text too. */
  dateline: string | null;
  /** The agency a dateline credits ("Harbour Wire" of "OSTRA (Harbour Wire) —"): the text is its copy. */
  wire: string | null;
  /** Lines that state when the article appeared, nearest the top first: for the publication-date finder. */
  dateLines: { text: string; where: 'top' | 'bottom' | 'dateline' }[];
}

const NAME = "\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|de|da|del|van|von|der|la|le|bin|al|el|ibn))*";
const NAMES = `${NAME}(?:(?:, | and | AND | & )${NAME})*`;
const BYLINE = new RegExp(
  `^(?:[Bb]y|BY|(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Rr]eporting) [Bb]y)\\s+(${NAMES})(?:(?:\\s*[-–—|,·•]\\s*|\\s+(?:on|at|in)\\s+)(.{0,100}))?$`,
  'u',
);
const MONTHS = oneOf(MONTH_STEMS);
const WEEKDAYS = oneOf(WEEKDAY_STEMS);
const DATE_LINE = new RegExp(
  `^(?:(?:first |originally )?published|posted|updated|last updated|last modified|date)(?: on| at)?\\s*:?\\s*((?:\\d|(?:${MONTHS}|${WEEKDAYS})\\p{L}*\\b).{2,80})$`,
  'iu',
);
const BARE_DATE = new RegExp(
  `^(?:\\p{L}+,? )?(?:(?:${MONTHS})\\p{L}*\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTHS})\\p{L}*\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[ ,T|·-]+[\\d:.]+ ?(?:[ap]\\.?m\\.?)?(?: \\p{Lu}{2,5})?)?$`,
  'iu',
);
// "WASHINGTON —", "OSTRA, March 4, 2031 (Wire) -", or a place in any case before an agency: "Ostra (Wire) —".
const DATELINE =
  /^(\p{Lu}[\p{Lu}'’. ]{1,40}\p{Lu})(?:, ([^()—–-]{2,30}?))?\s*(?:\(([^)]{1,40})\)\s*)?[—–-]{1,2}\s+\S/u;
// The place in any case is capitalised words (and the small words of place names), never a sentence.
const AGENCY_DATELINE =
  /^(\p{Lu}[\p{L}'’.]*(?: (?:\p{Lu}[\p{L}'’.]*|of|de|del|la|le|upon|on|am|en)){0,5})(?:, ([^()—–]{2,30}?))?\s*\(([\p{L}\p{N} .&-]{1,30})\)\s*[—–-]{1,2}\s+\S/u;
/** A credit with no place: "(Harbour Wire) — The ferry …". */
const BARE_CREDIT = /^\(([\p{Lu}\p{N}][\p{L}\p{N} .&-]{0,29})\)\s*[—–-]{1,2}\s+\S/u;
/** Words in brackets that label the text, not credit an agency: "(Updated) —", "(Video) —". */
const NOT_A_CREDIT =
  /^(?:updated?|video|photos?|watch|live|opinion|analysis|file|audio|graphic|editorial|corrected|correction|exclusive|breaking)$/i;
// Words of an outlet or a job title, not of a person: "By Jane Roe, Harbour Press" names one author.
const NOT_A_PERSON =
  /\b(press|news|agency|times|post|herald|journal|tribune|daily|bureau|staff|writer|editor|correspondent|reporter|contributor|desk|media|network|television|radio|service|wire|online)\b/i;

/** "JANE ROE" → "Jane Roe"; names already in mixed case are kept as written. */
const nameCase = (n: string): string =>
  n === n.toUpperCase()
    ? n.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
    : n;

/** Splits "Jane Roe and John Doe" / "Jane Roe, John Doe" into names. */
const splitNames = (s: string): string[] =>
  s
    .split(/, | and | AND | & /)
    .map((n) => n.trim())
    .filter((n) => n.split(' ').length >= 2 && n.split(' ').length <= 5 && !NOT_A_PERSON.test(n))
    .map(nameCase);

/** Byline at the top: the names, and whatever follows them (a role, an outlet, a date). */
export function parseByline(text: string): { names: string[]; rest: string } | null {
  if (text.length > 200) return null;
  const m = BYLINE.exec(text);
  if (!m) return null;
  const names = splitNames(m[1]!);
  const rest = m[2] ?? '';
  // "By Tuesday evening, the storm had passed." is a sentence, not a byline.
  if (!names.length || /[.!?]$/.test(rest) || rest.split(' ').length > 10) return null;
  return { names, rest };
}

/** Takes bylines and date lines out of the first and last units; reads a dateline. */
export function takeMeta(units: Unit[]): { units: Unit[]; meta: TextMeta } {
  const meta: TextMeta = { authors: [], dateline: null, wire: null, dateLines: [] };
  const top = Math.min(units.length, 8);
  const bottom = Math.max(top, units.length - 4);
  const kept: Unit[] = [];
  units.forEach((u, i) => {
    const edge = i < top ? 'top' : i >= bottom ? 'bottom' : null;
    if (!edge || u.kind === 'table-row' || u.text.length > 200) {
      kept.push(u);
      return;
    }
    const by = edge === 'top' ? parseByline(u.text) : null;
    if (by) {
      meta.authors.push(...by.names.filter((n) => !meta.authors.includes(n)));
      if (by.rest) meta.dateLines.push({ text: by.rest, where: 'top' });
      return;
    }
    const d = DATE_LINE.exec(u.text);
    if (d || BARE_DATE.test(u.text)) {
      meta.dateLines.push({ text: d ? d[1]! : u.text, where: edge });
      return;
    }
    kept.push(u);
  });
  // The dateline opens the first paragraph of the story, which may follow a list of key points.
  const paragraphs = kept.slice(0, 8).filter((u) => u.kind === 'paragraph');
  const dl = mapList(paragraphs, (u) => DATELINE.exec(u.text) ?? AGENCY_DATELINE.exec(u.text)).find(Boolean);
  if (dl) {
    meta.dateline = dl[1]!.trim();
    if (dl[2]) meta.dateLines.push({ text: dl[2], where: 'dateline' });
  }
  const credit = dl ? dl[3] : mapList(paragraphs, (u) => BARE_CREDIT.exec(u.text)?.[1]).find(Boolean);
  if (credit && /^[\p{Lu}\p{N}]/u.test(credit.trim()) && !NOT_A_CREDIT.test(credit.trim()))
    meta.wire = credit.trim();
  return { units: kept, meta };
}

/** A title without the emoji and symbols some sites put before it. */
export const cleanTitle = (t: string): string =>
  t.replace(/^(?:[\p{So}\p{Sk}\p{Cn}\p{Emoji_Presentation}\s]|\uFE0F)+/u, '').trim();
