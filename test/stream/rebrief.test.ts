// Briefing a stored story: each document extracted once per extractor version, the briefing rebuilt only when the
// documents change, and the same briefing as briefing the articles afresh.
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { makeContext } from '../../src/context.ts';
import { briefStory, cleanAll, ingestInput } from '../../src/pipeline.ts';
import { rebriefStory } from '../../src/serve/stream/rebrief.ts';
import { extractorVersion } from '../../src/store/extractor-version.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { article } from '../cli/articles.ts';
import { tempDir } from '../store/fixtures.ts';
import { freshDatabase } from '../support/postgres.ts';

const ctx = makeContext({ now: new Date('2025-03-05T00:00:00Z') });

function cleaned(n: number) {
  const raws = ingestInput({ name: `article-${n}.txt`, bytes: new TextEncoder().encode(article(n)) }, ctx)
    .value.docs;
  return { raw: raws[0]!, doc: cleanAll(raws, ctx).value[0]! };
}

async function add(store: Store, name: string, n: number) {
  const story = await store.createStory(name);
  const { raw, doc } = cleaned(n);
  await store.putDocument(story, raw, doc);
  return story;
}

const backends: [
  string,
  () => Promise<{ store: Store; dispose: () => Promise<void>; sql: (q: string) => Promise<unknown[]> }>,
][] = [
  [
    'sqlite',
    async () => {
      const tmp = tempDir();
      const store = openStore(join(tmp.dir, 'c.db'), { create: true });
      const raw = (store as unknown as { db: import('better-sqlite3').Database }).db;
      return {
        store,
        sql: async (q) => {
          const stmt = raw.prepare(q);
          if (stmt.reader) return stmt.all();
          stmt.run();
          return [];
        },
        dispose: async () => {
          await store.close();
          tmp.cleanup();
        },
      };
    },
  ],
  [
    'postgresql',
    async () => {
      const db = await freshDatabase(inject('pgUrl'));
      const store = openStore(db.url);
      return {
        store,
        sql: async (q) => {
          const c = new pg.Client({ connectionString: db.url });
          await c.connect();
          try {
            return (await c.query(q)).rows;
          } finally {
            await c.end();
          }
        },
        dispose: async () => {
          await store.close();
          await db.drop();
        },
      };
    },
  ],
];

describe.each(backends)('rebriefStory on %s', (_name, open) => {
  let env: Awaited<ReturnType<typeof open>>;
  beforeEach(async () => {
    env = await open();
  });
  afterEach(async () => {
    await env.dispose();
  });

  it('extracts each document once and rebuilds only when the documents change', async () => {
    const { store } = env;
    await add(store, 'ferry', 1);
    const story = await add(store, 'ferry', 2);
    const first = await rebriefStory(store, story, ctx);
    expect(first).toMatchObject({ rebuilt: true, extracted: 2 });
    expect(first.changes.map((c) => c.kind)).toEqual(['new-story']);

    const again = await rebriefStory(store, story, ctx);
    expect(again).toMatchObject({ rebuilt: false, extracted: 0, changes: [] });
    expect(again.briefing).toEqual(first.briefing);

    await add(store, 'ferry', 3);
    const grown = await rebriefStory(store, story, ctx);
    expect(grown).toMatchObject({ rebuilt: true, extracted: 1 });
    expect(grown.changes[0]?.kind).toBe('new-source');
    const versions = (await env.sql('SELECT version FROM findings')) as { version: string }[];
    expect(versions.map((v) => v.version)).toEqual([
      extractorVersion(),
      extractorVersion(),
      extractorVersion(),
    ]);
    expect((await store.listChanges({ story })).length).toBe(1 + grown.changes.length);
  });

  it('gives the briefing that briefing the same articles afresh gives', async () => {
    const { store } = env;
    for (const n of [4, 5, 6]) await add(store, 'storm', n);
    const story = (await store.getStory('storm'))!;
    await rebriefStory(store, story, ctx); // findings stored
    const fromStore = (await rebriefStory(store, story, ctx, { title: 'Storm' })).briefing; // findings read back
    const fresh = briefStory(
      [4, 5, 6].map((n) => cleaned(n).doc),
      { id: 'storm', title: 'Storm' },
      ctx,
    ).value;
    expect(fromStore).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it('re-extracts findings stored by another extractor version', async () => {
    const { store } = env;
    const story = await add(store, 'ferry', 1);
    await rebriefStory(store, story, ctx);
    await env.sql("UPDATE findings SET version = 'x0-older'");
    await env.sql("UPDATE briefings SET inputs_key = 'from-older-version'");
    const r = await rebriefStory(store, story, ctx);
    expect(r).toMatchObject({ rebuilt: true, extracted: 1, changes: [] });
  });

  it('names the document whose stored findings are damaged', async () => {
    const { store } = env;
    const story = await add(store, 'ferry', 1);
    await rebriefStory(store, story, ctx);
    await env.sql(`UPDATE findings SET body = '{"seg": 3}'`);
    await env.sql("UPDATE briefings SET inputs_key = 'stale'");
    await expect(rebriefStory(store, story, ctx)).rejects.toThrow(
      /stored document 'article-1' in story 'ferry' has an invalid findings/,
    );
  });
});
