// CPU seconds per thread of a running command, read from /proc (Linux): how much the main thread, a worker thread
// and V8's own threads (TurboFan compiling, garbage collection) each spent. Sampled while the command runs, since
// a thread's counters vanish when it ends; a thread that ends between samples loses at most one interval.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const INTERVAL_MS = 20;
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface ThreadCpu {
  /** The process's first thread: the event loop that runs the CLI. */
  main: number;
  /** Every other thread, most CPU first: worker threads, V8's compiler and collector threads, libuv's pool. */
  others: number[];
}

export interface Timed {
  wall: number;
  /** User + system CPU of the whole process, threads included. */
  cpu: number;
  out: string;
  threads: ThreadCpu | null;
}

/** utime + stime of one thread, in seconds, or null once it is gone. */
function threadSeconds(pid: number, tid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    // the name in parentheses may hold spaces: fields are counted after its closing parenthesis
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The command's own process under /usr/bin/time (its only child), once it has started. */
function childOf(pid: number): number | null {
  try {
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return kids ? Number(kids.split(' ')[0]) : null;
  } catch {
    return null;
  }
}

function sample(pid: number, last: Map<string, number>): void {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const tid of tids) {
    const s = threadSeconds(pid, tid);
    if (s !== null) last.set(tid, s);
  }
}

/** Runs `node args` under /usr/bin/time (wall and CPU of the whole process, exact), sampling its threads meanwhile. */
export function runTimed(args: string[]): Promise<Timed> {
  const perThread = existsSync('/proc/self/task');
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-threads-'));
  const stat = join(dir, 'time.txt');
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S', '-o', stat, process.execPath, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    const last = new Map<string, number>();
    let node: number | null = null;
    const tick = () => {
      node ??= childOf(child.pid!);
      if (node !== null) sample(node, last);
    };
    const timer = perThread ? setInterval(tick, INTERVAL_MS) : null;
    child.on('error', reject);
    child.on('exit', () => {
      if (timer) clearInterval(timer);
    });
    child.on('close', (code) => {
      const times = existsSync(stat) ? readFileSync(stat, 'utf8').trim().split('\n').pop()! : '';
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) {
        reject(new Error(`${args.join(' ')} exited ${code}: ${err.slice(0, 500)}`));
        return;
      }
      const [wall, user, sys] = times.split(' ').map(Number);
      const main = node === null ? 0 : (last.get(String(node)) ?? 0);
      const others = [...last.entries()]
        .filter(([tid]) => tid !== String(node))
        .map(([, s]) => s)
        .sort((x, y) => y - x);
      resolve({
        wall: wall!,
        cpu: user! + sys!,
        out: Buffer.concat(chunks).toString('utf8'),
        threads: last.size ? { main, others } : null,
      });
    });
  });
}

/** "main 3.71, then 2.20, 0.61, 0.58 (others 0.9)": the main thread and the busiest others, in CPU-s. */
export function describeThreads(t: ThreadCpu | null, shown = 4): string {
  if (!t) return 'per-thread CPU needs /proc';
  const top = t.others.slice(0, shown).map((s) => s.toFixed(2));
  const rest = t.others.slice(shown).reduce((a, b) => a + b, 0);
  return `main ${t.main.toFixed(2)}, then ${top.join(', ')}${rest >= 0.005 ? ` (others ${rest.toFixed(2)})` : ''}`;
}
