// npm run bench:stream: a long synthetic stream through clean → online story clustering, in memory. The real
// articles of ../shared (benchmark and corpus stories) are told again day after day with other names, numbers
// and wording, each day's retelling a new set of stories. Reports articles/s, the clustering cost per article
// around 1k, 10k and 100k articles (flat when the state stays bounded), the state's size, peak memory, and the
// throughput projected to a day against 500,000 articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assign, emptyState } from '../src/cluster/index.ts';
import { makeContext } from '../src/context.ts';
import type { RawDocument } from '../src/model/document.ts';
import { cleanAll } from '../src/pipeline.ts';
import { SHARED } from './corpus.ts';
import { byStory, devStories, rng, type StoryRecord, varyStory } from './stories.ts';

const { values: flags } = parseArgs({ options: { articles: { type: 'string', default: '100000' } } });
const TOTAL = Number(flags.articles);
const CHECKPOINTS = [1_000, 10_000, 30_000, 100_000].filter((n) => n <= TOTAL);
/** Articles per cost sample: the mean over the window ending at each checkpoint. */
const WINDOW = 1_000;
const DAY0 = Math.floor(Date.parse('2026-01-01') / 86_400_000);
const TARGET_PER_DAY = 500_000;
const ctx = makeContext({ now: new Date('2026-01-01T00:00:00Z') });

/** The benchmark's articles grouped by their known story, then the corpus stories. */
function baseStories(): StoryRecord[][] {
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
function dayOf(base: StoryRecord[][], day: number): RawDocument[] {
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

const base = baseStories();
const state = emptyState();
let seen = 0;
let cleanNs = 0n;
let clusterNs = 0n;
/** CPU time (user + system) at the start of the current window: wall time on a shared machine says little. */
let windowCpu = process.cpuUsage();
let peakRss = 0;
const samples: { at: number; msPerArticle: number; stories: number; keys: number }[] = [];
const started = process.hrtime.bigint();
for (let day = 0; seen < TOTAL; day++) {
  for (const raw of dayOf(base, day)) {
    if (seen >= TOTAL) break;
    const t0 = process.hrtime.bigint();
    const docs = cleanAll([raw], ctx).value;
    const t1 = process.hrtime.bigint();
    for (const d of docs) assign(state, d, DAY0 + day);
    const t2 = process.hrtime.bigint();
    cleanNs += t1 - t0;
    clusterNs += t2 - t1;
    seen++;
    if (seen % WINDOW === 0) {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (CHECKPOINTS.includes(seen)) {
        const stories = Object.keys(state.stories).length;
        const keys = Object.keys(state.postings).length;
        const used = process.cpuUsage(windowCpu);
        samples.push({ at: seen, msPerArticle: (used.user + used.system) / 1e3 / WINDOW, stories, keys });
      }
      windowCpu = process.cpuUsage();
    }
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpuSeconds = (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
const perSecond = seen / seconds;
const perCpuSecond = seen / cpuSeconds;
const costs = samples.map((s) => s.msPerArticle);
const flatness = Math.max(...costs) / Math.min(...costs);

console.log(`stream: ${seen} synthetic articles (${base.length} real stories retold daily), clean → cluster`);
console.log(
  `total ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU: ${perSecond.toFixed(0)} articles/s wall, ${perCpuSecond.toFixed(0)} per CPU second`,
);
console.log(
  `wall time per article: clean ${(Number(cleanNs) / 1e6 / seen).toFixed(3)} ms, cluster ${(Number(clusterNs) / 1e6 / seen).toFixed(3)} ms`,
);
for (const s of samples)
  console.log(
    `  at ${String(s.at).padStart(7)} articles: ${s.msPerArticle.toFixed(3)} ms CPU per article (retell + clean + cluster) over the last ${WINDOW}; ${s.stories} live stories, ${s.keys} index keys`,
  );
console.log(
  `cost per article, largest / smallest of those: ${flatness.toFixed(2)}x (flat means within 1.5x)`,
);
console.log(`peak memory (rss): ${(peakRss / 1e6).toFixed(0)} MB`);
const perDay = perCpuSecond * 86_400;
console.log(
  `projected: ${(perDay / 1e6).toFixed(1)} million articles a day per CPU core, ${(perDay / TARGET_PER_DAY).toFixed(1)}x the 500,000 a day target`,
);
