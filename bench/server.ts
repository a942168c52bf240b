// npm run bench:server: briefing requests per second for the bundled example story over real HTTP on 127.0.0.1,
// cached and uncached, at 1, 50 and 200 concurrent clients (autocannon), with p50/p99 latency and the server
// process's peak memory. Fails (exit 1) if any request errs or answers other than 200.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values: flags } = parseArgs({
  options: { seconds: { type: 'string', default: '5' }, clients: { type: 'string', default: '1,50,200' } },
});
const repo = resolve(new URL('.', import.meta.url).pathname, '..');
const seconds = Number(flags.seconds);
const clients = flags.clients.split(',').map(Number);

async function run(cmd: string, args: string[]): Promise<void> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${code}`);
}

async function startChild(db: string, cache: boolean): Promise<{ child: ChildProcess; url: string }> {
  // one node process (tsx as a loader, not its launcher), so its memory is the server's own
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repo, 'bench/server-child.ts'), db, cache ? '1' : '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (c: string) => {
      out += c;
      const m = /http:\/\/\S+/.exec(out);
      if (m) ok(m[0]);
    });
    child.on('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
  return { child, url };
}

/** The server's peak resident memory so far (Linux VmHWM), in MB. */
function peakMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

const rows: string[] = [];
let failed = false;
const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-server-'));
try {
  const db = join(dir, 'bench.db');
  await run(process.execPath, [
    join(repo, 'bin/corroborate.js'),
    'ingest',
    join(repo, 'examples/harbor-fire'),
    '--story',
    'harbour-fire',
    '--db',
    db,
  ]);
  for (const cache of [true, false]) {
    const { child, url } = await startChild(db, cache);
    try {
      const target = `${url}/api/stories/harbour-fire/briefing`;
      await fetch(target).then((r) => r.text()); // warm: models loaded, first briefing made
      for (const c of clients) {
        const r = await autocannon({ url: target, connections: c, duration: seconds, timeout: 120 });
        const bad = r.errors + r.timeouts + r.non2xx;
        if (bad > 0) failed = true;
        const mem = peakMb(child.pid!);
        rows.push(
          [
            cache ? 'cached' : 'uncached',
            String(c).padStart(3),
            r.requests.average.toFixed(1).padStart(8),
            `${r.latency.p50} ms`.padStart(9),
            `${r.latency.p99} ms`.padStart(9),
            String(r.requests.total).padStart(7),
            String(bad).padStart(6),
            mem === null ? 'n/a' : `${mem.toFixed(0)} MB`,
          ].join('  '),
        );
        process.stderr.write(`${rows.at(-1)}\n`);
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.on('exit', r));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(
  `\nbriefing of examples/harbor-fire over HTTP on 127.0.0.1, ${seconds} s per row (autocannon)\n` +
    `cache     clients  req/s      p50        p99       total  errors  server peak RSS\n${rows.join('\n')}\n`,
);
if (failed) {
  process.stderr.write('bench:server: some requests failed or were not answered 200\n');
  process.exitCode = 1;
}
