// npm run hostile: at least 1,000 hostile inputs in every class of issue 10 (and the classes that already passed),
// run through `ingest` and `brief` of the compiled CLI beside good files. Prints per class: runs, clean, internal
// errors, over 60 s, over 1 GB; exits 1 unless all are clean and every good file was stored and briefed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { CLASSES, type HostileClass, writeGood } from './classes.ts';

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string' },
    keep: { type: 'boolean' },
    parallel: { type: 'string', default: '2' },
  },
});
const BIN = new URL('../../bin/corroborate.js', import.meta.url).pathname;
const NOW = ['--now', '2026-01-12T00:00:00Z'];
const KILL_AFTER_S = 180;
const OVER_S = 60;
const OVER_KB = 1024 * 1024;
const ESCAPES = /[\x1b\x07\u009b]/;

interface Run {
  cls: string;
  command: 'ingest' | 'brief';
  code: number | null;
  seconds: number;
  maxKb: number;
  internal: boolean;
  goodOk: boolean;
  escapes: boolean;
}

function runCli(
  args: string[],
  statFile: string,
): Promise<{ code: number | null; stdout: string; stderr: string; seconds: number; maxKb: number }> {
  return new Promise((resolve) => {
    const t = Date.now();
    const child = spawn('/usr/bin/time', ['-f', '%M %e', '-o', statFile, process.execPath, BIN, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      if (stdout.length < 50_000_000) stdout += d;
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < 5_000_000) stderr += d;
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_S * 1000);
    child.on('close', (code) => {
      clearTimeout(killer);
      const stat = existsSync(statFile)
        ? readFileSync(statFile, 'utf8').trim().split('\n').pop()!.split(' ')
        : [];
      const maxKb = Number(stat[0]) || 0;
      resolve({ code, stdout, stderr, seconds: (Date.now() - t) / 1000, maxKb });
    });
  });
}

const storedIds = (db: string): string[] => {
  if (!existsSync(db)) return [];
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT id FROM documents').all() as { id: string }[]).map((r) => r.id);
  } finally {
    d.close();
  }
};

const briefedIds = (stdout: string): string[] => {
  try {
    return (JSON.parse(stdout) as { documents: { id: string }[] }).documents.map((d) => d.id);
  } catch {
    return [];
  }
};

async function runChunk(
  cls: HostileClass,
  chunk: string[],
  k: number,
  root: string,
  good: string,
  goodIds: string[],
): Promise<Run[]> {
  const flags = cls.flags?.(join(root, cls.name), k) ?? [];
  // a flag naming a bad path is refused before any input is read: no good file is expected then
  const expectsGood = flags.length === 0;
  const db = join(root, `${cls.name}-${k}.db`);
  const out: Run[] = [];
  for (const command of ['ingest', 'brief'] as const) {
    const args =
      command === 'ingest'
        ? [
            'ingest',
            good,
            ...chunk,
            '--db',
            db,
            ...NOW,
            ...flags.filter((f, i, a) => f === '--db' || a[i - 1] === '--db'),
          ]
        : [
            'brief',
            good,
            ...chunk,
            '--format',
            'json',
            ...NOW,
            ...flags.filter((f, i, a) => f === '--out' || a[i - 1] === '--out'),
          ];
    const stat = join(root, `${cls.name}-${k}-${command}.time`);
    const r = await runCli(args, stat);
    const ids = command === 'ingest' ? storedIds(db) : briefedIds(r.stdout);
    const usesFlag = command === 'ingest' ? flags.includes('--db') : flags.includes('--out');
    out.push({
      cls: cls.name,
      command,
      code: r.code,
      seconds: r.seconds,
      maxKb: r.maxKb,
      internal:
        r.code === null || r.code === 70 || r.code > 2 || /internal error|Error:| {4}at /.test(r.stderr),
      goodOk:
        expectsGood || !usesFlag
          ? goodIds.every((id) => ids.includes(id))
          : r.stderr.trim().split('\n').length === 1,
      escapes:
        ESCAPES.test(r.stderr) ||
        (command === 'brief' && ESCAPES.test(r.stdout.replace(/\\u001b|\\u0007/g, ''))),
    });
  }
  return out;
}

async function main(): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'corroborate-hostile-'));
  const good = join(root, 'good');
  const goodIds = writeGood(good).map((p) => p.slice(good.length + 1).replace(/\.txt$/, ''));
  const classes = CLASSES.filter((c) => !opts.only || opts.only.split(',').includes(c.name));
  const jobs: (() => Promise<Run[]>)[] = [];
  let inputs = 0;
  for (const cls of classes) {
    const paths = cls.make(join(root, cls.name), cls.count);
    inputs += cls.count;
    for (let k = 0; k * cls.perRun < paths.length; k++) {
      const chunk = paths.slice(k * cls.perRun, (k + 1) * cls.perRun);
      jobs.push(() => runChunk(cls, chunk, k, root, good, goodIds));
    }
  }
  process.stderr.write(`${inputs} hostile inputs in ${classes.length} classes, ${jobs.length * 2} runs\n`);
  const runs: Run[] = [];
  let next = 0;
  const width = Math.max(1, Number(opts.parallel));
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        runs.push(...(await job()));
        process.stderr.write(`\r${runs.length / 2}/${jobs.length} `);
      }
    }),
  );
  process.stderr.write('\n');
  const rows = classes.map((c) => {
    const mine = runs.filter((r) => r.cls === c.name);
    const bad = (r: Run) => r.internal || r.seconds > OVER_S || r.maxKb > OVER_KB || !r.goodOk || r.escapes;
    return {
      class: c.name,
      inputs: c.count,
      runs: mine.length,
      clean: mine.filter((r) => !bad(r)).length,
      internal: mine.filter((r) => r.internal).length,
      over60s: mine.filter((r) => r.seconds > OVER_S).length,
      over1GB: mine.filter((r) => r.maxKb > OVER_KB).length,
      goodMissing: mine.filter((r) => !r.goodOk).length,
      escapes: mine.filter((r) => r.escapes).length,
      slowest: `${Math.max(0, ...mine.map((r) => r.seconds)).toFixed(1)}s`,
      peak: `${Math.round(Math.max(0, ...mine.map((r) => r.maxKb)) / 1024)}MB`,
    };
  });
  console.table(rows);
  const total = (k: 'internal' | 'over60s' | 'over1GB' | 'goodMissing' | 'escapes') =>
    rows.reduce((n, r) => n + r[k], 0);
  console.log(
    `${inputs} inputs, ${runs.length} runs: ${runs.length - rows.reduce((n, r) => n + r.runs - r.clean, 0)} clean, ` +
      `${total('internal')} internal errors, ${total('over60s')} over 60 s, ${total('over1GB')} over 1 GB, ` +
      `${total('goodMissing')} runs missing a good file, ${total('escapes')} with escape sequences in output`,
  );
  if (!opts.keep) rmSync(root, { recursive: true, force: true });
  else console.log(`inputs kept in ${root}`);
  return rows.every((r) => r.clean === r.runs) ? 0 : 1;
}

process.exitCode = await main();
