// stories, docs and show over a database filled through the Store (no ingest needed).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { makeDoc, tempDir } from '../store/fixtures.ts';
import { runCli } from './run.ts';

let tmp: ReturnType<typeof tempDir>;
let db: string;
const cli = (argv: string[], env: Record<string, string> = {}) => runCli(argv, { cwd: tmp.dir, env });

async function fill(path: string) {
  const store = openStore(path, { create: true });
  const harbour = await store.createStory('harbour-fire');
  const bridge = await store.createStory('bridge-vote');
  const a = makeDoc(
    'wire-1',
    'I believe the fire at pier 9 began after midnight. Crews counted 14 boats damaged.',
  );
  const b = makeDoc('courier-2', 'The council said on Tuesday that 12 boats were damaged at pier 9.', {
    flags: [],
  });
  const c = makeDoc('wire-1', 'Councillors voted 7 to 4 to repair the old bridge before winter.', {
    flags: [],
  });
  await store.putDocument(harbour, a.raw, a.doc);
  await store.putDocument(harbour, b.raw, b.doc);
  await store.putDocument(bridge, c.raw, c.doc);
  await store.close();
}

beforeEach(async () => {
  tmp = tempDir();
  db = join(tmp.dir, 'stored.db');
  await fill(db);
});
afterEach(() => tmp.cleanup());

describe('stories', () => {
  it('lists every story with its document count', async () => {
    const r = await cli(['stories', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^harbour-fire\t2 documents\t/m);
    expect(r.stdout).toMatch(/^bridge-vote\t1 document\t/m);
  });

  it('prints JSON, and finds the database through CORROBORATE_DB', async () => {
    const r = await cli(['stories', '--format', 'json'], { CORROBORATE_DB: db });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.map((s: { name: string; documents: number }) => [s.name, s.documents])).toEqual([
      ['harbour-fire', 2],
      ['bridge-vote', 1],
    ]);
  });

  it('uses ./corroborate.db in the working directory by default, and --db over the environment', async () => {
    await fill(join(tmp.dir, 'corroborate.db'));
    expect((await cli(['stories'])).stdout).toMatch(/harbour-fire/);
    const r = await cli(['stories', '--db', db], { CORROBORATE_DB: join(tmp.dir, 'nowhere.db') });
    expect(r.code).toBe(0);
  });

  it('says there is no database instead of creating one, exit 1', async () => {
    const r = await cli(['stories', '--db', 'missing.db']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no database at .*missing\.db/);
  });
});

describe('docs', () => {
  it("lists one story's documents in the order stored, with flags", async () => {
    const r = await cli(['docs', '--story', 'harbour-fire', '--db', db]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^harbour-fire\twire-1\t2025-03-04\tThe Harbour Gazette\tHeadline for wire-1\t\[opinion\]$/,
    );
    expect(lines[1]).toMatch(/^harbour-fire\tcourier-2\t/);
  });

  it('lists every story without --story, as JSON too', async () => {
    const r = await cli(['docs', '--db', db, '--format', 'json']);
    const list = JSON.parse(r.stdout);
    expect(list.map((d: { story: string; id: string }) => `${d.story}/${d.id}`)).toEqual([
      'harbour-fire/wire-1',
      'harbour-fire/courier-2',
      'bridge-vote/wire-1',
    ]);
  });

  it('exits 1 for a story that does not exist', async () => {
    const r = await cli(['docs', '--story', 'nope', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no story named 'nope'/);
  });
});

describe('show', () => {
  it('prints metadata and the cleaned text', async () => {
    const r = await cli(['show', 'courier-2', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^id: +courier-2$/m);
    expect(r.stdout).toMatch(/^story: +harbour-fire$/m);
    expect(r.stdout).toMatch(/^published: +2025-03-04 \(metadata\)$/m);
    expect(r.stdout.endsWith('\n\nThe council said on Tuesday that 12 boats were damaged at pier 9.\n')).toBe(
      true,
    );
  });

  it('prints the whole document as JSON', async () => {
    const r = await cli(['show', 'wire-1', '--story', 'bridge-vote', '--db', db, '--format', 'json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d).toMatchObject({ story: 'bridge-vote', id: 'wire-1', publishedBasis: 'metadata', flags: [] });
    expect(d.text).toBe('Councillors voted 7 to 4 to repair the old bridge before winter.');
    expect(d.raw.kind).toBe('text');
  });

  it('asks for --story when the id is in several stories (usage, exit 2)', async () => {
    const r = await cli(['show', 'wire-1', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /'wire-1' is in several stories \(harbour-fire, bridge-vote\): add --story NAME/,
    );
  });

  it('exits 1 for a document that does not exist', async () => {
    const r = await cli(['show', 'nothing', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no document 'nothing'/);
  });

  it('reports a corrupt stored row by the document it belongs to', async () => {
    const raw = new Database(db);
    raw.prepare('UPDATE documents SET blocks = \'[{"kind":"banner"}]\' WHERE id = \'courier-2\'').run();
    raw.close();
    const r = await cli(['show', 'courier-2', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stored document 'courier-2' in story 'harbour-fire' has an invalid blocks/);
    const list = await cli(['docs', '--db', db]);
    expect(list.code).toBe(0);
  });
});
