// Briefings of stored stories: made from the findings stored with each document (extracted once, here when missing),
// cached until the story changes, at most a few at once. Its document list is a story's version.
import { createHash } from 'node:crypto';
import type { Context } from '../../context.ts';
import { type Briefing, BriefingSchema } from '../../model/briefing.ts';
import type { Extracted } from '../../model/mention.ts';
import { briefExtracted, extractDoc } from '../../pipeline.ts';
import { extractorVersion } from '../../store/extractor-version.ts';
import type { Store, StoryRecord } from '../../store/index.ts';
import { remarkCopies } from '../commands/brief.ts';
import { Limiter } from './limiter.ts';

export interface Made {
  briefing: Briefing;
  /** The contract JSON, serialised once and served as is. */
  json: string;
  /** Strong validator for HTTP caching: changes exactly when the story's documents do. */
  etag: string;
  /** Other renderings, made on first request. */
  rendered: Map<string, string>;
}

export type Progress = (done: number, total: number) => void;

export interface BriefingOptions {
  maxConcurrent: number;
  maxQueued: number;
  /** Stories whose briefing is kept; the least recently used is dropped past this. */
  cacheSize: number;
  /** Off for measuring the uncached path. */
  cache: boolean;
}

export const DEFAULT_BRIEFING_OPTIONS: BriefingOptions = {
  maxConcurrent: 2,
  maxQueued: 500,
  cacheSize: 64,
  cache: true,
};

export class Briefings {
  private readonly cache = new Map<string, Made>();
  /** Briefings being made, by version: concurrent requests for one story share one run. */
  private readonly inflight = new Map<string, Promise<Made>>();
  readonly limiter: Limiter;

  constructor(
    private readonly store: Store,
    private readonly ctx: () => Context,
    private readonly opts: BriefingOptions = DEFAULT_BRIEFING_OPTIONS,
  ) {
    this.limiter = new Limiter(opts.maxConcurrent, opts.maxQueued);
  }

  get cached(): number {
    return this.cache.size;
  }

  /** The story's version: its key, creation time and every document id with the time it was stored. */
  async versionOf(story: StoryRecord): Promise<{ version: string; documents: number }> {
    const docs = await this.store.listDocuments(story);
    const h = createHash('sha256').update(`${story.key}\u0000${story.createdAt}`);
    for (const d of docs) h.update(`\u0000${d.id}\u0000${d.storedAt}`);
    return { version: h.digest('base64url').slice(0, 27), documents: docs.length };
  }

  /** The cached briefing of this version of the story, if there is one. */
  peek(story: StoryRecord, version: string): Made | undefined {
    const hit = this.cache.get(story.name);
    return hit && hit.etag === `"${version}"` ? hit : undefined;
  }

  /** The briefing of the story as it is now; `progress` hears of each article read when this call makes it. */
  async get(story: StoryRecord, progress?: Progress): Promise<Made> {
    const { version } = await this.versionOf(story);
    const hit = this.opts.cache ? this.peek(story, version) : undefined;
    if (hit) {
      // re-insert: Map order is the recency order the eviction reads
      this.cache.delete(story.name);
      this.cache.set(story.name, hit);
      return hit;
    }
    const key = this.opts.cache ? `${story.name}\u0000${version}` : `${Math.random()}`;
    const running = this.inflight.get(key);
    if (running) return running;
    const made = this.limiter.run(() => this.make(story, version, progress));
    this.inflight.set(key, made);
    try {
      const m = await made;
      if (this.opts.cache) this.remember(story.name, m);
      return m;
    } finally {
      this.inflight.delete(key);
    }
  }

  forget(storyName: string): void {
    this.cache.delete(storyName);
  }

  private remember(name: string, m: Made): void {
    this.cache.delete(name);
    this.cache.set(name, m);
    while (this.cache.size > this.opts.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }

  private async make(story: StoryRecord, version: string, progress?: Progress): Promise<Made> {
    const ctx = this.ctx();
    const extractor = extractorVersion();
    const rows = await this.store.documentsWithFindings(story, extractor);
    const docs = remarkCopies(
      rows.map((r) => r.doc),
      ctx,
    );
    // per article, with a turn of the event loop between: other requests are answered while a large story is read
    const extracted: Extracted[] = [];
    for (const [i, d] of docs.entries()) {
      const stored = rows[i]!.findings;
      if (stored) extracted.push({ ...stored, seg: { ...stored.seg, doc: d } });
      else {
        const x = extractDoc(d, ctx).value;
        // kept, so the next briefing of this story (here, by watch or by a worker) does not extract it again
        await this.store.putFindings(story, d.id, extractor, x);
        extracted.push(x);
      }
      progress?.(i + 1, docs.length);
      await new Promise((r) => setImmediate(r));
    }
    const made = briefExtracted(extracted, { id: story.name, title: story.name }, ctx).value;
    const checked = BriefingSchema.safeParse(made);
    // The briefing is a contract with outside tools: a mismatch is a bug here, never something to serve.
    if (!checked.success)
      throw new Error(`the briefing does not match its contract: ${checked.error.message}`);
    return {
      briefing: checked.data,
      json: `${JSON.stringify(checked.data, null, 2)}\n`,
      etag: `"${version}"`,
      rendered: new Map(),
    };
  }
}
