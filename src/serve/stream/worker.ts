// What a worker does with each job. Every job first looks in the store for its own result, so a job re-run after its
// worker died (or delivered twice) finishes the work without doing any of it twice.
import type { Context } from '../../context.ts';
import { extractDoc } from '../../pipeline.ts';
import { extractorVersion } from '../../store/extractor-version.ts';
import type { Store } from '../../store/index.ts';
import { StreamClusterer } from './clustering.ts';
import { BriefJobSchema, ExtractJobSchema, FetchJobSchema, type JobQueue } from './queue.ts';
import { storyPerFeed, type Watcher } from './watch.ts';

export class JobRunner {
  /** One clustering state per worker process, kept current from the store under the clustering lock. */
  private readonly clusterer: StreamClusterer;

  constructor(
    private readonly store: Store,
    private readonly queue: JobQueue,
    private readonly watcher: Watcher,
    private readonly ctx: () => Context,
  ) {
    this.clusterer = new StreamClusterer(store);
  }

  /** A feed item → a stored document (or a recorded rejection), then its extract job. */
  async fetch(data: unknown): Promise<string> {
    const job = FetchJobSchema.parse(data);
    let done = await this.store.getFeedItem(job.feed, job.item.key);
    let touched: string[] = [];
    if (!done) {
      const took = await this.watcher.takeItem(
        job.feed,
        job.item,
        this.ctx(),
        job.story ? storyPerFeed(job.story) : this.clusterer,
      );
      // Thrown, so pg-boss retries it with backoff (and parks it when it keeps failing).
      if (took.status === 'retry') throw new Error(took.reason);
      done = took.status === 'rejected' ? { status: 'rejected', reason: took.reason } : took;
      if (took.status !== 'rejected') touched = took.touched ?? [];
    }
    if (done.status === 'rejected' || !done.story || !done.docId) return `${done.status}`;
    await this.queue.sendExtract(done.story, done.docId);
    // stories the clustering merged, split or took a document from are briefed again
    for (const other of touched) await this.queue.sendBrief(other);
    return `${done.status} ${done.story}/${done.docId}`;
  }

  /** A stored document → its findings (unless stored already under this extractor version), then a brief job. */
  async extract(data: unknown): Promise<string> {
    const job = ExtractJobSchema.parse(data);
    const story = await this.store.getStory(job.story);
    if (!story) throw new Error(`no story '${job.story}'`);
    const version = extractorVersion();
    if (!(await this.store.hasFindings(story, job.doc, version))) {
      const stored = await this.store.getDocument(story, job.doc);
      if (!stored) throw new Error(`no document '${job.doc}' in story '${job.story}'`);
      await this.store.putFindings(story, job.doc, version, extractDoc(stored.doc, this.ctx()).value);
    }
    await this.queue.sendBrief(job.story);
    return `extracted ${job.story}/${job.doc}`;
  }

  /** A story whose documents changed → its briefing and changes (nothing when the stored one is current). */
  async brief(data: unknown): Promise<string> {
    const job = BriefJobSchema.parse(data);
    const n = await this.watcher.rebrief(job.story, this.ctx());
    return `briefed ${job.story} (${n} changes)`;
  }
}
