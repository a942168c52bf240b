// What every Store keeps for the stream clustering (a saved state, the log of articles since, documents moving
// between stories): run against each one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeContext } from '../../src/context.ts';
import { extractDoc } from '../../src/pipeline.ts';
import type { Store } from '../../src/store/store.ts';
import { makeDoc } from './fixtures.ts';

const ctx = makeContext({ now: new Date('2025-03-05T00:00:00Z') });

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

    it('logs clustered articles in order and keeps one snapshot interval of them past the saved state', async () => {
      expect(await store.clusterApplied()).toEqual({ applied: 0, pruned: 0 });
      expect(await store.getClusterSnapshot()).toBeNull();
      const docs = ['a', 'b', 'c'].map((id) => makeDoc(id, `Article ${id} about the harbour.`).doc);
      const seqs: number[] = [];
      for (const [i, d] of docs.entries()) seqs.push(await store.appendClusterLog(d, 20_000 + i));
      expect(seqs[1]).toBeGreaterThan(seqs[0]!);
      const all = await store.clusterLogSince(0);
      expect(all.map((e) => [e.seq, e.doc, e.day])).toEqual(docs.map((d, i) => [seqs[i], d, 20_000 + i]));

      await store.putClusterSnapshot({ body: '{"first":true}', applied: seqs[1]! });
      expect(await store.clusterApplied()).toEqual({ applied: seqs[1], pruned: 0 });
      expect((await store.clusterLogSince(0)).map((e) => e.seq)).toEqual(seqs);

      await store.putClusterSnapshot({ body: '{"second":true}', applied: seqs[2]! });
      expect(await store.getClusterSnapshot()).toEqual({ body: '{"second":true}', applied: seqs[2] });
      expect(await store.clusterApplied()).toEqual({ applied: seqs[2], pruned: seqs[1] });
      expect((await store.clusterLogSince(0)).map((e) => e.seq)).toEqual([seqs[2]]);
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
