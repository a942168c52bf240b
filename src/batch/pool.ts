// A pool of worker threads for per-document work (cleaning, extraction): both cores busy, and each document
// held to a time and memory budget. A worker past its budget is stopped and replaced; its document is rejected
// with the reason and the batch goes on. Results come back per task, so callers keep their own order.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Context } from '../context.ts';
import { type Issue, issue } from '../model/issue.ts';
import { type Task, type TaskResult, taskWhere } from './tasks.ts';

/** Seconds one document may spend in one stage (cleaning, or extraction): real articles take well under one. */
export const DOC_SECONDS = 20;
/** Heap of one worker: a document needing more is rejected rather than taking the machine's memory. */
export const WORKER_HEAP_MB = 768;

export const defaultJobs = (): number => Math.max(1, availableParallelism());

interface Pending {
  id: number;
  task: Task;
  resolve: (r: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
}

// From src/ (development, tests) the worker is TypeScript: a one-line ES module boot registers tsx first.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

function spawn(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  let w: Worker;
  if (WORKER_URL.pathname.endsWith('.ts')) {
    const tsx = createRequire(import.meta.url).resolve('tsx/package.json');
    const api = pathToFileURL(join(dirname(tsx), 'dist/esm/api/index.mjs')).href;
    const boot = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(WORKER_URL.href)});`;
    w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { resourceLimits });
  } else w = new Worker(WORKER_URL, { resourceLimits });
  return w;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private next = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly ctx: Context,
    private readonly seconds = DOC_SECONDS,
  ) {}

  /** Runs one document's task in a worker; never rejects: failures come back as error issues. Workers keep the
   * process alive until close(), which every caller runs in a finally. */
  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.next++, task, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private pump(): void {
    while (this.queue.length && !this.closed) {
      const slot = this.slots.find((s) => s.ready && !s.busy);
      if (!slot) {
        // start another worker while there is queued work no starting worker will take
        const starting = this.slots.filter((s) => !s.ready).length;
        if (this.slots.length < this.size && starting < this.queue.length) this.addSlot();
        return;
      }
      this.dispatch(slot, this.queue.shift()!);
    }
  }

  private addSlot(): Slot {
    const slot: Slot = { worker: spawn(), ready: false, busy: null, timer: null };
    this.listen(slot);
    this.slots.push(slot);
    return slot;
  }

  private listen(slot: Slot): void {
    slot.worker.on('message', (m: { id: number; result: TaskResult } | { ready: true }) => {
      if ('ready' in m) {
        slot.ready = true;
        this.pump();
        return;
      }
      const p = slot.busy;
      if (!p || p.id !== m.id) return;
      this.finish(slot, m.result);
    });
    slot.worker.on('error', (e: Error & { code?: string }) => {
      const p = slot.busy;
      const why =
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? refusal('budget.memory', p, `needed more than ${WORKER_HEAP_MB} MB to process; it was left out`)
          : refusal('internal.worker-failed', p, `stopped its worker (${e.message}); it was left out`);
      this.replace(slot, why);
    });
  }

  private dispatch(slot: Slot, p: Pending): void {
    slot.busy = p;
    slot.timer = setTimeout(() => {
      const why = refusal(
        'budget.time',
        p,
        `took over ${this.seconds} s to ${p.task.kind}; it was stopped and left out`,
      );
      this.replace(slot, why);
    }, this.seconds * 1000);
    slot.worker.postMessage({ id: p.id, task: p.task, ctx: { now: this.ctx.now.toISOString() } });
  }

  private finish(slot: Slot, result: TaskResult): void {
    const p = slot.busy!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.busy = null;
    slot.timer = null;
    p.resolve(result);
    this.pump();
  }

  /** Stops a worker that overran or died, answers its task with the reason, and starts a fresh one. */
  private replace(slot: Slot, why: Issue): void {
    const p = slot.busy;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    if (p) p.resolve({ value: null, issues: [why] });
    this.pump();
  }
}

function refusal(code: string, p: Pending | null, what: string): Issue {
  const where = p ? taskWhere(p.task) : 'worker';
  return issue(code, `${where} ${what}`, where, 'error');
}
