// The database restarted under a running watch: the poll that meets it fails with a clear line, nothing is half
// stored, and the next poll carries on where the store says it was.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeContext } from '../../src/context.ts';
import { storyPerFeed, Watcher } from '../../src/serve/stream/watch.ts';
import { PostgresStore } from '../../src/store/postgres/pg-store.ts';
import { isUnavailable } from '../../src/store/unavailable.ts';
import { freshDatabase, type PgServer, startPostgres } from '../support/postgres.ts';
import { type Site, startSite } from './feed-server.ts';

let server: PgServer;
let site: Site;
beforeAll(async () => {
  server = await startPostgres(); // its own server: restarting the shared one would disturb other tests
  site = await startSite();
});
afterAll(async () => {
  await site.close();
  server.stop();
});

it('survives a PostgreSQL restart between and during polls, storing each article once', {
  timeout: 120_000,
}, async () => {
  const db = await freshDatabase(server.url);
  const store = new PostgresStore(db.url);
  const log: string[] = [];
  const watcher = new Watcher(store, {
    feeds: [`${site.origin}/feed.xml`],
    ctx: () => makeContext({ now: new Date('2025-03-05T00:00:00Z'), allowPrivateHosts: true }),
    assignStory: storyPerFeed('s'),
    perHost: { concurrency: 2, delayMs: 0 },
    maxFollow: 100,
    maxBytes: 50 * 1024 * 1024,
    log: (l) => log.push(l),
  });
  site.feeds.set('/feed.xml', [{ path: '/news/1', n: 1 }]);
  expect((await watcher.poll()).stored).toBe(1);

  // Restarted between polls: the pool's idle connections are dead. A poll may meet one (and fail as unavailable,
  // which watch logs and retries); the one after reconnects.
  server.restart();
  site.feeds.get('/feed.xml')!.push({ path: '/news/2', n: 2 });
  const second = await watcher.poll().catch((e: unknown) => e);
  if (second instanceof Error) {
    expect(isUnavailable(second)).toBe(true);
    expect((await watcher.poll()).stored).toBe(1);
  } else expect(second).toMatchObject({ stored: 1 });

  // Down during a poll: the poll fails as "unavailable", and after the restart nothing was lost or doubled.
  site.feeds.get('/feed.xml')!.push({ path: '/news/3', n: 3 });
  server.kill();
  const failed = await watcher.poll().catch((e: unknown) => e);
  expect(isUnavailable(failed)).toBe(true);
  server.start();
  const after = await watcher.poll();
  expect(after.stored).toBe(1);
  expect(after.seen).toBe(2);
  const story = (await store.getStory('s'))!;
  expect(await store.listDocuments(story)).toHaveLength(3);
  expect((await store.ingestLog(story)).filter((e) => e.status === 'stored')).toHaveLength(3);
  await store.close();
});
