// Labelled stories from ../shared (read at run time, never copied) and synthetic variants of them: the same
// kind of event told again with other names, other numbers, other dates and fewer of its sentences.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_NAMES, STOP_WORDS } from '../src/lang/topic-words.ts';
import { SHARED } from './corpus.ts';

export interface StoryRecord {
  id: string;
  /** The known story it belongs to. */
  story: string;
  text: string;
  title?: string;
  published?: string;
}

/** The dev stories: each ../shared/corpus/*.jsonl file and the cartel-strikes folder is one story. */
export function devStories(): StoryRecord[] {
  const dir = join(SHARED, 'corpus');
  const out: StoryRecord[] = [];
  for (const f of readdirSync(dir).sort()) {
    const story = f.replace(/\.jsonl$/, '');
    if (f.endsWith('.jsonl')) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as StoryRecord;
        out.push({ id: `${story}/${r.id}`, story, text: r.text, title: r.title, published: r.published });
      }
    } else {
      for (const a of readdirSync(join(dir, f)).sort())
        out.push({ id: `${story}/${a}`, story, text: readFileSync(join(dir, f, a), 'utf8') });
    }
  }
  return out;
}

/** mulberry32: a seeded generator, so every run builds the same variants. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

const SYLLABLES =
  'ka lo mir ten vas del or ban tu ri sel gor am pe lin dro ha vek zu nor ta bel kim os'.split(' ');

/** An invented name, capitalised: never a real one by design. */
function inventName(next: () => number): string {
  const n = 2 + Math.floor(next() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

export interface Variation {
  /** Share of the story's names replaced: another event of the same kind (the place or institution may stay). */
  names: number;
  /** Days added to the publication date: the same people again, later. */
  shiftDays: number;
  /** Share of sentences kept: another telling, not a copy. */
  keep: number;
  /** Share of the words without a capital or a digit dropped from the sentences kept: reworded, so not a near copy
   * either, while the names and figures an outlet reports stay. */
  drop: number;
  /** Keeps every number as it was: another outlet's telling of the same event (default: all scaled). */
  sameNumbers?: boolean;
}

/**
 * One story's articles told as another: names swapped consistently across the story (one map per variant),
 * every number but years scaled by one factor, the dates shifted (and the years named with them), sentences dropped at random and the rest reworded (words
 * without a capital or a digit dropped); lines (headline, paragraphs) stay lines.
 */
export function varyStory(records: StoryRecord[], variant: number, v: Variation): StoryRecord[] {
  const next = rng(variant * 7919 + 17);
  const names = new Map<string, string>();
  const factor = v.sameNumbers ? 1 : 1.1 + next() * 2;
  const swapName = (w: string): string => {
    const low = w.toLowerCase();
    const day = WEEKDAYS.indexOf(low);
    // another event happens on another day of the week
    if (day >= 0 && v.names > 0) return capital(WEEKDAYS[(day + 1 + (variant % 6)) % 7]!);
    if (NOT_NAMES.has(low) || STOP_WORDS.has(low)) return w;
    let n = names.get(w);
    if (n === undefined) {
      n = next() < v.names ? inventName(next) : w;
      names.set(w, n);
    }
    return n;
  };
  // a capitalised word the story never writes in lower case is taken for a name
  const lower = new Set(records.flatMap((r) => r.text.match(/\b[a-z]+\b/g) ?? []));
  // another outlet rewords the telling but keeps its facts: only words with no capital and no digit are dropped
  const droppable = (w: string): boolean => !/[A-Z0-9]/.test(w);
  const reword = (sentence: string): string =>
    sentence
      .split(' ')
      .filter((w) => !droppable(w) || next() >= v.drop)
      .join(' ');
  // lines stay lines: an article keeps its headline and paragraphs apart, whoever tells it
  // a year stays a year: it moves only when the shifted date crosses into another year
  const isYear = (m: string): boolean => /^(19|20)\d\d$/.test(m);
  const rewriteBy = (text: string, years: number): string => {
    // the first sentence (the lead) is always kept
    let lead = true;
    const keep = (sentence: string): boolean => {
      if (!sentence.trim()) return true;
      const kept = lead || next() < v.keep;
      lead = false;
      return kept;
    };
    return text
      .split('\n')
      .map((line) =>
        line
          .split(/(?<=[.!?])\s+/)
          .filter(keep)
          .map(reword)
          .join(' '),
      )
      .join('\n')
      .replace(/\b[A-Z][a-z]+\b/g, (w) => (lower.has(w.toLowerCase()) ? w : swapName(w)))
      .replace(/\b\d+(\.\d+)?\b/g, (m) =>
        isYear(m) ? String(Number(m) + years) : factor === 1 ? m : String(Math.round(Number(m) * factor)),
      );
  };
  return records.map((r) => {
    const published = r.published ? shiftDate(r.published, v.shiftDays) : undefined;
    const years =
      r.published && published ? Number(published.slice(0, 4)) - Number(r.published.slice(0, 4)) || 0 : 0;
    const rewrite = (text: string): string => rewriteBy(text, years);
    const title = r.title ? rewrite(r.title) : undefined;
    // a text that opens with its headline opens with the same headline retold
    const text =
      r.title && title !== undefined && r.text.startsWith(r.title)
        ? `${title}\n${rewrite(r.text.slice(r.title.length).replace(/^[^\n]*\n/, ''))}`
        : rewrite(r.text);
    return {
      id: `${r.id}~${variant}`,
      story: `${r.story}~${variant}`,
      text,
      ...(title !== undefined ? { title } : {}),
      ...(published ? { published } : {}),
    };
  });
}

function shiftDate(iso: string, days: number): string {
  const ms = Date.parse(iso.slice(0, 10));
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}

/** Groups records by their story, in first-seen order. */
export function byStory(records: StoryRecord[]): StoryRecord[][] {
  const m = new Map<string, StoryRecord[]>();
  for (const r of records) {
    const g = m.get(r.story);
    if (g) g.push(r);
    else m.set(r.story, [r]);
  }
  return [...m.values()];
}

/** B-cubed precision, recall and F1 of predicted stories against known ones (Bagga & Baldwin 1998). */
export function bcubed(
  gold: Map<string, string>,
  pred: Map<string, string>,
): { precision: number; recall: number; f1: number } {
  const count = (key: (id: string) => string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const id of gold.keys()) m.set(key(id), (m.get(key(id)) ?? 0) + 1);
    return m;
  };
  const p = (id: string): string => pred.get(id) ?? `\0${id}`;
  const both = count((id) => `${gold.get(id)}\u0001${p(id)}`);
  const g = count((id) => gold.get(id)!);
  const pc = count(p);
  let bp = 0;
  let br = 0;
  for (const id of gold.keys()) {
    const shared = both.get(`${gold.get(id)}\u0001${p(id)}`)!;
    bp += shared / pc.get(p(id))!;
    br += shared / g.get(gold.get(id)!)!;
  }
  const precision = bp / gold.size;
  const recall = br / gold.size;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
