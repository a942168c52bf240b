// Structure from the shape of plain text: breadcrumbs, a repeated headline, headings, label/value tables.
import { rowUnit } from './plain.ts';
import { endsLikeSentence, type Unit, wordCount } from './units.ts';

const CRUMB_SEPARATOR = /\s+[»›>]\s+|\s+\/\s+/;

/** "Home » World » Storm hits coast": ≥ 3 parts, short leading parts. Returns the parts, or null. */
export function breadcrumbParts(text: string): string[] | null {
  if (text.length > 300) return null;
  const parts = text.split(CRUMB_SEPARATOR).map((p) => p.trim());
  if (parts.length < 3 || parts.some((p) => !p)) return null;
  const leading = parts.slice(0, -1);
  return leading.every((p) => wordCount(p) <= 4 && !/[.!?]$/.test(p)) ? parts : null;
}

const comparable = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Replaces a leading breadcrumb by its last part when that is the headline, drops it otherwise. */
export function resolveBreadcrumbs(units: Unit[], dropped: { text: string; rule: string }[]): Unit[] {
  const out: Unit[] = [];
  units.forEach((u, i) => {
    const parts = i < 4 && u.kind !== 'table-row' ? breadcrumbParts(u.text) : null;
    if (!parts) {
      out.push(u);
      return;
    }
    dropped.push({ text: u.text, rule: 'breadcrumb' });
    const tail = parts[parts.length - 1]!;
    const next = units[i + 1];
    if (wordCount(tail) >= 4 && (!next || comparable(next.text) !== comparable(tail)))
      out.push({ ...u, text: tail, kind: 'heading', level: 1, inferKind: false });
  });
  return out;
}

/** Drops the second copy of a headline printed twice at the top (a page title, then the article's h1). */
export function dropRepeatedHeadline(units: Unit[], dropped: { text: string; rule: string }[]): Unit[] {
  const [a, b] = units;
  if (!a || !b || wordCount(a.text) > 30 || comparable(a.text) !== comparable(b.text)) return units;
  dropped.push({ text: b.text, rule: 'repeated-headline' });
  return [
    { ...a, kind: 'heading', level: a.kind === 'heading' ? a.level || 1 : 1, inferKind: false },
    ...units.slice(2),
  ];
}

const HEADING_MAX_WORDS = 14;

/** Short, no sentence end, starts like a title: how headings look in plain text. */
function headingShaped(u: Unit): boolean {
  const t = u.text;
  if (t.length > 120 || wordCount(t) > HEADING_MAX_WORDS || !/\p{L}/u.test(t)) return false;
  if (/[.,;:…"”’]$/.test(t)) return false;
  if (/\?$/.test(t)) return wordCount(t) <= 8;
  return !/^\p{Ll}/u.test(t) || u.gapBefore;
}

/** Decides heading or paragraph for plain-text units: a heading-shaped line that opens what follows it. */
export function inferHeadings(units: Unit[]): Unit[] {
  let seenHeading = units.some((u) => u.kind === 'heading' && u.level === 1);
  const out: Unit[] = [];
  const decide = (u: Unit, i: number): Unit => {
    if (!u.inferKind) return u;
    const next = units[i + 1];
    const prev = out[i - 1];
    const opens = next !== undefined && !(next.inferKind && /^\p{Ll}/u.test(next.text) && !next.gapBefore);
    const standsApart = !prev || u.gapBefore || prev.kind !== 'paragraph' || endsLikeSentence(prev.text);
    if (!(headingShaped(u) && opens && standsApart)) return { ...u, inferKind: false };
    const level = seenHeading ? 2 : 1;
    seenHeading = true;
    return { ...u, kind: 'heading', level, inferKind: false };
  };
  units.forEach((u, i) => {
    out.push(decide(u, i));
  });
  return out;
}

/** "Ports affected Velmar and Ostra": a sentence-case label, then a value starting at the next capital. */
function splitLabel(text: string): string[] | null {
  const m = /^(\p{Lu}[\p{Ll}'’-]*(?: [\p{Ll}'’-]+){0,4}) (?=[\p{Lu}\d"“$])(.+)$/u.exec(text);
  return m ? [m[1]!, m[2]!] : null;
}

/** A two-word title-case header ("Topic Details") over label/value lines: a table that lost its cell borders. */
export function inferLabelTables(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const head = units[i]!;
    const words = head.inferKind && head.text.length <= 32 ? head.text.split(' ') : [];
    const isHeader =
      head.inferKind &&
      words.length === 2 &&
      words.every((w) => /^\p{Lu}\p{Ll}{1,14}$/u.test(w)) &&
      !head.text.includes('.');
    const rows: string[][] = [];
    for (let j = i + 1; isHeader && j < units.length; j++) {
      const r = units[j]!;
      const cells = r.inferKind && !r.gapBefore && !endsLikeSentence(r.text) ? splitLabel(r.text) : null;
      if (!cells) break;
      rows.push(cells);
    }
    if (rows.length < 2) {
      out.push(head);
      continue;
    }
    out.push(rowUnit(words, head.gapBefore));
    for (const cells of rows) out.push(rowUnit(cells, false));
    i += rows.length;
  }
  return out;
}
