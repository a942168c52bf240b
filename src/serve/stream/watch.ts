// Watching feeds: each poll asks every feed only for what changed since the last answer (ETag, Last-Modified),
// takes in the items it has not seen (fetched politely: robots.txt, per-host limits, the usual fetch guards), stores
// each with its log line and its item record in one transaction, then re-briefs the stories that grew and records
// what changed. Everything it must remember lives in the store, so a stopped watch resumes where it was.
import type { Context } from '../../context.ts';
import { type FetchOptions, fetchUrl } from '../../fetch/http.ts';
import { ingest } from '../../ingest/index.ts';
import type { StoredChange } from '../../model/change.ts';
import type { Document, RawDocument } from '../../model/document.ts';
import { cleanAll } from '../../pipeline.ts';
import type { PutOutcome, Store } from '../../store/index.ts';
import { type FeedState, unpolledFeed } from '../../store/stream.ts';
import { isUnavailable } from '../../store/unavailable.ts';
import { arrivalDay, StreamClusterer } from './clustering.ts';
import { type FeedItem, readFeed } from './feed-items.ts';
import { HostGate, type HostLimits } from './hosts.ts';
import { rebriefStory } from './rebrief.ts';
import { parseRobots, type RobotsRules, robotsAllow } from './robots.ts';

/** Which story a new document joins: a fixed one (--story), one per feed, or the stream clustering's choice. */
export type AssignStory =
  | ((doc: Document, from: { feed: string }) => string | Promise<string>)
  | StreamClusterer;

export function storyPerFeed(fixed?: string): AssignStory {
  return (_doc, { feed }) => fixed ?? feedStoryName(feed);
}

/** "https://news.example.org/world/rss.xml" → "news.example.org/world/rss.xml" */
export function feedStoryName(feed: string): string {
  try {
    const u = new URL(feed);
    return `${u.host}${u.pathname}`.replace(/\/+$/, '');
  } catch {
    return feed;
  }
}

export interface WatchSettings {
  feeds: string[];
  ctx: () => Context;
  assignStory: AssignStory;
  perHost: HostLimits;
  /** New items taken per feed and poll; the rest wait for the next poll. */
  maxFollow: number;
  /** Largest feed or article accepted. */
  maxBytes: number;
  fetch?: Omit<FetchOptions, 'allowPrivateHosts' | 'maxBytes' | 'headers' | 'meta'>;
  log: (line: string) => void;
  /** Called with the changes each re-briefing recorded (e.g. to post them). */
  onChanges?: (changes: StoredChange[]) => Promise<void>;
  /** Hands each new item to a queue instead of taking it here (workers take it, and brief). */
  dispatch?: (feed: string, item: FeedItem) => Promise<void>;
  signal?: AbortSignal;
}

export interface PollCounts {
  feeds: number;
  notModified: number;
  failed: number;
  stored: number;
  duplicate: number;
  rejected: number;
  seen: number;
  queued: number;
  changes: number;
}

/** What became of one item: stored or duplicate (with where), rejected for good, or to be tried again later. */
export type TakeOutcome =
  | { status: 'stored' | 'duplicate'; story: string; docId: string; touched?: string[] }
  | { status: 'rejected'; reason: string }
  | { status: 'retry'; reason: string };

/** An item fetched (when a link) and cleaned, ready to be placed in a story and stored. */
interface Prepared {
  feed: string;
  item: FeedItem;
  raw: RawDocument;
  doc: Document;
}

/** Fetch problems worth another try next poll; any other refusal is recorded against the item for good. */
const TRANSIENT = new Set(['fetch.timeout', 'fetch.unreachable', 'fetch.dns', 'fetch.network']);
const isTransient = (code: string, message: string) =>
  TRANSIENT.has(code) || / HTTP (5\d\d|429)\b/.test(message);

export class Watcher {
  private readonly gate: HostGate;
  private readonly robots = new Map<string, Promise<RobotsRules>>();

  constructor(
    private readonly store: Store,
    private readonly s: WatchSettings,
  ) {
    this.gate = new HostGate(s.perHost);
  }

  private fetchOpts(ctx: Context, extra: Partial<FetchOptions> = {}): FetchOptions {
    return { ...this.s.fetch, allowPrivateHosts: ctx.allowPrivateHosts, maxBytes: this.s.maxBytes, ...extra };
  }

  /** The host's robots.txt rules, fetched once per watch (a missing or unreadable one allows everything). */
  private rulesFor(url: string, ctx: Context): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    let rules = this.robots.get(origin);
    if (!rules) {
      rules = this.gate
        .run(origin, () => fetchUrl(`${origin}/robots.txt`, this.fetchOpts(ctx, { maxBytes: 512 * 1024 })))
        .then((r) => {
          const parsed = r.input ? parseRobots(new TextDecoder().decode(r.input.bytes)) : parseRobots('');
          if (parsed.crawlDelayMs) this.gate.slowDown(new URL(url).host, parsed.crawlDelayMs);
          return parsed;
        });
      this.robots.set(origin, rules);
    }
    return rules;
  }

  private async allowed(url: string, ctx: Context): Promise<boolean> {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return true; // fetchUrl reports the bad address itself
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return true;
    return robotsAllow(await this.rulesFor(url, ctx), `${u.pathname}${u.search}`);
  }

  private get stopped(): boolean {
    return this.s.signal?.aborted ?? false;
  }

  /** One pass over every feed, then the re-briefing of every story that received documents. */
  async poll(): Promise<PollCounts> {
    const ctx = this.s.ctx();
    const counts: PollCounts = {
      feeds: 0,
      notModified: 0,
      failed: 0,
      stored: 0,
      duplicate: 0,
      rejected: 0,
      seen: 0,
      queued: 0,
      changes: 0,
    };
    const grown = new Set<string>();
    for (const feed of this.s.feeds) {
      if (this.stopped) break;
      counts.feeds++;
      await this.pollFeed(feed, ctx, counts, grown);
    }
    for (const name of grown) counts.changes += await this.rebrief(name, ctx);
    return counts;
  }

  /** Re-briefs a story that grew; logs and hands on the changes recorded. Returns how many. */
  async rebrief(name: string, ctx: Context): Promise<number> {
    const story = await this.store.getStory(name);
    // a story the clustering merged into another is left without documents: nothing to brief
    if (!story || (await this.store.listDocuments(story)).length === 0) return 0;
    const lastSeq = (await this.store.listChanges({ story })).at(-1)?.seq ?? 0;
    const r = await rebriefStory(this.store, story, ctx);
    if (r.changes.length === 0) return 0;
    const recorded = (await this.store.listChanges({ story })).filter((c) => c.seq > lastSeq);
    for (const c of recorded) this.s.log(`change ${c.story}: ${c.kind}: ${c.summary}`);
    await this.s.onChanges?.(recorded);
    return recorded.length;
  }

  private async failFeed(state: FeedState, why: string, counts: PollCounts): Promise<void> {
    counts.failed++;
    const failures = state.failures + 1;
    await this.store.putFeed({ ...state, checkedAt: this.now(), failures, lastError: why });
    this.s.log(`feed ${state.url}: ${why} (${failures} failed poll${failures === 1 ? '' : 's'} in a row)`);
  }

  private now(): string {
    return new Date().toISOString();
  }

  private async pollFeed(url: string, ctx: Context, counts: PollCounts, grown: Set<string>): Promise<void> {
    let state = await this.store.getFeed(url);
    if (!state) {
      // Recorded before its items, which refer to it.
      state = unpolledFeed(url);
      await this.store.putFeed(state);
    }
    if (!(await this.allowed(url, ctx)))
      return this.failFeed(state, 'robots.txt disallows fetching it', counts);
    const headers: Record<string, string> = {};
    if (state.etag) headers['if-none-match'] = state.etag;
    if (state.lastModified) headers['if-modified-since'] = state.lastModified;
    const r = await this.gate.run(url, () => fetchUrl(url, this.fetchOpts(ctx, { headers })));
    if (r.issue) return this.failFeed(state, r.issue.message, counts);
    if (r.notModified || !r.input) {
      counts.notModified++;
      await this.store.putFeed({
        ...state,
        checkedAt: this.now(),
        okAt: this.now(),
        failures: 0,
        lastError: null,
      });
      return;
    }
    const read = readFeed(r.input, ctx, this.s.maxBytes);
    for (const child of read.sitemaps.slice(0, this.s.maxFollow)) {
      const c = await this.gate.run(child, () => fetchUrl(child, this.fetchOpts(ctx)));
      if (c.input) read.items.push(...readFeed(c.input, ctx, this.s.maxBytes).items);
      else if (c.issue) this.s.log(`feed ${url}: sitemap ${child}: ${c.issue.message}`);
    }
    const errors = read.issues.filter((i) => i.severity === 'error');
    if (read.items.length === 0 && errors.length > 0) return this.failFeed(state, errors[0]!.message, counts);
    let taken = 0;
    let complete = true;
    for (const item of read.items) {
      if (this.stopped) {
        complete = false;
        break;
      }
      if (await this.store.feedItemSeen(url, item.key)) {
        counts.seen++;
        continue;
      }
      if (++taken > this.s.maxFollow) {
        complete = false;
        continue;
      }
      if (this.s.dispatch) {
        await this.s.dispatch(url, item);
        counts.queued++;
        continue;
      }
      const took = await this.takeItem(url, item, ctx);
      if (took.status === 'retry') complete = false;
      else counts[took.status]++;
      if (took.status === 'stored') grown.add(took.story);
      if (took.status === 'stored' || took.status === 'duplicate')
        for (const t of took.touched ?? []) grown.add(t);
    }
    // Validators are kept only once every item was taken: after a stop or a cap the next poll reads the feed again.
    await this.store.putFeed({
      ...state,
      etag: complete ? (r.etag ?? null) : null,
      lastModified: complete ? (r.lastModified ?? null) : null,
      checkedAt: this.now(),
      okAt: this.now(),
      failures: 0,
      lastError: null,
    });
  }

  /** One item: fetched when it is a link, cleaned, stored with its log line and item record in one transaction. */
  async takeItem(
    feed: string,
    item: FeedItem,
    ctx: Context,
    assignStory: AssignStory = this.s.assignStory,
  ): Promise<TakeOutcome> {
    return (await this.takeItems([{ feed, item }], ctx, assignStory))[0]!;
  }

  /** Items taken in one go: each fetched and cleaned, then, with the stream clustering, all placed under one hold
   * of its lock (a worker's batch of jobs pays the lock and the commit once). Outcomes in the order given. */
  async takeItems(
    items: { feed: string; item: FeedItem }[],
    ctx: Context,
    assignStory: AssignStory = this.s.assignStory,
  ): Promise<TakeOutcome[]> {
    const out: TakeOutcome[] = [];
    const ready: { at: number; p: Prepared }[] = [];
    for (const [at, { feed, item }] of items.entries()) {
      const p = await this.prepare(feed, item, ctx);
      if ('status' in p) out[at] = p;
      else ready.push({ at, p });
    }
    let placed: { stored: PutOutcome; story: string; touched: string[] }[];
    if (assignStory instanceof StreamClusterer)
      placed = await assignStory.placeMany(
        ready.map(({ p }) => ({ doc: p.doc, day: arrivalDay(p.doc, ctx.now) })),
        {
          store: (arrivals) =>
            this.storeAll(arrivals.map(({ at, story, doc }) => ({ p: ready[at]!.p, story, doc }))),
          // kept with the item, so a worker re-running its job after dying still re-briefs those stories
          touched: (at, put, story, others) =>
            this.store.recordFeedItem(ready[at]!.p.feed, ready[at]!.p.item.key, {
              status: put.status,
              story,
              docId: put.id,
              touched: others,
            }),
        },
      );
    else {
      placed = [];
      for (const { p } of ready) {
        const name = await assignStory(p.doc, { feed: p.feed });
        const [stored] = await this.storeAll([{ p, story: name, doc: p.doc }]);
        placed.push({ stored: stored!, story: name, touched: [] });
      }
    }
    ready.forEach(({ at, p }, k) => {
      const { stored: put, story, touched } = placed[k]!;
      this.s.log(`${put.status} ${p.doc.source} as ${story}/${put.id}`);
      out[at] = { status: put.status, story, docId: put.id, touched };
    });
    return out;
  }

  /** An item fetched when it is a link and cleaned; or why it was not taken. */
  private async prepare(feed: string, item: FeedItem, ctx: Context): Promise<Prepared | TakeOutcome> {
    let raws: RawDocument[];
    if ('raw' in item) raws = [item.raw];
    else {
      const url = item.link.url;
      if (!(await this.allowed(url, ctx)))
        return this.reject(feed, item.key, url, 'robots.txt disallows fetching it');
      const r = await this.gate.run(url, () => fetchUrl(url, this.fetchOpts(ctx, { meta: item.link.meta })));
      if (!r.input) {
        const why = r.issue ?? { code: 'fetch.network', message: `${url}: no answer` };
        if (isTransient(why.code, why.message)) {
          this.s.log(`item ${url}: ${why.message} (will retry)`);
          return { status: 'retry', reason: why.message };
        }
        return this.reject(feed, item.key, url, why.message);
      }
      const ing = ingest(r.input, ctx, { maxBytes: this.s.maxBytes });
      raws = ing.value.docs.slice(0, 1);
      if (raws.length === 0)
        return this.reject(feed, item.key, url, ing.issues[0]?.message ?? 'no article in the page');
    }
    const cleaned = cleanAll(raws, ctx);
    const doc = cleaned.value[0];
    const raw = raws.find((x) => x.id === doc?.id) ?? raws[0]!;
    if (!doc)
      return this.reject(
        feed,
        item.key,
        raw.source,
        cleaned.issues[0]?.message ?? 'nothing left after cleaning',
      );
    return { feed, item, raw, doc };
  }

  /** Stores prepared items in the named stories, each with its log line and item record, in one transaction and
   * a few statements for all of them (one per table). */
  private async storeAll(items: { p: Prepared; story: string; doc: Document }[]): Promise<PutOutcome[]> {
    const stories = await this.store.createStories(items.map((i) => i.story));
    return this.store.transaction(async () => {
      const puts = await this.store.putDocuments(
        items.map(({ p, doc }, k) => ({ story: stories[k]!, raw: p.raw, doc })),
      );
      await this.store.logIngestMany(
        items.map(({ doc }, k) => ({
          story: stories[k]!,
          entry: { input: doc.source, status: puts[k]!.status, docId: puts[k]!.id },
        })),
      );
      await this.store.recordFeedItems(
        items.map(({ p }, k) => ({
          feed: p.feed,
          key: p.item.key,
          record: { status: puts[k]!.status, story: stories[k]!.name, docId: puts[k]!.id },
        })),
      );
      return puts;
    });
  }

  private async reject(feed: string, key: string, input: string, reason: string): Promise<TakeOutcome> {
    await this.store.recordFeedItem(feed, key, { status: 'rejected', reason });
    this.s.log(`rejected ${input}: ${reason}`);
    return { status: 'rejected', reason };
  }

  /** Polls every `everyMs` until the signal stops it; a poll in progress finishes its item first. */
  async run(everyMs: number, once: boolean): Promise<void> {
    for (;;) {
      let c: PollCounts;
      try {
        c = await this.poll();
      } catch (e) {
        if (!isUnavailable(e) || once) throw e;
        this.s.log(
          `poll failed, the database is unavailable: ${(e as Error).message} (the next poll tries again)`,
        );
        await sleep(everyMs, this.s.signal);
        if (this.stopped) return;
        continue;
      }
      this.s.log(
        `poll: ${c.feeds} feeds (${c.notModified} not modified, ${c.failed} failed), ${c.stored} stored, ` +
          `${c.duplicate} duplicate, ${c.rejected} rejected, ${c.changes} changes` +
          (this.s.dispatch ? `, ${c.queued} queued` : ''),
      );
      if (once || this.stopped) return;
      await sleep(everyMs, this.s.signal);
      if (this.stopped) return;
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
