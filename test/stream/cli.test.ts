// The stream commands' flags and their errors: each bad value named, with exit status 2; `changes` filters.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { runCli } from '../cli/run.ts';
import { tempDir } from '../store/fixtures.ts';

describe('stream commands', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(() => {
    tmp = tempDir();
    db = join(tmp.dir, 'c.db');
  });
  afterEach(() => tmp.cleanup());
  const run = (...argv: string[]) => runCli(argv, { cwd: tmp.dir });

  it.each([
    [['watch'], /watch needs at least one FEED/],
    [['watch', 'feed.xml', '--db', 'x.db'], /'feed\.xml' is not such a URL/],
    [['watch', 'https://example.org/rss', '--every', 'often'], /--every must be a duration such as 90s/],
    [['watch', 'https://example.org/rss', '--max-items', '0'], /--max-items must be at least 1/],
    [['watch', 'https://example.org/rss', '--queue', '--db', 'x.db'], /--queue needs a PostgreSQL database/],
    [['worker', '--db', 'x.db'], /worker needs a PostgreSQL database/],
    [['changes', '--since', 'yesterday'], /--since must be an ISO time .* or a duration/],
    [['changes', '--notify', 'not a url'], /--notify needs an http\(s\) URL/],
  ])('refuses %j with a usage error', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('lists changes by story and time, as text or JSON', async () => {
    const store = openStore(db, { create: true, clock: () => new Date('2025-03-04T10:00:00Z') });
    const one = await store.createStory('one');
    const two = await store.createStory('two');
    await store.addChanges(one, [{ kind: 'new-story', summary: 'new story: one (1 document)', detail: {} }]);
    await store.addChanges(two, [{ kind: 'new-story', summary: 'new story: two (2 documents)', detail: {} }]);
    await store.close();

    const all = await run('changes', '--db', db);
    expect(all.stdout).toBe(
      '2025-03-04T10:00:00.000Z\tone\tnew-story\tnew story: one (1 document)\n' +
        '2025-03-04T10:00:00.000Z\ttwo\tnew-story\tnew story: two (2 documents)\n',
    );
    const json = JSON.parse((await run('changes', '--db', db, '--story', 'two', '--format', 'json')).stdout);
    expect(json).toEqual([
      {
        kind: 'new-story',
        summary: 'new story: two (2 documents)',
        detail: {},
        seq: 2,
        story: 'two',
        at: '2025-03-04T10:00:00.000Z',
      },
    ]);
    expect((await run('changes', '--db', db, '--since', '2025-03-05')).stdout).toBe('no changes\n');
    expect(
      (await run('changes', '--db', db, '--since', '1d', '--now', '2025-03-05T09:00:00Z')).stdout,
    ).toMatch(/one.*\n.*two/);
    expect((await run('changes', '--db', db, '--since', '1h', '--now', '2025-03-05T09:00:00Z')).stdout).toBe(
      'no changes\n',
    );
    const missing = await run('changes', '--db', db, '--story', 'three');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no story named 'three'/);
  });
});
