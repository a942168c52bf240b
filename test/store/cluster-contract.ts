// What every Store keeps for the stream clustering (a saved state as rows, the log of articles since, documents moving
// between stories): run against each one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext } from '../../src/context.ts';
import { extractDoc } from '../../src/pipeline.ts';
import type { Store } from '../../src/store/store.ts';
import { makeDoc } from './fixtures.ts';

const ctx = makeContext({ now: new Date('2025-03-05T00:00:00Z') });
const none = { put: [], gone: [] };
const nothing = { stories: none, members: none, postings: none, df: none };

export function clusterContract(
  name: string,
  open: () => Promise<{ store: Store; dispose: () => Promise<void> }>,
) {
  describe(`Cluster store contract: ${name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await open());
    });
    afterEach(async () => {
      await dispose();
    });

    it('logs clustered articles in order and keeps one save interval of them past the saved state', async () => {
      expect(await store.clusterApplied()).toEqual({ applied: 0, pruned: 0 });
      expect(await store.getClusterState()).toBeNull();
      const docs = ['a', 'b', 'c'].map((id) => makeDoc(id, `Article ${id} about the harbour.`).doc);
      const seqs: number[] = [];
      for (const [i, d] of docs.entries()) seqs.push(await store.appendClusterLog(d, 20_000 + i));
      expect(seqs[1]).toBeGreaterThan(seqs[0]!);
      const all = await store.clusterLogSince(0);
      expect(all.map((e) => [e.seq, e.doc, e.day])).toEqual(docs.map((d, i) => [seqs[i], d, 20_000 + i]));

      await store.saveClusterState({ ...nothing, header: '{"first":true}', applied: seqs[1]! });
      expect(await store.clusterApplied()).toEqual({ applied: seqs[1], pruned: 0 });
      expect((await store.clusterLogSince(0)).map((e) => e.seq)).toEqual(seqs);

      await store.saveClusterState({ ...nothing, header: '{"second":true}', applied: seqs[2]! });
      expect(await store.getClusterState()).toEqual({
        header: '{"second":true}',
        applied: seqs[2],
        stories: [],
        members: [],
        postings: [],
        df: [],
      });
      expect(await store.clusterApplied()).toEqual({ applied: seqs[2], pruned: seqs[1] });
      expect((await store.clusterLogSince(0)).map((e) => e.seq)).toEqual([seqs[2]]);
    });

    it('saves only the rows given: new and changed rows are written, gone ones removed, others kept', async () => {
      const many = Array.from({ length: 700 }, (_, i) => ({ key: `t:w${i}`, n: i + 1, last: 20_000 }));
      await store.saveClusterState({
        header: '{"rows":true}',
        applied: 1,
        stories: {
          put: [
            { id: 's1', body: '{"a":1}' },
            { id: 's2', body: '{"b":2}' },
          ],
          gone: [],
        },
        members: {
          put: [
            { key: '7', body: '{"m":7}' },
            { key: '8', body: '{"m":8}' },
          ],
          gone: [],
        },
        postings: { put: [{ key: 'n:varnholt', stories: '["s1"]' }], gone: [] },
        df: { put: many, gone: [] },
      });
      await store.saveClusterState({
        header: '{"rows":2}',
        applied: 2,
        stories: {
          put: [
            { id: 's2', body: '{"b":3}' },
            { id: 's3', body: '{"c":1}' },
          ],
          gone: ['s1'],
        },
        // a member row never changes: written again, the first body stays
        members: {
          put: [
            { key: '8', body: '{"m":"other"}' },
            { key: '9', body: '{"m":9}' },
          ],
          gone: ['7'],
        },
        postings: { put: [{ key: 't:quake', stories: '["s2","s3"]' }], gone: ['n:varnholt'] },
        df: { put: [{ key: 't:w5', n: 99, last: 20_001 }], gone: many.slice(10).map((r) => r.key) },
      });
      const saved = (await store.getClusterState())!;
      expect(saved.header).toBe('{"rows":2}');
      expect(saved.applied).toBe(2);
      const byKey = <T extends object>(rows: T[], k: keyof T) =>
        [...rows].sort((a, b) => String(a[k]).localeCompare(String(b[k])));
      expect(byKey(saved.stories, 'id')).toEqual([
        { id: 's2', body: '{"b":3}' },
        { id: 's3', body: '{"c":1}' },
      ]);
      expect(saved.postings).toEqual([{ key: 't:quake', stories: '["s2","s3"]' }]);
      expect(byKey(saved.members, 'key')).toEqual([
        { key: '8', body: '{"m":8}' },
        { key: '9', body: '{"m":9}' },
      ]);
      expect((await store.clusterMemberKeys()).sort()).toEqual(['8', '9']);
      expect(byKey(saved.df, 'key')).toEqual(
        byKey(
          many.slice(0, 10).map((r) => (r.key === 't:w5' ? { ...r, n: 99, last: 20_001 } : r)),
          'key',
        ),
      );
    });

    it('writes index keys and term counts given in any order, and leaves the rows it was given as they were', async () => {
      // more rows than one statement takes, keys out of order: written in key order, every one of them
      const keys = Array.from({ length: 2_500 }, (_, i) => `t:k${(i * 7919) % 2_500}`);
      const postings = keys.map((key, i) => ({ key, stories: `["s${i}"]` }));
      const df = keys.map((key, i) => ({ key, n: i + 1, last: 20_000 }));
      const save = {
        ...nothing,
        header: '{"rows":2}',
        applied: 1,
        postings: { put: postings, gone: [] },
        df: { put: df, gone: [] },
      };
      await store.saveClusterState(save);
      const goneKeys = keys.slice(0, 1_500).reverse();
      await store.saveClusterState({
        ...nothing,
        header: '{"rows":2}',
        applied: 2,
        postings: { put: [], gone: goneKeys },
        df: { put: [], gone: goneKeys },
      });
      expect(save.postings.put.map((r) => r.key)).toEqual(keys);
      expect(save.df.put.map((r) => r.key)).toEqual(keys);
      expect(goneKeys[0]).toBe(keys[1_499]);
      const saved = (await store.getClusterState())!;
      const sorted = <T extends { key: string }>(rows: T[]) =>
        [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      expect(sorted(saved.postings)).toEqual(sorted(postings.slice(1_500)));
      expect(sorted(saved.df)).toEqual(sorted(df.slice(1_500)));
    });

    it('logs a batch of articles in one statement, numbered in order after the entries before', async () => {
      const docs = ['a', 'b', 'c', 'd'].map((id) => makeDoc(id, `Article ${id} about the harbour.`).doc);
      const first = await store.appendClusterLog(docs[0]!, 20_000);
      const seqs = await store.appendClusterLogMany(
        docs.slice(1).map((doc, i) => ({ doc, day: 20_001 + i })),
      );
      expect(seqs).toHaveLength(3);
      expect(seqs[0]).toBeGreaterThan(first);
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
      expect((await store.clusterLogSince(first)).map((e) => [e.seq, e.doc.id, e.day])).toEqual([
        [seqs[0], 'b', 20_001],
        [seqs[1], 'c', 20_002],
        [seqs[2], 'd', 20_003],
      ]);
      expect(await store.appendClusterLogMany([])).toEqual([]);
    });

    it("keeps the turns' diffs after an entry, in order, until a save drops them with the log", async () => {
      await store.appendClusterDiff({ since: 0, applied: 3, body: '{"turn":1}' });
      await store.appendClusterDiff({ since: 3, applied: 5, body: '{"turn":2}' });
      await store.appendClusterDiff({ since: 5, applied: 9, body: '{"turn":3}' });
      expect(await store.clusterDiffsSince(3)).toEqual([
        { since: 3, applied: 5, body: '{"turn":2}' },
        { since: 5, applied: 9, body: '{"turn":3}' },
      ]);
      expect(await store.clusterDiffsSince(9)).toEqual([]);
      await store.saveClusterState({ ...nothing, header: '{"h":1}', applied: 5 });
      await store.saveClusterState({ ...nothing, header: '{"h":2}', applied: 9, pruneTo: 4 });
      expect(await store.clusterApplied()).toEqual({ applied: 9, pruned: 4 });
      expect((await store.clusterDiffsSince(0)).map((d) => d.applied)).toEqual([5, 9]);
    });

    it('tells which ids stored documents have, in any story', async () => {
      const x = makeDoc('x', 'Harbour master Edda Vollan said 40 passengers were moved on Tuesday.');
      const y = makeDoc('y', 'The council said repairs would cost at least 3 million crowns.');
      await store.putDocument(await store.createStory('one'), x.raw, x.doc);
      await store.putDocument(await store.createStory('two'), y.raw, y.doc);
      expect([...(await store.takenDocumentIds(['x', 'y', 'z', 'x']))].sort()).toEqual(['x', 'y']);
      expect(await store.takenDocumentIds([])).toEqual(new Set());
    });

    it('moves documents between stories with their findings, renaming an id the target already holds', async () => {
      const from = await store.createStory('from');
      const into = await store.createStory('into');
      const x = makeDoc('x', 'Harbour master Edda Vollan said 40 passengers were moved on Tuesday.');
      const y = makeDoc('y', 'The council said repairs would cost at least 3 million crowns.');
      const other = makeDoc('x', 'Another x: the ferry company said services resume on Friday.');
      await store.putDocument(from, x.raw, x.doc);
      await store.putDocument(from, y.raw, y.doc);
      await store.putDocument(into, other.raw, other.doc);
      await store.putFindings(from, 'x', 'v1', extractDoc(x.doc, ctx).value);

      expect(await store.moveDocuments(from, into, ['x'])).toBe(1);
      // listed in the order they were first stored: the moved x came before the target's own
      expect((await store.listDocuments(into)).map((d) => d.id)).toEqual(['x-2', 'x']);
      expect(await store.hasFindings(into, 'x-2', 'v1')).toBe(true);
      expect(await store.moveDocuments(from, into, null)).toBe(1);
      expect((await store.listDocuments(from)).map((d) => d.id)).toEqual([]);
      expect((await store.listDocuments(into)).map((d) => d.id)).toEqual(['x-2', 'y', 'x']);
      expect(await store.moveDocuments(from, into, ['nothing'])).toBe(0);
    });

    it('leaves in place a document whose content the target story already holds', async () => {
      const from = await store.createStory('from');
      const into = await store.createStory('into');
      const a = makeDoc('a', 'Harbour master Edda Vollan said 40 passengers were moved on Tuesday.');
      const copy = makeDoc('a-copy', 'Harbour master Edda Vollan said 40 passengers were moved on Tuesday.');
      const b = makeDoc('b', 'The council said repairs would cost at least 3 million crowns.');
      await store.putDocument(into, a.raw, a.doc);
      await store.putDocument(from, copy.raw, copy.doc);
      await store.putDocument(from, b.raw, b.doc);
      expect(await store.moveDocuments(from, into, null)).toBe(1);
      expect((await store.listDocuments(from)).map((d) => d.id)).toEqual(['a-copy']);
      expect((await store.listDocuments(into)).map((d) => d.id)).toEqual(['a', 'b']);
    });

    it('retires a story a merge emptied, its ingest log and changes going to the story it merged into', async () => {
      const from = await store.createStory('from');
      const into = await store.createStory('into');
      const x = makeDoc('x', 'Harbour master Edda Vollan said 40 passengers were moved on Tuesday.');
      await store.putDocument(from, x.raw, x.doc);
      await store.logIngest(from, { input: 'x.txt', status: 'stored', docId: 'x' });
      const change = { kind: 'new-story', summary: 'new story: from', detail: {} } as const;
      await store.addChanges(from, [change]);
      expect(await store.retireStory(from, into)).toBe(false);
      expect(await store.moveDocuments(from, into, null)).toBe(1);
      expect(await store.retireStory(from, into)).toBe(true);
      expect((await store.listStories()).map((s) => [s.name, s.documents])).toEqual([['into', 1]]);
      expect(await store.getStory('from')).toBeNull();
      expect((await store.listChanges({ story: into })).map((c) => c.summary)).toEqual(['new story: from']);
      expect((await store.ingestLog(into)).map((e) => e.docId)).toEqual(['x']);
    });

    it('serialises clustering under its lock', async () => {
      const order: string[] = [];
      const job = (n: string) =>
        store.withClusterLock(async () => {
          order.push(`${n}:start`);
          await new Promise((r) => setTimeout(r, 20));
          order.push(`${n}:end`);
        });
      await Promise.all([job('a'), job('b')]);
      // either may go first; neither starts before the other ends
      const first = order[0]!.slice(0, 1);
      const second = first === 'a' ? 'b' : 'a';
      expect(order).toEqual([`${first}:start`, `${first}:end`, `${second}:start`, `${second}:end`]);
    });
  });
}
