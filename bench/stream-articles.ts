// The synthetic stream of bench:stream and bench:stream:store: the real articles of ../shared (benchmark and corpus
// stories) told again day after day with other names, numbers and wording, each day's retelling a new set of stories.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../src/model/document.ts';
import { SHARED } from './corpus.ts';
import { byStory, devStories, rng, type StoryRecord, varyStory } from './stories.ts';

/** The stream's first day, in days since 1970. */
export const DAY0 = Math.floor(Date.parse('2026-01-01') / 86_400_000);

/** The benchmark's articles grouped by their known story, then the corpus stories. */
export function baseStories(): StoryRecord[][] {
  const dir = join(SHARED, 'bench/story-clustering');
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, string>;
  const records = readFileSync(join(dir, 'articles.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as StoryRecord)
    .map((r) => ({ ...r, story: labels[r.id] ?? r.id }));
  return [...byStory(records), ...byStory(devStories())];
}

/** Day `day`'s articles: every base story retold (variant `day`), dated that day, in shuffled arrival order. */
export function dayOf(base: StoryRecord[][], day: number): RawDocument[] {
  const iso = new Date((DAY0 + day) * 86_400_000).toISOString().slice(0, 10);
  const out: RawDocument[] = [];
  for (const story of base)
    for (const r of varyStory(story, day * 1000 + out.length, {
      names: 0.6,
      shiftDays: 0,
      keep: 0.8,
      drop: 0.1,
    }))
      out.push({
        id: `d${day}/${r.id}`,
        source: r.id,
        kind: 'text',
        body: r.text,
        meta: { published: iso, ...(r.title ? { title: r.title } : {}) },
      });
  const next = rng(day + 1);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
