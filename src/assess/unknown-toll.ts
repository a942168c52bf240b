// "As yet no word on the injured" in an article that also counts its injured: one of the two is
// stale (a breaking report updated in place) or wrong, and the article does not say which. A self-contradiction.
import { MEASURE_STEMS } from '../lang/en/casualties.ts';
import type { Flag } from '../model/document.ts';
import { CLOCK_UNIT } from '../model/mention.ts';
import type { DocInfo } from './docs.ts';

/** "no information about injured …", "no reports of deaths", "no one was hurt", "no injuries were reported". */
const NONE_KNOWN = [
  /\bno (?:information|reports?|word|news|confirmation)(?: yet)? (?:about|of|on) (?:any )?([a-z]+)/i,
  /\bno(?: |-)?one (?:was|were|has been|had been) ([a-z]+)/i,
  /\bno ([a-z]+) (?:were |have been |has been |had been )?reported\b/i,
];

/** Measures a denial and a count can share: the dead and the hurt. */
const TOLLS: [string, readonly string[]][] = [
  ['dead', MEASURE_STEMS.dead!],
  ['hurt', MEASURE_STEMS.hurt!],
];

const measureOfWord = (w: string): string | null =>
  TOLLS.find(([, stems]) => stems.some((s) => w.toLowerCase().startsWith(s)))?.[0] ?? null;

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[a-z]+/g) ?? [];

/** The article's own denial of a toll and a count of that toll in another of its sentences, as a flag. */
export function unknownTollGiven(d: DocInfo): Flag | null {
  for (const re of NONE_KNOWN) {
    const m = re.exec(d.text);
    if (!m || d.quoted(m.index)) continue;
    const measure = measureOfWord(m[1]!);
    if (!measure) continue;
    const denial = d.sentenceAt(m.index);
    const count = d.x.quantities.find((q) => {
      if (
        q.value <= 0 ||
        q.unit === CLOCK_UNIT ||
        q.sentence.start === denial?.start ||
        d.quoted(q.span.start)
      )
        return false;
      return wordsOf(d.text.slice(q.sentence.start, q.sentence.end)).some(
        (w) => measureOfWord(w) === measure,
      );
    });
    if (!count || !denial) continue;
    const said = (s: { start: number; end: number }) =>
      d.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    return {
      kind: 'self-contradiction',
      evidence: `"${said(denial)}" beside "${said(count.sentence)}"`,
      span: { start: denial.start, end: denial.end },
    };
  }
  return null;
}
