// A pool worker: runs one task at a time for the pool in pool.ts and posts its result back.
import { parentPort } from 'node:worker_threads';
import { compact, runTask, type Task, type TaskContext } from './tasks.ts';

parentPort?.on('message', (m: { id: number; task: Task; ctx: TaskContext }) => {
  parentPort?.postMessage({ id: m.id, result: compact(m.task, runTask(m.task, m.ctx)) });
});
// loaded: from now on a document's time budget measures its own work, not the worker's start-up
parentPort?.postMessage({ ready: true });
