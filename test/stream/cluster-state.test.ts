// The stream clustering's state kept in the store as rows: a process that restarts, or one that takes turns with
// another on the same database, makes the decisions one uninterrupted clustering makes, and the state it reads
// back is the state that clustering holds. The stream is invented (stream-gen.ts) and crosses merges, splits,
// moves and a sweep of quiet stories; the state is saved every few articles so that many saves are crossed.
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { assign, type ClusterState, emptyState, StoryBook } from '../../src/cluster/index.ts';
import type { Document } from '../../src/model/document.ts';
import { StreamClusterer, storyName } from '../../src/serve/stream/clustering.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { tempDir } from '../store/fixtures.ts';
import { freshDatabase } from '../support/postgres.ts';
import { inventedStream, type StreamArticle } from './stream-gen.ts';

const SAVE_EVERY = 64;
let stream: StreamArticle[];
/** One uninterrupted clustering of the stream, in memory: each article's story on arrival, the final state, and
 * where each article ends up once every merge, split and move is applied. */
let reference: { stories: string[]; events: Record<string, number>; state: ClusterState; book: StoryBook };

/** The stream clustered in memory, without a store. */
function clusterInMemory(stream: StreamArticle[]): typeof reference {
  const state = emptyState();
  const events: Record<string, number> = {};
  const book = new StoryBook();
  const stories = stream.map((a) => {
    const r = assign(state, a.doc, a.day).value;
    book.arrive(a.doc.id, r.story);
    for (const e of r.events) {
      events[e.event] = (events[e.event] ?? 0) + 1;
      book.apply(e);
    }
    return storyName(r.story);
  });
  return { stories, events, state, book };
}

/** Where each article of `articles` ends up once the in-memory run `run` is over: article id → story name. */
const finalStories = (
  articles: typeof stream,
  run: ReturnType<typeof clusterInMemory>,
): Map<string, string> =>
  new Map(articles.map((a) => [a.doc.id, storyName(run.book.storyOfArticle(a.doc.id)!)]));

beforeAll(() => {
  stream = inventedStream(400, 40);
  reference = clusterInMemory(stream);
});

describe('the clustering state kept as rows', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(() => {
    tmp = tempDir();
    db = join(tmp.dir, 'stream.db');
  });
  afterEach(() => tmp.cleanup());

  const place = async (c: StreamClusterer, a: StreamArticle) =>
    (await c.place(a.doc, a.day, async (s) => s)).story;
  /** Placed and stored, as watch stores it. */
  const placeAndStore = async (store: Store, c: StreamClusterer, a: StreamArticle) => {
    const raw = { id: a.doc.id, source: a.doc.source, kind: 'text' as const, body: a.doc.text, meta: {} };
    const put = async (name: string, doc: Document) =>
      store.putDocument(await store.createStory(name), raw, doc);
    const placed = await c.place(a.doc, a.day, put);
    expect(placed.stored.status).toBe('stored');
    return placed.story;
  };

  /** Placed and stored as a worker's batch is: runs of arrivals stored in a few statements each. */
  const placeBatch = async (store: Store, c: StreamClusterer, batch: StreamArticle[]) => {
    const raw = (doc: Document) => ({
      id: doc.id,
      source: doc.source,
      kind: 'text' as const,
      body: doc.text,
      meta: {},
    });
    const runs: number[] = [];
    const placed = await c.placeMany(batch, {
      store: async (arrivals) => {
        runs.push(arrivals.length);
        const stories = await store.createStories(arrivals.map((a) => a.story));
        return store.putDocuments(
          arrivals.map((a, k) => ({ story: stories[k]!, raw: raw(a.doc), doc: a.doc })),
        );
      },
    });
    for (const p of placed) expect(p.stored.status).toBe('stored');
    return { stories: placed.map((p) => p.story), runs };
  };

  /** Batches of uneven length (1 to 40 articles) over the stream. */
  function* batchesOf<T>(items: T[]): Generator<T[]> {
    for (let i = 0, k = 0; i < items.length; k++) {
      const n = 1 + ((k * 13) % 40);
      yield items.slice(i, i + n);
      i += n;
    }
  }

  /** Story name → its documents' ids, for every story listed; none may be listed empty. */
  async function storedStories(store: Store): Promise<Map<string, string>> {
    const stored = new Map<string, string>();
    for (const s of await store.listStories()) {
      expect(s.documents).toBeGreaterThan(0);
      for (const d of await store.listDocuments(s)) stored.set(d.id, s.name);
    }
    return stored;
  }

  it('the invented stream crosses merges, splits, moves and a sweep', () => {
    expect(reference.events.merge).toBeGreaterThan(0);
    expect(reference.events.split).toBeGreaterThan(0);
    expect(reference.events.move).toBeGreaterThan(0);
    expect(reference.state.sweptAt).toBeGreaterThan(0);
  });

  it('a process restarted every 500 articles makes the uninterrupted decisions and reads back its state', async () => {
    const got: string[] = [];
    for (let from = 0; from < stream.length; from += 500) {
      const store = openStore(db, { create: true });
      const c = new StreamClusterer(store, SAVE_EVERY);
      for (const a of stream.slice(from, from + 500)) got.push(await placeAndStore(store, c, a));
      await store.close();
    }
    expect(got).toEqual(reference.stories);
    const store = openStore(db);
    expect(await new StreamClusterer(store, SAVE_EVERY).currentState()).toEqual(reference.state);
    // member rows of articles no story remembers went with the sweep
    expect((await store.clusterMemberKeys()).length).toBeLessThan(stream.length / 2);
    // every document sits in the story the clustering ends with it in; a story merged away is gone, not empty
    expect(await storedStories(store)).toEqual(finalStories(stream, reference));
    await store.close();
  }, 120_000);

  it('batches stored in runs make the uninterrupted decisions and leave each document where it ends up', async () => {
    const store = openStore(db, { create: true });
    const c = new StreamClusterer(store, SAVE_EVERY);
    const got: string[] = [];
    const runs: number[] = [];
    for (const b of batchesOf(stream)) {
      const r = await placeBatch(store, c, b);
      got.push(...r.stories);
      runs.push(...r.runs);
    }
    expect(got).toEqual(reference.stories);
    // most runs hold several articles: a run ends only where an arrival moves stored documents
    expect(runs.length).toBeLessThan(stream.length / 3);
    expect(await storedStories(store)).toEqual(finalStories(stream, reference));
    expect(await new StreamClusterer(store, SAVE_EVERY).currentState()).toEqual(reference.state);
    await store.close();
  }, 120_000);

  it('batches whose ids repeat, within a batch and across, are renamed as one by one renames them', async () => {
    // 23 ids, in batches of up to 40: an id comes again within a batch, after it was renamed there
    const reused = stream.map((a, i) => ({ ...a, doc: { ...a.doc, id: `item-${i % 23}` } }));
    const store = openStore(db, { create: true });
    const c = new StreamClusterer(store, SAVE_EVERY);
    for (const b of batchesOf(reused)) await placeBatch(store, c, b);
    const used = new Set<string>();
    const renamed = reused.map((a) => {
      let id = a.doc.id;
      for (let n = 2; used.has(id); n++) id = `${a.doc.id}-${n}`;
      used.add(id);
      return { ...a, doc: { ...a.doc, id } };
    });
    const expected = clusterInMemory(renamed);
    expect(await storedStories(store)).toEqual(finalStories(renamed, expected));
    await store.close();
  }, 120_000);

  it('documents arriving under ids already stored are renamed first, so that merges, splits and moves find them', async () => {
    // feeds reuse ids: 97 ids for the whole stream
    const reused = stream.map((a, i) => ({ ...a, doc: { ...a.doc, id: `item-${i % 97}` } }));
    const store = openStore(db, { create: true });
    const c = new StreamClusterer(store, SAVE_EVERY);
    for (const a of reused) await placeAndStore(store, c, a);
    // what the clustering saw: each id renamed to the first of id-2, id-3… not taken before it
    const used = new Set<string>();
    const renamed = reused.map((a) => {
      let id = a.doc.id;
      for (let n = 2; used.has(id); n++) id = `${a.doc.id}-${n}`;
      used.add(id);
      return { ...a, doc: { ...a.doc, id } };
    });
    const expected = clusterInMemory(renamed);
    expect(expected.events.split).toBeGreaterThan(0);
    expect(await storedStories(store)).toEqual(finalStories(renamed, expected));
    await store.close();
  }, 120_000);

  it('carries on from a state an older corroborate saved whole, writing it as rows', async () => {
    const store = openStore(db, { create: true });
    const head = emptyState();
    let applied = 0;
    for (const a of stream.slice(0, 300)) {
      assign(head, a.doc, a.day);
      applied = await store.appendClusterLog(a.doc, a.day);
    }
    const none = { put: [], gone: [] };
    await store.saveClusterState({
      header: JSON.stringify(head),
      applied,
      stories: none,
      members: none,
      postings: none,
      df: none,
    });
    const c = new StreamClusterer(store, SAVE_EVERY);
    const got: string[] = [];
    for (const a of stream.slice(300, 800)) got.push(await place(c, a));
    expect(got).toEqual(reference.stories.slice(300, 800));
    await store.close();
    const again = openStore(db);
    const rows = (await again.getClusterState())!;
    expect(JSON.parse(rows.header).rows).toBe(2);
    expect(rows.stories.length).toBeGreaterThan(0);
    const c2 = new StreamClusterer(again, SAVE_EVERY);
    for (const a of stream.slice(800, 900)) got.push(await place(c2, a));
    expect(got).toEqual(reference.stories.slice(300, 900));
    await again.close();
  }, 120_000);

  it('two processes taking turns on one database make the uninterrupted decisions', async () => {
    const stores: Store[] = [openStore(db, { create: true }), openStore(db)];
    const pair = stores.map((s) => new StreamClusterer(s, SAVE_EVERY));
    const got: string[] = [];
    // turns of uneven length, so that each is sometimes behind by more than a save interval
    let turn = 0;
    for (let i = 0; i < stream.length; ) {
      const n = turn % 3 === 2 ? 150 : 1 + (turn % 7);
      for (const a of stream.slice(i, i + n)) got.push(await place(pair[turn % 2]!, a));
      i += n;
      turn++;
    }
    expect(got).toEqual(reference.stories);
    // once each has seen the other at work, its turns mostly read the diffs the other's turns left: only the
    // articles of a long turn past a save interval are replayed (a whole state is read when nothing reaches back)
    const caught = pair.map((c) => c.caughtUp);
    for (const c of caught) expect(c.diffs).toBeGreaterThanOrEqual(10);
    expect(caught[0]!.replayed + caught[1]!.replayed).toBeLessThan(stream.length / 5);
    for (const s of stores) await s.close();
  }, 120_000);

  /** Batches handed to one process several at once, while another process takes a batch between each handful, so
   * that catching up is due when they arrive: the decisions are the uninterrupted ones. */
  async function handedAtOnce(stores: Store[]): Promise<void> {
    const pair = stores.map((s) => new StreamClusterer(s, SAVE_EVERY));
    const got: string[] = [];
    const batches = [...batchesOf(stream)];
    for (let i = 0; i < batches.length; i += 4) {
      got.push(...(await placeBatch(stores[1]!, pair[1]!, batches[i]!)).stories);
      const at = batches.slice(i + 1, i + 4).map((b) => placeBatch(stores[0]!, pair[0]!, b));
      for (const r of await Promise.all(at)) got.push(...r.stories);
    }
    expect(got).toEqual(reference.stories);
    expect(await storedStories(stores[0]!)).toEqual(finalStories(stream, reference));
    for (const s of stores) await s.close();
  }

  it('batches handed to one process at once (a worker with --concurrency) are placed one after another', async () => {
    await handedAtOnce([openStore(db, { create: true }), openStore(db)]);
  }, 120_000);

  it('the same on PostgreSQL, where a batch catches up outside the lock', async () => {
    const pgdb = await freshDatabase(inject('pgUrl'));
    try {
      await handedAtOnce([openStore(pgdb.url), openStore(pgdb.url)]);
    } finally {
      await pgdb.drop();
    }
  }, 120_000);

  it('two processes taking turns with batches make the uninterrupted decisions', async () => {
    const stores: Store[] = [openStore(db, { create: true }), openStore(db)];
    const pair = stores.map((s) => new StreamClusterer(s, SAVE_EVERY));
    const got: string[] = [];
    let turn = 0;
    for (const b of batchesOf(stream)) {
      const k = turn++ % 2;
      got.push(...(await placeBatch(stores[k]!, pair[k]!, b)).stories);
    }
    expect(got).toEqual(reference.stories);
    expect(await storedStories(stores[0]!)).toEqual(finalStories(stream, reference));
    // each turn's diff is read before the other queues for the lock (it holds the lock for its own articles only)
    for (const c of pair) {
      expect(c.caughtUp.diffs).toBeGreaterThanOrEqual(10);
      expect(c.caughtUp.before).toBeGreaterThanOrEqual(c.caughtUp.diffs - 2);
    }
    for (const s of stores) await s.close();
  }, 120_000);
});
