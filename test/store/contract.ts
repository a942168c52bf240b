// The behaviour every Store must have, whatever holds the data: run it against each implementation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { makeDoc } from './fixtures.ts';

export function storeContract(
  name: string,
  open: () => Promise<{ store: Store; dispose: () => Promise<void> }>,
) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await open());
    });
    afterEach(async () => {
      await dispose();
    });

    it('creates a story once and finds it by name', async () => {
      const a = await store.createStory('harbour-fire');
      const b = await store.createStory('harbour-fire');
      expect(b.key).toBe(a.key);
      expect((await store.getStory('harbour-fire'))?.name).toBe('harbour-fire');
      expect(await store.getStory('nothing-here')).toBeNull();
    });

    it('stores a document and reads back the same cleaned document and raw input', async () => {
      const story = await store.createStory('s');
      const { raw, doc } = makeDoc('a1', 'I believe the ferry left at noon with 40 passengers.');
      expect(await store.putDocument(story, raw, doc)).toEqual({ status: 'stored', id: 'a1' });
      const got = await store.getDocument(story, 'a1');
      expect(got?.doc).toEqual(doc);
      expect(got?.raw).toEqual({ kind: raw.kind, body: raw.body, meta: raw.meta });
      expect(got?.story).toBe('s');
      expect(await store.documentsOf(story)).toEqual([doc]);
    });

    it('records the same content twice in one story as a duplicate and leaves the first untouched', async () => {
      const story = await store.createStory('s');
      const first = makeDoc('a1', 'The ferry left at noon.');
      const again = makeDoc('other-name', 'The ferry left at noon.', { title: 'A different title' });
      await store.putDocument(story, first.raw, first.doc);
      expect(await store.putDocument(story, again.raw, again.doc)).toEqual({ status: 'duplicate', id: 'a1' });
      const docs = await store.documentsOf(story);
      expect(docs).toHaveLength(1);
      expect(docs[0]?.title).toBe('Headline for a1');
    });

    it('keeps the same content in two stories apart', async () => {
      const s1 = await store.createStory('one');
      const s2 = await store.createStory('two');
      const { raw, doc } = makeDoc('a1', 'The ferry left at noon.');
      expect((await store.putDocument(s1, raw, doc)).status).toBe('stored');
      expect((await store.putDocument(s2, raw, doc)).status).toBe('stored');
      expect(await store.findDocuments('a1')).toHaveLength(2);
      const stories = await store.listStories();
      expect(stories.map((s) => [s.name, s.documents])).toEqual([
        ['one', 1],
        ['two', 1],
      ]);
    });

    it('gives a clashing id a suffix instead of overwriting', async () => {
      const story = await store.createStory('s');
      const a = makeDoc('report', 'First text about the bridge.');
      const b = makeDoc('report', 'Second, different text about the bridge.');
      const c = makeDoc('report', 'Third text, different again.');
      await store.putDocument(story, a.raw, a.doc);
      expect(await store.putDocument(story, b.raw, b.doc)).toEqual({
        status: 'stored',
        id: 'report-2',
        renamedFrom: 'report',
      });
      expect((await store.putDocument(story, c.raw, c.doc)).id).toBe('report-3');
      expect((await store.getDocument(story, 'report'))?.doc.text).toBe('First text about the bridge.');
      expect((await store.getDocument(story, 'report-2'))?.doc.id).toBe('report-2');
      expect((await store.listDocuments(story)).map((d) => d.id)).toEqual(['report', 'report-2', 'report-3']);
    });

    it('stores a batch with the outcomes putDocument one by one gives: duplicates, renames, order', async () => {
      // what the batch meets: stored documents (a copy of one, an id taken), and within it a copy, an id twice,
      // the same content in two stories, and more documents than one statement holds
      const texts = (n: number) => `Text number ${n} about the ferry timetable.`;
      const seq: { story: string; id: string; text: string }[] = [
        { story: 'a', id: 'copy-of-stored', text: texts(0) },
        { story: 'a', id: 'taken', text: texts(1) },
        { story: 'a', id: 'x', text: texts(2) },
        { story: 'a', id: 'x-copy', text: texts(2) },
        { story: 'a', id: 'y', text: texts(3) },
        { story: 'a', id: 'y', text: texts(4) },
        { story: 'b', id: 'x', text: texts(2) },
        { story: 'b', id: 'new-b', text: texts(5) },
      ];
      for (let n = 0; n < 150; n++)
        seq.push({ story: n % 3 ? 'a' : 'c', id: `bulk-${n % 140}`, text: texts(10 + (n % 145)) });
      const put = (prefix: string) =>
        seq.map((e) => ({ story: `${prefix}${e.story}`, ...makeDoc(e.id, e.text) }));
      const storedFirst = async (prefix: string) => {
        const a = await store.createStory(`${prefix}a`);
        for (const [id, n] of [
          ['stored-0', 0],
          ['taken', 99],
        ] as const) {
          const d = makeDoc(id, texts(n));
          await store.putDocument(a, d.raw, d.doc);
        }
      };
      await storedFirst('one-');
      const one = [];
      for (const p of put('one-'))
        one.push(await store.putDocument(await store.createStory(p.story), p.raw, p.doc));
      await storedFirst('many-');
      const puts = put('many-');
      const stories = await store.createStories(puts.map((p) => p.story));
      expect(stories.map((s) => s.name)).toEqual(puts.map((p) => p.story));
      const many = await store.putDocuments(
        puts.map((p, k) => ({ story: stories[k]!, raw: p.raw, doc: p.doc })),
      );
      expect(many).toEqual(one);
      expect(many.slice(0, 8)).toEqual([
        { status: 'duplicate', id: 'stored-0' },
        { status: 'stored', id: 'taken-2', renamedFrom: 'taken' },
        { status: 'stored', id: 'x' },
        { status: 'duplicate', id: 'x' },
        { status: 'stored', id: 'y' },
        { status: 'stored', id: 'y-2', renamedFrom: 'y' },
        { status: 'stored', id: 'x' },
        { status: 'stored', id: 'new-b' },
      ]);
      for (const s of ['a', 'b', 'c']) {
        const ids = async (name: string) =>
          (await store.listDocuments((await store.getStory(name))!)).map((d) => [d.id, d.source]);
        expect(await ids(`many-${s}`)).toEqual(await ids(`one-${s}`));
      }
    });

    it('logs a batch of inputs in order, as one by one', async () => {
      const [a, b] = await store.createStories(['a', 'b']);
      await store.logIngestMany([
        { story: a!, entry: { input: 'a.txt', status: 'stored', docId: 'a' } },
        { story: b!, entry: { input: 'b.txt', status: 'rejected', reason: 'empty file' } },
        { story: a!, entry: { input: 'c.txt', status: 'duplicate', docId: 'a' } },
      ]);
      expect((await store.ingestLog()).map((e) => [e.story, e.input, e.status, e.docId, e.reason])).toEqual([
        ['a', 'a.txt', 'stored', 'a', null],
        ['b', 'b.txt', 'rejected', null, 'empty file'],
        ['a', 'c.txt', 'duplicate', 'a', null],
      ]);
      // a story named twice, or already stored, is one story
      const again = await store.createStories(['b', 'new', 'b']);
      expect(again.map((s) => s.key)).toEqual([b!.key, again[1]!.key, b!.key]);
      expect((await store.listStories()).map((s) => s.name)).toEqual(['a', 'b', 'new']);
    });

    it('lists documents with their flags, in the order stored', async () => {
      const story = await store.createStory('s');
      for (const id of ['z', 'a', 'm']) {
        const { raw, doc } = makeDoc(id, `Text of ${id}.`);
        await store.putDocument(story, raw, doc);
      }
      const list = await store.listDocuments();
      expect(list.map((d) => d.id)).toEqual(['z', 'a', 'm']);
      expect(list[0]).toMatchObject({ story: 's', title: 'Headline for z', flags: ['opinion'] });
    });

    it('logs every input with its outcome', async () => {
      const story = await store.createStory('s');
      await store.logIngest(story, { input: 'a.txt', status: 'stored', docId: 'a' });
      await store.logIngest(story, { input: 'b.txt', status: 'rejected', reason: 'empty file' });
      const log = await store.ingestLog(story);
      expect(log.map((e) => [e.input, e.status, e.docId, e.reason])).toEqual([
        ['a.txt', 'stored', 'a', null],
        ['b.txt', 'rejected', null, 'empty file'],
      ]);
      expect(Number.isNaN(Date.parse(log[0]!.at))).toBe(false);
    });

    it('rolls a failed transaction back completely', async () => {
      const story = await store.createStory('s');
      const { raw, doc } = makeDoc('a1', 'Text.');
      await expect(
        store.transaction(async () => {
          await store.putDocument(story, raw, doc);
          await store.logIngest(story, { input: 'a1.txt', status: 'stored', docId: 'a1' });
          throw new Error('crash between writes');
        }),
      ).rejects.toThrow('crash between writes');
      expect(await store.listDocuments(story)).toEqual([]);
      expect(await store.ingestLog(story)).toEqual([]);
    });

    it('commits a transaction with all its writes', async () => {
      const story = await store.createStory('s');
      const { raw, doc } = makeDoc('a1', 'Text.');
      await store.transaction(async () => {
        await store.putDocument(story, raw, doc);
        await store.logIngest(story, { input: 'a1.txt', status: 'stored', docId: 'a1' });
      });
      expect(await store.listDocuments(story)).toHaveLength(1);
      expect(await store.ingestLog(story)).toHaveLength(1);
    });
  });
}
