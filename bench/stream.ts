// npm run bench:stream: a long synthetic stream through clean → online story clustering, in memory. The real
// articles of ../shared (benchmark and corpus stories) are told again day after day with other names, numbers
// and wording, each day's retelling a new set of stories. Reports articles/s, the clustering cost per article
// around 1k, 10k and 100k articles (flat when the state stays bounded), the state's size, peak memory, and the
// throughput projected to a day against 500,000 articles.
import { parseArgs } from 'node:util';
import { assign, emptyState } from '../src/cluster/index.ts';
import { DEV_CHOSEN, TUNING } from '../src/cluster/params.ts';
import { makeContext } from '../src/context.ts';
import { cleanAll } from '../src/pipeline.ts';
import { baseStories, DAY0, dayOf } from './stream-articles.ts';

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    tuning: { type: 'string', default: 'defaults' },
  },
});
/** --tuning dev: the weights chosen on the dev set (DEV_CHOSEN), whose merge check on review may cost more. */
const tuning = flags.tuning === 'dev' ? DEV_CHOSEN : TUNING;
const TOTAL = Number(flags.articles);
const CHECKPOINTS = [1_000, 10_000, 30_000, 100_000].filter((n) => n <= TOTAL);
/** Articles per cost sample: the mean over the window ending at each checkpoint. */
const WINDOW = 1_000;
const TARGET_PER_DAY = 500_000;
const ctx = makeContext({ now: new Date('2026-01-01T00:00:00Z') });

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
    for (const d of docs) assign(state, d, DAY0 + day, tuning);
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

console.log(
  `stream: ${seen} synthetic articles (${base.length} real stories retold daily), clean → cluster (tuning: ${flags.tuning})`,
);
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
