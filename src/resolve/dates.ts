// Cross-source date completion: a date written without its year ("since September") may take the year another
// source states for the same month and the same event ("since September 2025"), or for the very same day ("Feb. 8"
// after "Feb. 8, 2017"). Only then, and said so.
import { MONTH_STEMS } from '../lang/en/calendar.ts';
import { DATE_CONTEXT_STOP_WORDS } from '../lang/en/stopwords.ts';
import { oneOf } from '../lang/pattern.ts';
import type { ResolvedDate } from '../model/finding.ts';
import { pushTo } from '../model/list.ts';
import type { DateMention, Extracted } from '../model/mention.ts';
import { textWords } from './text.ts';

const MONTH_WORD = new RegExp(`\\b(${oneOf(MONTH_STEMS)})[a-z]*\\.?`, 'i');
const GENERIC = DATE_CONTEXT_STOP_WORDS;
/** A month and day a story also writes with its year counts as much as two shared event words: a story rarely
 *  tells two events on one day of the year in different years. */
const SAME_DAY_WEIGHT = 2;

/** "MM" or "MM-DD" of a mention: from its resolution, else from a month word in its text. */
function monthDay(m: DateMention): string | null {
  if (m.resolved && m.precision !== 'year' && m.resolved.length >= 7) return m.resolved.slice(5);
  const w = MONTH_WORD.exec(m.text);
  if (!w) return null;
  const i = MONTH_STEMS.indexOf(w[1]!.toLowerCase());
  return String(i + 1).padStart(2, '0');
}

function eventWords(m: DateMention, text: string): Set<string> {
  const src = m.keys.length ? m.keys.join(' ') : `${m.event} ${text.slice(m.sentence.start, m.sentence.end)}`;
  return new Set(textWords(src).filter((w) => w.length > 2 && !GENERIC.has(w) && !/^\d+$/.test(w)));
}

interface Stated {
  doc: string;
  m: DateMention;
  md: string;
  words: Set<string>;
}

export function completeDates(extracted: Extracted[]): ResolvedDate[] {
  const stated = new Map<string, Stated[]>();
  const told = new Map<string, string[]>();
  for (const x of extracted) {
    for (const m of x.dates) {
      const md = monthDay(m);
      if (m.certainty !== 'stated' || !m.resolved || !md || m.precision === 'year') continue;
      const s = { doc: x.seg.doc.id, m, md, words: eventWords(m, x.seg.doc.text) };
      // One date told alike in many articles is compared once (twice, for a match from another article than its
      // own): a story of a thousand copies would otherwise compare every pair.
      const key = `${m.resolved}|${md}|${[...s.words].sort().join(' ')}`;
      const seen = told.get(key);
      if (seen && (seen.length >= 2 || seen.includes(s.doc))) continue;
      if (seen) seen.push(s.doc);
      else told.set(key, [s.doc]);
      pushTo(stated, md.slice(0, 2), s);
    }
  }
  const out: ResolvedDate[] = [];
  for (const x of extracted) {
    const doc = x.seg.doc.id;
    for (const m of x.dates) {
      const md = m.certainty === 'implied' && m.precision !== 'year' ? monthDay(m) : null;
      let best: Stated | null = null;
      let bestShared = 0;
      if (md) {
        const words = eventWords(m, x.seg.doc.text);
        for (const s of stated.get(md.slice(0, 2)) ?? []) {
          // the very day written with its year ("Feb. 8, 2017", then "a Feb. 8 meeting"): one date, in any source
          const sameDay = md.length === 5 && s.md === md;
          if ((s.doc === doc && !sameDay) || !(s.md === md || s.md.startsWith(md) || md.startsWith(s.md)))
            continue;
          let shared = sameDay ? SAME_DAY_WEIGHT : 0;
          for (const w of words) if (s.words.has(w)) shared++;
          if (shared >= 2 && shared > bestShared) {
            best = s;
            bestShared = shared;
          }
        }
      }
      if (best && md && best.m.resolved!.slice(0, 4) !== m.resolved?.slice(0, 4)) {
        out.push({
          doc,
          mention: m,
          resolved: `${best.m.resolved!.slice(0, 4)}-${md}`,
          completedFrom: { doc: best.doc, text: best.m.text },
        });
      } else out.push({ doc, mention: m, resolved: m.resolved, completedFrom: null });
    }
  }
  return out;
}
