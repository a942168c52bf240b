// Deleting a story removes its documents and log, and nothing of another story.
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { makeDoc, tempDir } from './fixtures.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

it('deletes one story with its documents and log, and leaves the others whole', async () => {
  const store = openStore(join(tmp.dir, 'd.db'), { create: true });
  try {
    const gone = await store.createStory('gone');
    const kept = await store.createStory('kept');
    const a = makeDoc('a1', 'The ferry left at noon.');
    await store.putDocument(gone, a.raw, a.doc);
    await store.putDocument(kept, a.raw, a.doc);
    await store.logIngest(gone, { input: 'a1.txt', status: 'stored', docId: 'a1' });
    expect(await store.deleteStory!(gone)).toBe(true);
    expect(await store.deleteStory!(gone)).toBe(false);
    expect(await store.getStory('gone')).toBeNull();
    expect(await store.findDocuments('a1')).toHaveLength(1);
    expect((await store.ingestLog()).filter((l) => l.story === 'gone')).toEqual([]);
    expect((await store.listStories()).map((s) => s.name)).toEqual(['kept']);
  } finally {
    await store.close();
  }
});
