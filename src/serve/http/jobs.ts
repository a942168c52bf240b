// Long work (fetching many URLs, briefing a large story) runs as a job: the request is answered 202 with the
// job's address at once, and the client polls it. Jobs live in memory: a restart forgets them, not their results
// (documents are stored as each input finishes; briefings are remade on request).
import { randomUUID } from 'node:crypto';
import type { JobOut } from './schemas.ts';

interface Job {
  id: string;
  kind: JobOut['kind'];
  status: JobOut['status'];
  done: number;
  total: number;
  result?: unknown;
  error?: string;
  resultUrl?: string;
  finishedAt?: number;
}

/** Finished jobs kept for polling; the oldest are dropped past this. */
const KEEP_FINISHED = 200;

export class Jobs {
  private readonly jobs = new Map<string, Job>();

  start(
    kind: JobOut['kind'],
    total: number,
    work: (progress: (done: number) => void) => Promise<unknown>,
    resultUrl?: string,
  ): JobOut {
    const job: Job = { id: randomUUID(), kind, status: 'running', done: 0, total, resultUrl };
    this.jobs.set(job.id, job);
    work((done) => {
      job.done = done;
    }).then(
      (result) => this.finish(job, 'done', { result }),
      (e: unknown) => this.finish(job, 'failed', { error: e instanceof Error ? e.message : String(e) }),
    );
    return this.view(job);
  }

  get(id: string): JobOut | undefined {
    const j = this.jobs.get(id);
    return j ? this.view(j) : undefined;
  }

  private finish(job: Job, status: 'done' | 'failed', out: { result?: unknown; error?: string }): void {
    Object.assign(job, out, { status, finishedAt: Date.now() });
    if (status === 'done') job.done = job.total;
    const finished = [...this.jobs.values()].filter((j) => j.finishedAt !== undefined);
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
      this.jobs.delete(old.id);
  }

  private view(j: Job): JobOut {
    return {
      id: j.id,
      kind: j.kind,
      status: j.status,
      progress: { done: j.done, total: j.total },
      ...(j.result !== undefined ? { result: j.result } : {}),
      ...(j.error !== undefined ? { error: j.error } : {}),
      links: { self: `/api/jobs/${j.id}`, ...(j.resultUrl ? { result: j.resultUrl } : {}) },
    };
  }
}
