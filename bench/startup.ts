// npm run bench (second part): the compiled CLI's start-up against `node -e 0`, and the speed-up of --jobs 2
// over --jobs 1 on the 1,004-article corpus, all measured in this run on this machine. Each figure is the best
// of a few runs, so a busy moment on a shared machine cannot decide it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusOf } from './corpus.ts';
import { describeThreads, runTimed, type Timed } from './threads.ts';

const { values: flags } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const ROUNDS = Math.max(1, Number(flags.rounds));
const BIN = new URL('../bin/corroborate.js', import.meta.url).pathname;
const NOW = ['--now', '2026-11-22T00:00:00Z'];

execFileSync(process.execPath, [new URL('../scripts/build.mjs', import.meta.url).pathname], {
  stdio: 'inherit',
});
const tmp = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));

/** Wall and CPU seconds (user + system, threads included) of one command, best of ROUNDS by wall time, with the
 * CPU of each of its threads in that run. */
async function measure(args: string[]): Promise<Timed> {
  let best: Timed | null = null;
  for (let r = 0; r < ROUNDS; r++) {
    const t = await runTimed(args);
    if (!best || t.wall < best.wall) best = t;
  }
  return best!;
}

function writeCorpus(dir: string, articles: { name: string; text: string }[]): void {
  mkdirSync(dir, { recursive: true });
  for (const [i, a] of articles.entries())
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${a.name}`), a.text);
}

try {
  const node = await measure(['-e', '0']);
  const help = await measure([BIN, '--help']);
  const ten = join(tmp, 'ten');
  writeCorpus(ten, corpusOf(Number.POSITIVE_INFINITY, undefined, 10));
  const brief1 = await measure([BIN, 'brief', ten, ...NOW, '--jobs', '1']);
  const brief2 = await measure([BIN, 'brief', ten, ...NOW, '--jobs', '2']);
  console.log(
    `start-up, best of ${ROUNDS}: node -e 0 ${node.wall.toFixed(2)} s wall, ${node.cpu.toFixed(2)} s CPU`,
  );
  console.log(
    `  --help: ${help.wall.toFixed(2)} s wall (${(help.wall / node.wall).toFixed(1)}x node -e 0), ${help.cpu.toFixed(2)} s CPU`,
  );
  for (const [name, t] of [
    ['--jobs 1', brief1],
    ['--jobs 2', brief2],
  ] as const)
    console.log(
      `  brief of 10 articles, ${name}: ${t.wall.toFixed(2)} s wall (${(t.wall / node.wall).toFixed(1)}x node -e 0), ${t.cpu.toFixed(2)} s CPU`,
    );
  if (brief1.out !== brief2.out) throw new Error('brief --jobs 2 printed something else than --jobs 1');

  const corpus = corpusOf(5e6);
  const big = join(tmp, 'big');
  writeCorpus(big, corpus);
  // a story holds at most 1,000 documents (src/batch/limits.ts): brief the first 1,000 of the same articles
  const story = join(tmp, 'story');
  writeCorpus(story, corpus.slice(0, 1000));
  // extract is the per-document work alone; brief adds the cross-source stages, which run on one thread
  for (const [command, format, dir, count] of [
    ['extract', 'jsonl', big, corpus.length],
    ['brief', 'json', story, 1000],
  ] as const) {
    const run = (jobs: string[]) => measure([BIN, command, dir, '--format', format, ...NOW, ...jobs]);
    const x1 = await run(['--jobs', '1']);
    const x2 = await run(['--jobs', '2']);
    const xd = await run([]);
    if (x2.out !== x1.out) throw new Error(`${command} --jobs 2 printed something else than --jobs 1`);
    if (xd.out !== x1.out) throw new Error(`${command} without --jobs printed something else than --jobs 1`);
    console.log(`${command} of ${count} articles (--format ${format}), best of ${ROUNDS}:`);
    // two cores cannot finish sooner than the CPU --jobs 2 spends, halved: that ratio is the most it could reach
    console.log(
      `  ceiling on 2 cores: ${(x1.wall / (x2.cpu / 2)).toFixed(2)}x (--jobs 1 spends ${x1.cpu.toFixed(2)} CPU-s in ${x1.wall.toFixed(2)} s: V8's compiler threads use part of the second core already)`,
    );
    for (const [name, t] of [
      ['--jobs 1', x1],
      ['--jobs 2', x2],
      ['default', xd],
    ] as const)
      console.log(
        `  ${name}: ${t.wall.toFixed(2)} s wall (${(x1.wall / t.wall).toFixed(2)}x --jobs 1), ${t.cpu.toFixed(2)} s CPU (${describeThreads(t.threads)})`,
      );
  }
  console.log('  (same output from every --jobs; target for --jobs 2: 1.6x on 2 free cores)');
  console.log(
    '  (CPU-s per thread from /proc: the main thread, then the busiest others; with workers the first of them is a worker, the rest are V8 compiling and collecting garbage)',
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
