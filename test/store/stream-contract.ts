// What every Store keeps for a stream of articles (findings, briefings, changes, feed state): run against each one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext } from '../../src/context.ts';
import type { Briefing } from '../../src/model/briefing.ts';
import { extractDoc } from '../../src/pipeline.ts';
import type { Store } from '../../src/store/store.ts';
import { briefDoc, emptyBriefing } from '../support/briefing.ts';
import { makeDoc } from './fixtures.ts';

const ctx = makeContext({ now: new Date('2025-03-05T00:00:00Z') });

function briefingOf(id: string, docs: string[]): Briefing {
  return emptyBriefing({ story: { id, title: id }, documents: docs.map((d) => briefDoc(d)) });
}

export function streamContract(
  name: string,
  open: () => Promise<{ store: Store; dispose: () => Promise<void> }>,
) {
  describe(`Stream store contract: ${name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await open());
    });
    afterEach(async () => {
      await dispose();
    });

    it('keeps findings per document and extractor version, and reads them back equal', async () => {
      const story = await store.createStory('s');
      const a = makeDoc('a1', 'Harbour master Edda Vollan said 40 passengers were moved on Tuesday.');
      const b = makeDoc('b1', 'The council said repairs would cost at least 3 million crowns.');
      await store.putDocument(story, a.raw, a.doc);
      await store.putDocument(story, b.raw, b.doc);
      const x = extractDoc(a.doc, ctx).value;
      await store.putFindings(story, 'a1', 'v1', x);
      const rows = await store.documentsWithFindings(story, 'v1');
      expect(rows.map((r) => [r.doc.id, r.findings !== null])).toEqual([
        ['a1', true],
        ['b1', false],
      ]);
      expect(rows[0]!.findings).toEqual(x);
      expect(await store.hasFindings(story, 'a1', 'v1')).toBe(true);
      expect(await store.hasFindings(story, 'b1', 'v1')).toBe(false);
      // Another extractor version does not see them; storing under it replaces the old ones.
      expect((await store.documentsWithFindings(story, 'v2'))[0]!.findings).toBeNull();
      await store.putFindings(story, 'a1', 'v2', x);
      expect((await store.documentsWithFindings(story, 'v1'))[0]!.findings).toBeNull();
    });

    it('keeps the last briefing of a story with the key of its inputs', async () => {
      const story = await store.createStory('s');
      expect(await store.getBriefing(story)).toBeNull();
      await store.putBriefing(story, 'k1', briefingOf('s', ['a']));
      await store.putBriefing(story, 'k2', briefingOf('s', ['a', 'b']));
      const got = await store.getBriefing(story);
      expect(got?.inputsKey).toBe('k2');
      expect(got?.briefing.documents.map((d) => d.id)).toEqual(['a', 'b']);
    });

    it('records changes in order, by story and since a time', async () => {
      const s1 = await store.createStory('one');
      const s2 = await store.createStory('two');
      await store.addChanges(s1, [{ kind: 'new-story', summary: 'new story: one', detail: { docs: ['a'] } }]);
      await store.addChanges(s2, [
        { kind: 'new-story', summary: 'new story: two', detail: {} },
        { kind: 'new-source', summary: 'new source: b', detail: { doc: 'b' } },
      ]);
      const all = await store.listChanges();
      expect(all.map((c) => [c.story, c.kind])).toEqual([
        ['one', 'new-story'],
        ['two', 'new-story'],
        ['two', 'new-source'],
      ]);
      expect(all[0]!.detail).toEqual({ docs: ['a'] });
      expect((await store.listChanges({ story: s2 })).map((c) => c.kind)).toEqual([
        'new-story',
        'new-source',
      ]);
      expect(await store.listChanges({ since: '2999-01-01T00:00:00Z' })).toEqual([]);
      expect(all[2]!.seq).toBeGreaterThan(all[1]!.seq);
    });

    it('remembers feed state and the items taken from a feed', async () => {
      const url = 'https://news.example/rss.xml';
      expect(await store.getFeed(url)).toBeNull();
      const state = {
        url,
        etag: '"v1"',
        lastModified: 'Tue, 04 Mar 2025 10:00:00 GMT',
        checkedAt: '2025-03-04T10:00:00Z',
        okAt: '2025-03-04T10:00:00Z',
        failures: 0,
        lastError: null,
      };
      await store.putFeed(state);
      await store.putFeed({ ...state, failures: 2, lastError: 'HTTP 500' });
      expect(await store.getFeed(url)).toEqual({ ...state, failures: 2, lastError: 'HTTP 500' });
      expect(await store.feedItemSeen(url, 'https://news.example/a')).toBe(false);
      await store.recordFeedItem(url, 'https://news.example/a', { status: 'stored', story: 's', docId: 'a' });
      expect(await store.feedItemSeen(url, 'https://news.example/a')).toBe(true);
      expect(await store.getFeedItem(url, 'https://news.example/a')).toEqual({
        status: 'stored',
        story: 's',
        docId: 'a',
        reason: null,
      });
      expect(await store.getFeedItem(url, 'https://news.example/b')).toBeNull();
      // the stories a clustered item's arrival touched are kept with it; several items are read in one go
      await store.recordFeedItem(url, 'https://news.example/c', {
        status: 'stored',
        story: 's',
        docId: 'c',
        touched: ['t', 'u'],
      });
      expect(
        await store.getFeedItems([
          { feed: url, key: 'https://news.example/c' },
          { feed: url, key: 'https://news.example/b' },
          { feed: url, key: 'https://news.example/a' },
        ]),
      ).toEqual([
        { status: 'stored', story: 's', docId: 'c', reason: null, touched: ['t', 'u'] },
        null,
        { status: 'stored', story: 's', docId: 'a', reason: null },
      ]);
      // An item of a feed never polled here (queued by another machine) records its feed too.
      await store.recordFeedItem('https://other.example/rss', 'https://other.example/x', {
        status: 'duplicate',
      });
      expect(await store.getFeed('https://other.example/rss')).toMatchObject({ failures: 0, etag: null });
      expect(await store.feedItemSeen('https://other.example/feed', 'https://news.example/a')).toBe(false);
    });

    it('records a batch of feed items as one by one: its feeds created, an item named twice keeps its last', async () => {
      const url = 'https://news.example/rss.xml';
      await store.recordFeedItem(url, 'k1', { status: 'rejected', reason: 'HTTP 404' });
      await store.recordFeedItems([
        { feed: url, key: 'k1', record: { status: 'stored', story: 's', docId: 'a' } },
        {
          feed: 'https://other.example/rss',
          key: 'k1',
          record: { status: 'duplicate', story: 't', docId: 'b' },
        },
        { feed: url, key: 'k2', record: { status: 'stored', story: 's', docId: 'c' } },
        { feed: url, key: 'k2', record: { status: 'stored', story: 'u', docId: 'c', touched: ['s'] } },
      ]);
      expect(
        await store.getFeedItems([
          { feed: url, key: 'k1' },
          { feed: 'https://other.example/rss', key: 'k1' },
          { feed: url, key: 'k2' },
        ]),
      ).toEqual([
        { status: 'stored', story: 's', docId: 'a', reason: null },
        { status: 'duplicate', story: 't', docId: 'b', reason: null },
        { status: 'stored', story: 'u', docId: 'c', reason: null, touched: ['s'] },
      ]);
      expect(await store.getFeed('https://other.example/rss')).toMatchObject({ failures: 0, etag: null });
    });

    it('keeps parked jobs with their latest reason', async () => {
      await store.parkJob({ id: 'j1', queue: 'fetch', data: { feed: 'f' }, reason: 'HTTP 503', tries: 3 });
      await store.parkJob({ id: 'j1', queue: 'fetch', data: { feed: 'f' }, reason: 'HTTP 500', tries: 4 });
      const parked = await store.listParked();
      expect(parked).toHaveLength(1);
      expect(parked[0]).toMatchObject({
        id: 'j1',
        queue: 'fetch',
        data: { feed: 'f' },
        reason: 'HTTP 500',
        tries: 4,
      });
    });

    it('serialises work on one story under its lock', async () => {
      const story = await store.createStory('s');
      const order: string[] = [];
      const job = (name: string) =>
        store.withStoryLock(story, async () => {
          order.push(`${name}:start`);
          await new Promise((r) => setTimeout(r, 20));
          order.push(`${name}:end`);
        });
      await Promise.all([job('a'), job('b')]);
      // either may go first (PostgreSQL hands out connections in any order); neither starts before the other ends
      const [x, y] = order[0] === 'a:start' ? ['a', 'b'] : ['b', 'a'];
      expect(order).toEqual([`${x}:start`, `${x}:end`, `${y}:start`, `${y}:end`]);
    });
  });
}
