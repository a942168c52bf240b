// Quantities of one article: ordered parsers read number expressions, refiners bound them (qualifier), drop what
// is not a count (years, identifiers, times), and name what is counted, its unit and its time scope.
import type { Context } from '../../context.ts';
import { type Issue, issue, type Result } from '../../model/issue.ts';
import { mapList } from '../../model/list.ts';
import type { QuantityMention } from '../../model/mention.ts';
import type { Segmented } from '../../model/segment.ts';
import type { Span } from '../../model/span.ts';
import { refineAbout } from './about.ts';
import { dropNonCounts, phoneSpans, type Window } from './exclude.ts';
import { type Candidate, parseAll } from './parsers.ts';
import { refineQualifier } from './qualifier.ts';
import { nearestScope, scopesOf } from './scope.ts';
import { tokenize } from './tokens.ts';

/** A stretch of text read on its own: a sentence, or a table cell no sentence covers. */
interface Unit {
  span: Span;
  sentence: Span;
}

// Cheap gate: a unit with no digit and no number word cannot hold a quantity.
const MAY_HOLD =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b/i;

function unitsOf(seg: Segmented): Unit[] {
  const units: Unit[] = mapList(seg.sentences, (s) => ({
    span: { start: s.start, end: s.end },
    sentence: { start: s.start, end: s.end },
  }));
  const starts = mapList(seg.sentences, (s) => s.start);
  const coveredBySentence = (c: Span): boolean => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const s = seg.sentences[lo - 1];
    return s !== undefined && s.start <= c.start && c.end <= s.end;
  };
  for (const t of seg.tables) {
    for (const row of t.rows) {
      for (const cell of row.cells) {
        if (!coveredBySentence(cell)) units.push({ span: cell, sentence: row.span });
      }
    }
  }
  return units;
}

/** The first cell of the row holding a span, when the span stands in a later cell: the row names the figure. */
function rowHeaderFinder(seg: Segmented): (s: Span) => string | null {
  return (s) => {
    for (const t of seg.tables) {
      if (s.start < t.start || s.end > t.end) continue;
      for (const row of t.rows) {
        const first = row.cells[0];
        if (!first || s.start < row.span.start || s.end > row.span.end) continue;
        if (s.start >= first.start && s.end <= first.end) return null;
        const text = seg.doc.text.slice(first.start, first.end).replace(/^[\s|]+|[\s|]+$/g, '');
        return text || null;
      }
    }
    return null;
  };
}

function readUnit(seg: Segmented, u: Unit, rowHeader: (s: Span) => string | null): QuantityMention[] {
  const text = seg.doc.text.slice(u.span.start, u.span.end);
  if (!MAY_HOLD.test(text)) return [];
  const toks = tokenize(text, u.span.start);
  const lowers = mapList(toks, (t) => t.lower);
  const window: Window = {
    toks,
    lowers,
    phones: phoneSpans(text, u.span.start),
    hasWords: toks.some((t) => t.kind === 'word'),
  };
  const found = parseAll(toks, lowers);
  refineQualifier(found, lowers);
  const counts = dropNonCounts(found, window);
  const spanOf = (c: Candidate): Span => ({
    start: toks[c.qFirst]?.start ?? 0,
    end: toks[c.qEnd - 1]?.end ?? 0,
  });
  refineAbout(counts, toks, (c) => (seg.tables.length ? rowHeader(spanOf(c)) : null));
  const scopes = scopesOf(text, u.span.start);
  return mapList(counts, (c) => {
    const span = spanOf(c);
    const m: QuantityMention = {
      span,
      text: seg.doc.text.slice(span.start, span.end),
      value: c.value,
      qualifier: c.qualifier,
      unit: c.unit,
      about: c.about,
      keys: c.keys,
      scope: nearestScope(scopes, span.start, span.end),
      sentence: u.sentence,
      // optional fields present (undefined when absent): one shape for every mention; JSON leaves them out
      low: c.low,
      high: c.high,
      tally: c.tally || undefined,
      ordinal: c.ordinal || undefined,
    };
    return m;
  });
}

/** Longer "sentences" are not prose (a failed split, a data dump): read in windows, and only this much of them. */
const WINDOW = 5_000;
const MAX_UNIT = 200_000;

/** Splits a long unit into windows that end at a space, so no number is cut in two. */
function windowsOf(seg: Segmented, u: Unit): Unit[] {
  if (u.span.end - u.span.start <= WINDOW) return [u];
  const out: Unit[] = [];
  const text = seg.doc.text;
  const stop = Math.min(u.span.end, u.span.start + MAX_UNIT);
  let from = u.span.start;
  while (from < stop) {
    let to = Math.min(stop, from + WINDOW);
    if (to < stop) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + WINDOW / 2) to = space;
    }
    out.push({ span: { start: from, end: to }, sentence: u.sentence });
    from = to;
  }
  return out;
}

export function findQuantities(seg: Segmented, ctx: Context): Result<QuantityMention[]> {
  const rowHeader = rowHeaderFinder(seg);
  const out: QuantityMention[] = [];
  const issues: Issue[] = [];
  for (const u of unitsOf(seg)) {
    if (u.span.end - u.span.start > MAX_UNIT) {
      issues.push(
        issue(
          'extract.quantities.long-sentence',
          `a ${u.span.end - u.span.start}-character sentence at ${u.span.start} was read for its first ${MAX_UNIT} characters only`,
          seg.doc.id,
          'info',
        ),
      );
    }
    for (const w of windowsOf(seg, u)) for (const m of readUnit(seg, w, rowHeader)) out.push(m);
  }
  ctx.trace('extract.quantities', `${out.length} quantities`, { doc: seg.doc.id });
  return { value: out, issues };
}
