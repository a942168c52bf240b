// What a worker does with each job. Every job first looks in the store for its own result, so a job re-run after its
// worker died (or delivered twice) finishes the work without doing any of it twice.
import type { Context } from '../../context.ts';
import { extractDoc } from '../../pipeline.ts';
import { extractorVersion } from '../../store/extractor-version.ts';
import type { Store } from '../../store/index.ts';
import type { FeedItemRecord } from '../../store/stream.ts';
import { StreamClusterer } from './clustering.ts';
import { BriefJobSchema, ExtractJobSchema, type FetchJob, FetchJobSchema, type JobQueue } from './queue.ts';
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
    const [r] = await this.fetchMany([data]);
    if (r instanceof Error) throw r;
    return r!;
  }

  /**
   * Fetch jobs taken in a batch: the items the store has not taken yet are clustered and stored under one hold
   * of the clustering lock. Each job's result in order: what it did, or the Error it failed with (it is retried).
   */
  async fetchMany(batch: unknown[]): Promise<(string | Error)[]> {
    const out: (string | Error)[] = [];
    const todo: { at: number; job: FetchJob }[] = [];
    const done = new Map<number, FeedItemRecord>();
    const touched = new Map<number, string[]>();
    const jobs: { at: number; job: FetchJob }[] = [];
    for (const [at, data] of batch.entries()) {
      const parsed = FetchJobSchema.safeParse(data);
      if (parsed.success) jobs.push({ at, job: parsed.data });
      else out[at] = new Error(`not a fetch job: ${parsed.error.message}`);
    }
    const seen = await this.store.getFeedItems(
      jobs.map(({ job }) => ({ feed: job.feed, key: job.item.key })),
    );
    jobs.forEach(({ at, job }, k) => {
      const s = seen[k];
      if (s) {
        done.set(at, s);
        touched.set(at, s.touched ?? []);
      } else todo.push({ at, job });
    });
    // a fixed story (--story) needs no clustering: those go one by one
    const clustered = todo.filter((t) => !t.job.story);
    const taken = clustered.length
      ? await this.watcher.takeItems(
          clustered.map(({ job }) => ({ feed: job.feed, item: job.item })),
          this.ctx(),
          this.clusterer,
        )
      : [];
    const fixed = todo.filter((t) => t.job.story);
    for (const { job } of fixed)
      taken.push(await this.watcher.takeItem(job.feed, job.item, this.ctx(), storyPerFeed(job.story!)));
    [...clustered, ...fixed].forEach(({ at }, k) => {
      const took = taken[k]!;
      // an Error, so pg-boss retries it with backoff (and parks it when it keeps failing)
      if (took.status === 'retry') out[at] = new Error(took.reason);
      else if (took.status === 'rejected') done.set(at, { status: 'rejected', reason: took.reason });
      else {
        done.set(at, took);
        touched.set(at, took.touched ?? []);
      }
    });
    const extracts: { story: string; doc: string }[] = [];
    const briefs: string[] = [];
    for (const [at, d] of done) {
      if (d.status === 'rejected' || !d.story || !d.docId) {
        out[at] = d.status;
        continue;
      }
      extracts.push({ story: d.story, doc: d.docId });
      // stories the clustering merged, split or took a document from are briefed again
      briefs.push(...(touched.get(at) ?? []));
      out[at] = `${d.status} ${d.story}/${d.docId}`;
    }
    await this.queue.sendFollowUps(extracts, briefs);
    return out;
  }

  /** A stored document → its findings (unless stored already under this extractor version), then a brief job. A
   * document clustering has moved since the job was sent is found where it is now (a stream document keeps its id
   * when it moves); one no story holds any more leaves nothing to do. */
  async extract(data: unknown): Promise<string> {
    const job = ExtractJobSchema.parse(data);
    let story = await this.store.getStory(job.story);
    let stored = story ? await this.store.getDocument(story, job.doc) : null;
    if (!story || !stored) {
      stored = (await this.store.findDocuments(job.doc))[0] ?? null;
      story = stored ? await this.store.getStory(stored.story) : null;
      if (!story || !stored)
        return `not extracted: no document '${job.doc}' is stored (it was in story '${job.story}')`;
    }
    const version = extractorVersion();
    if (!(await this.store.hasFindings(story, job.doc, version)))
      await this.store.putFindings(story, job.doc, version, extractDoc(stored.doc, this.ctx()).value);
    await this.queue.sendBrief(story.name);
    return `extracted ${story.name}/${job.doc}`;
  }

  /** A story whose documents changed → its briefing and changes (nothing when the stored one is current). */
  async brief(data: unknown): Promise<string> {
    const job = BriefJobSchema.parse(data);
    const n = await this.watcher.rebrief(job.story, this.ctx());
    return `briefed ${job.story} (${n} changes)`;
  }
}
