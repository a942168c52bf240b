// One vocabulary: the calendar word lists live in src/lang and nowhere else in src/. A stage that spells a month
// or weekday list out again (as words, a Set, or a regex alternation) fails this test; it should import the list.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ROOTS, WEEKDAY_STEMS, WEEKDAYS } from './calendar.ts';

const SRC = path.resolve(import.meta.dirname, '../..');
const LANG = path.join(SRC, 'lang');

/** Word tokens looked at together: a list spread one word a line still falls inside one window. */
const WINDOW = 12;
/** "May" and "March" are also common words, so they do not count towards a list of month names. */
const FULL_MONTHS = new Set(MONTHS.filter((m) => m !== 'may' && m !== 'march'));
/** "mar" and "may" are parts of other words too ("marked", "maybe" split by a regex). */
const SHORT_MONTHS = new Set(MONTH_ABBREVIATIONS.filter((m) => m !== 'mar'));
const FULL_WEEKDAYS = new Set(WEEKDAYS);
const SHORT_WEEKDAYS = new Set([...WEEKDAY_STEMS, ...WEEKDAY_ROOTS]);

/** How many distinct words of each kind a window needs before it is a list, not prose. */
const KINDS: { name: string; words: ReadonlySet<string>; atLeast: number }[] = [
  { name: 'month names', words: FULL_MONTHS, atLeast: 3 },
  { name: 'month abbreviations', words: SHORT_MONTHS, atLeast: 4 },
  { name: 'weekday names', words: FULL_WEEKDAYS, atLeast: 3 },
  { name: 'weekday abbreviations', words: SHORT_WEEKDAYS, atLeast: 4 },
];

/** A line that is all comment: prose examples there ("on Monday", "last Friday") are no list. */
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*)/;

/** The kinds of calendar list spelled out in a text's code, with the 1-based line each starts on. */
function calendarLists(text: string): { kind: string; line: number }[] {
  const tokens: { word: string; line: number }[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries())
    if (!COMMENT_LINE.test(line))
      for (const m of line.toLowerCase().matchAll(/\p{L}+/gu)) tokens.push({ word: m[0], line: i + 1 });
  const out: { kind: string; line: number }[] = [];
  for (const kind of KINDS) {
    for (let i = 0; i < tokens.length; i++) {
      const seen = new Set<string>();
      // The line reported is the one where the window holds enough words to be a list.
      const at = tokens
        .slice(i, i + WINDOW)
        .find((t) => kind.words.has(t.word) && seen.add(t.word).size >= kind.atLeast);
      if (at) {
        out.push({ kind: kind.name, line: at.line });
        break;
      }
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(?:ts|tsx|js|mjs)$/.test(e.name) && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

describe('the calendar list finder', () => {
  it.each([
    ["const M = 'January|February|March|April|May|June';"],
    ['const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i;'],
    ["const M = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?)';"],
    ["const M = new Set([\n  'september',\n  'october',\n  'november',\n]);"],
    ['const D = /\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b/i;'],
    ["const D = ['sunday', 'monday', 'tuesday'];"],
    ["const D = ['sunday', 'monday', 'tuesday']; // weekdays"],
    ['const STOP = set(`the a an\nmonday tuesday wednesday thursday friday saturday sunday`);'],
  ])('finds the list in %j', (text) => {
    expect(calendarLists(text)).not.toEqual([]);
  });
  it.each([
    ['/** "on Monday", "last Friday", "next Tuesday": weekdays. */'],
    ['// "Jan. three", "last week", "since September 2025": date words.'],
    ['// "on Monday": weekday 1; "returning to office in January" is a month.'],
    ['// The attacks began in March and may end in May; a June vote is due.'],
    ["const SAT = 'sat'; // a sat-nav, the sun, a wed couple"],
  ])('finds no list in %j', (text) => {
    expect(calendarLists(text)).toEqual([]);
  });
});

describe('one vocabulary', () => {
  it('no month or weekday list is spelled out in src/ outside src/lang', () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      if (file.startsWith(`${LANG}${path.sep}`)) continue;
      for (const l of calendarLists(readFileSync(file, 'utf8')))
        found.push(
          `${path.relative(SRC, file)}:${l.line}: ${l.kind} (import them from src/lang/en/calendar.ts)`,
        );
    }
    expect(found).toEqual([]);
  });
  it('src/lang spells each calendar list once, in calendar.ts', () => {
    const files = sourceFiles(LANG).filter((f) => calendarLists(readFileSync(f, 'utf8')).length > 0);
    expect(files.map((f) => path.relative(SRC, f))).toEqual([path.join('lang', 'en', 'calendar.ts')]);
  });
});
