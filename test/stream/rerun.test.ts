// A fetch job re-run after its worker died once the item was stored (before the follow-up jobs were sent) finishes
// the job from the store: it sends the extract job, and the brief jobs of the stories the item's clustering
// merged, split or moved documents of. An extract job re-run after clustering moved its document finds it where it
// now is. Real PostgreSQL, real pg-boss, the worker's own job code.
import pg from 'pg';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { makeContext } from '../../src/context.ts';
import { DEFAULT_QUEUE, JobQueue, QUEUES } from '../../src/serve/stream/queue.ts';
import { storyPerFeed, Watcher } from '../../src/serve/stream/watch.ts';
import { JobRunner } from '../../src/serve/stream/worker.ts';
import { extractorVersion } from '../../src/store/extractor-version.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { makeDoc } from '../store/fixtures.ts';
import { freshDatabase } from '../support/postgres.ts';

const FEED = 'https://news.example/rss.xml';
let db: Awaited<ReturnType<typeof freshDatabase>>;
let store: Store;
let queue: JobQueue;

beforeEach(async () => {
  db = await freshDatabase(inject('pgUrl'));
  store = openStore(db.url);
  queue = await JobQueue.open(db.url, DEFAULT_QUEUE, () => {});
});
afterEach(async () => {
  await queue.stop(false);
  await store.close();
  await db.drop();
});

const queued = async (name: string): Promise<unknown[]> => {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    const r = await c.query('SELECT data FROM corroborate_jobs.job WHERE name = $1 ORDER BY data::text', [
      name,
    ]);
    return r.rows.map((x) => x.data);
  } finally {
    await c.end();
  }
};

const ctx = () => makeContext({ now: new Date('2025-03-05T00:00:00Z') });
function runner(): JobRunner {
  const watcher = new Watcher(store, {
    feeds: [],
    ctx,
    assignStory: storyPerFeed(),
    perHost: { concurrency: 1, delayMs: 0 },
    maxFollow: 10,
    maxBytes: 1_000_000,
    log: () => {},
  });
  return new JobRunner(store, queue, watcher, ctx);
}

it('re-sends the briefs of the stories a stored item touched when its job runs again', async () => {
  const jobs = runner();
  // what the first attempt left: the item stored in story-3, its arrival having merged story-7 into it
  const a = makeDoc('a', 'Harbour master Edda Vollan said 40 passengers were moved on Tuesday.');
  await store.putDocument(await store.createStory('story-3'), a.raw, a.doc);
  await store.recordFeedItem(FEED, 'a', {
    status: 'stored',
    story: 'story-3',
    docId: 'a',
    touched: ['story-7'],
  });

  const job = { feed: FEED, story: null, item: { key: 'a', raw: a.raw } };
  expect(await jobs.fetchMany([job, { not: 'a job' }])).toEqual([
    'stored story-3/a',
    expect.objectContaining({ message: expect.stringMatching(/^not a fetch job/) }),
  ]);
  expect(await queued(QUEUES.extract)).toEqual([{ story: 'story-3', doc: 'a' }]);
  expect(await queued(QUEUES.brief)).toEqual([{ story: 'story-7' }]);
  // nothing was stored twice
  expect((await store.listDocuments()).map((d) => d.id)).toEqual(['a']);
});

it('an extract job run again after clustering moved its document changes nothing and succeeds', async () => {
  const jobs = runner();
  const a = makeDoc('a', 'Harbour master Edda Vollan said 40 passengers were moved on Tuesday.');
  const from = await store.createStory('story-3');
  await store.putDocument(from, a.raw, a.doc);
  expect(await jobs.extract({ story: 'story-3', doc: 'a' })).toBe('extracted story-3/a');
  const version = extractorVersion();
  // a later arrival merged story-3 into story-5: the document (with its findings) moved, story-3 is retired
  const into = await store.createStory('story-5');
  expect(await store.moveDocuments(from, into, null)).toBe(1);
  expect(await store.retireStory(from, into)).toBe(true);
  const before = await store.documentsWithFindings(into, version);
  expect(before[0]!.findings).not.toBeNull();

  expect(await jobs.extract({ story: 'story-3', doc: 'a' })).toBe('extracted story-5/a');
  expect(await store.documentsWithFindings(into, version)).toEqual(before);
  expect(await queued(QUEUES.brief)).toEqual([{ story: 'story-3' }, { story: 'story-5' }]);
});

it('an extract job whose document moved before it ran extracts it where it is; one whose document is gone does nothing', async () => {
  const jobs = runner();
  const b = makeDoc('b', 'The council said repairs would cost at least 3 million crowns.');
  const from = await store.createStory('story-1');
  const into = await store.createStory('story-2');
  await store.putDocument(from, b.raw, b.doc);
  await store.putDocument(
    into,
    makeDoc('c', 'The ferry company said services resume on Friday.').raw,
    makeDoc('c', 'The ferry company said services resume on Friday.').doc,
  );
  expect(await store.moveDocuments(from, into, ['b'])).toBe(1);
  expect(await jobs.extract({ story: 'story-1', doc: 'b' })).toBe('extracted story-2/b');
  expect(await store.hasFindings(into, 'b', extractorVersion())).toBe(true);
  expect(await jobs.extract({ story: 'story-1', doc: 'gone' })).toBe(
    "not extracted: no document 'gone' is stored (it was in story 'story-1')",
  );
  expect(await store.listDocuments()).toHaveLength(2);
});
