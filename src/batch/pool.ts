// A pool of worker threads for per-document work (cleaning, extraction): both cores busy, and each document
// held to a time and memory budget. A worker past its budget is stopped and replaced; its document is rejected
// with the reason and the batch goes on. Results come back per task, so callers keep their own order.
// Each worker holds its next task while it runs one, so it never waits for this thread between documents; and
// this thread may run small documents itself between messages (see `inline`), as it would otherwise sit idle.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Context } from '../context.ts';
import { type Issue, issue } from '../model/issue.ts';
import { restore, runTask, type Task, type TaskResult, taskStage, taskWhere } from './tasks.ts';

/** Seconds one document may spend in one stage (cleaning, or extraction): real articles take well under one. */
export const DOC_SECONDS = 20;
/** Heap of one worker: a document needing more is rejected rather than taking the machine's memory. */
export const WORKER_HEAP_MB = 768;
/** Tasks a worker holds at once: the one it runs and the next, so a busy main thread never leaves it idle. */
export const WORKER_DEPTH = 2;
/** The same for tasks only a worker takes (work started ahead of need): enough to keep it busy while this thread
 * runs a batch-wide step such as marking copies (~0.5 s for 1,000 articles, ~150 extractions), and no loss, as
 * this thread would not take them anyway. */
export const AHEAD_DEPTH = 256;

export const defaultJobs = (): number => Math.max(1, availableParallelism());

interface Pending {
  id: number;
  task: Task;
  resolve: (r: TaskResult) => void;
  /** Set on a task promote() left to the workers, whatever its size. */
  workerOnly?: boolean;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Tasks sent to this worker, in the order it runs them: the first is the one running. */
  held: Pending[];
  timer: NodeJS.Timeout | null;
}

export interface PoolOptions {
  /** Seconds per document and stage before its worker is stopped. */
  seconds?: number;
  /** Tasks this thread may run itself between messages: only ones the size budgets keep short, since a
   * document run here cannot be stopped. None when absent. */
  inline?: (task: Task) => boolean;
  /** Workers start only once more tasks than this wait (or one this thread may not run): a worker repays its
   * own start-up and JIT warm-up only over a long batch. 0 when absent. */
  minBacklog?: number;
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
  /** Tasks started ahead of need (an extraction while the batch is still being cleaned): only workers take them,
   * after the queue's, and promote() moves one to the queue when its result is needed. Read from `aheadAt` on. */
  private readonly ahead: Pending[] = [];
  private aheadAt = 0;
  private readonly aheadWaiting = new Map<number, Pending>();
  private readonly seconds: number;
  private readonly inline: ((task: Task) => boolean) | null;
  private readonly minBacklog: number;
  private inlineScheduled = false;
  /** Queued tasks this thread may run, and ones only a worker may: counted, so pump() never scans the queue. */
  private inlineWaiting = 0;
  private workerOnlyWaiting = 0;
  private next = 0;
  private spawned = 0;
  private closed = false;

  /** `size` worker threads (0 is allowed with `inline`: then this thread does all the work). */
  constructor(
    readonly size: number,
    private readonly ctx: Context,
    opts: PoolOptions | number = {},
  ) {
    const o = typeof opts === 'number' ? { seconds: opts } : opts;
    this.seconds = o.seconds ?? DOC_SECONDS;
    this.inline = o.inline ?? null;
    this.minBacklog = o.minBacklog ?? 0;
  }

  /** Runs one document's task in a worker (or here, if small); never rejects: failures come back as error
   * issues. Workers keep the process alive until close(), which every caller runs in a finally. */
  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.enqueue([{ id: this.next++, task, resolve }], 'tail');
      this.pump();
    });
  }

  /** Queues a task only a worker takes, when one is free: work done ahead of need on another core. Its result
   * comes by the promise; promote(id) once the result is needed, so that it is not left waiting for a worker. */
  runAhead(task: Task): { id: number; result: Promise<TaskResult> } {
    const id = this.next++;
    const result = new Promise<TaskResult>((resolve) => {
      const p = { id, task, resolve };
      this.ahead.push(p);
      this.aheadWaiting.set(id, p);
    });
    this.pump();
    return { id, result };
  }

  /** A task from runAhead() that no worker took yet joins the queue, so that it is run even with no worker
   * started: by this thread too when `here` (and it is small), else by workers only. */
  promote(id: number, here: boolean): void {
    const p = this.aheadWaiting.get(id);
    if (!p) return;
    this.aheadWaiting.delete(id);
    p.workerOnly = !here;
    this.enqueue([p], 'tail');
    this.pump();
  }

  /** Worker threads started so far (replacements included). */
  get started(): number {
    return this.spawned;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private canInline(p: Pending): boolean {
    return !p.workerOnly && (this.inline?.(p.task) ?? false);
  }

  private enqueue(ps: Pending[], end: 'head' | 'tail'): void {
    for (const p of ps) {
      if (this.canInline(p)) this.inlineWaiting++;
      else this.workerOnlyWaiting++;
    }
    if (end === 'tail') this.queue.push(...ps);
    else this.queue.unshift(...ps);
  }

  private dequeue(at: number): Pending {
    const [p] = this.queue.splice(at, 1);
    if (this.canInline(p!)) this.inlineWaiting--;
    else this.workerOnlyWaiting--;
    return p!;
  }

  /** The next task for a worker, left in place: the queue's first if this thread may not run it; else the oldest
   * started ahead and still waiting (workers keep to the stage they warmed up for); else the queue's first. */
  private peekForWorker(): Pending | null {
    const head = this.queue[0];
    if (head && !this.canInline(head)) return head;
    while (this.aheadAt < this.ahead.length) {
      const p = this.ahead[this.aheadAt]!;
      if (this.aheadWaiting.has(p.id)) return p;
      this.aheadAt++;
    }
    this.ahead.length = 0;
    this.aheadAt = 0;
    return head ?? null;
  }

  /** Takes the task peekForWorker() gave from where it waits. */
  private takeForWorker(p: Pending): void {
    if (this.queue[0] === p) this.dequeue(0);
    else {
      this.aheadWaiting.delete(p.id);
      this.aheadAt++;
    }
  }

  /** How many tasks a worker may hold when the next is p: more when this thread would not take p itself, up to
   * its share of such tasks, so that no worker holds a long tail while another has none. */
  private depthFor(p: Pending): number {
    if (this.queue[0] === p && this.canInline(p)) return WORKER_DEPTH;
    const share = Math.ceil(
      (this.aheadWaiting.size + this.workerOnlyWaiting) / Math.max(1, this.slots.length),
    );
    return Math.max(WORKER_DEPTH, Math.min(AHEAD_DEPTH, share));
  }

  private pump(): void {
    if (this.closed) return;
    for (let p = this.peekForWorker(); p; p = this.peekForWorker()) {
      const slot = this.freest(this.depthFor(p));
      if (!slot) break;
      this.takeForWorker(p);
      this.dispatch(slot, p);
    }
    if (this.wantsWorker()) this.addSlot();
    if (this.inlineWaiting > 0 && !this.inlineScheduled) {
      this.inlineScheduled = true;
      setImmediate(() => this.runInline());
    }
  }

  /** Another worker, while there is queued work no starting worker will take and the batch is long enough. */
  private wantsWorker(): boolean {
    if (this.slots.length >= this.size) return false;
    const starting = this.slots.filter((s) => !s.ready).length;
    const waiting = this.queue.length + this.aheadWaiting.size;
    if (waiting <= starting * WORKER_DEPTH) return false;
    return this.workerOnlyWaiting > 0 || waiting > this.minBacklog;
  }

  /** The ready worker holding the fewest tasks, if one holds fewer than `depth`. */
  private freest(depth: number): Slot | null {
    let best: Slot | null = null;
    for (const s of this.slots)
      if (s.ready && s.held.length < depth && (!best || s.held.length < best.held.length)) best = s;
    return best;
  }

  /** One small queued task run on this thread; then back to the event loop, so workers' messages are answered. */
  private runInline(): void {
    this.inlineScheduled = false;
    if (this.closed || !this.inline) return;
    const at = this.queue.findIndex((p) => this.canInline(p));
    if (at < 0) return;
    const p = this.dequeue(at);
    p.resolve(runTask(p.task, this.taskContext()));
    this.pump();
  }

  private taskContext() {
    return { now: this.ctx.now.toISOString() };
  }

  private addSlot(): Slot {
    const slot: Slot = { worker: spawn(), ready: false, held: [], timer: null };
    this.spawned++;
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
      if (slot.held[0]?.id !== m.id) return;
      this.finish(slot, m.result);
    });
    slot.worker.on('error', (e: Error & { code?: string }) => {
      const p = slot.held[0] ?? null;
      const why =
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? refusal('budget.memory', p, `needed more than ${WORKER_HEAP_MB} MB to process; it was left out`)
          : refusal('internal.worker-failed', p, `stopped its worker (${e.message}); it was left out`);
      this.replace(slot, why);
    });
  }

  private dispatch(slot: Slot, p: Pending): void {
    slot.held.push(p);
    if (slot.held.length === 1) this.startClock(slot);
    slot.worker.postMessage({ id: p.id, task: p.task, ctx: this.taskContext() });
  }

  /** The running task's time budget: it starts when the worker takes the task up, not when it was queued. */
  private startClock(slot: Slot): void {
    const p = slot.held[0]!;
    slot.timer = setTimeout(() => {
      const why = refusal(
        'budget.time',
        p,
        `took over ${this.seconds} s to ${taskStage(p.task)}; it was stopped and left out`,
      );
      this.replace(slot, why);
    }, this.seconds * 1000);
  }

  private finish(slot: Slot, result: TaskResult): void {
    const p = slot.held.shift()!;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.held.length) this.startClock(slot);
    p.resolve(restore(p.task, result));
    this.pump();
  }

  /** Stops a worker that overran or died, answers its running task with the reason, puts the task it held next
   * back at the head of the queue, and lets a fresh worker start. */
  private replace(slot: Slot, why: Issue): void {
    const [p, ...waiting] = slot.held;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    this.enqueue(waiting, 'head');
    if (p) p.resolve({ value: null, issues: [why] });
    this.pump();
  }
}

function refusal(code: string, p: Pending | null, what: string): Issue {
  const where = p ? taskWhere(p.task) : 'worker';
  return issue(code, `${where} ${what}`, where, 'error');
}
