// A feed of mixed news becomes stories: watch (SQLite and PostgreSQL) and workers sort each new article into the
// story the clustering finds, keep the clustering state in the store across runs, brief each story and record
// its changes. Feeds and pages are served on 127.0.0.1; the articles are invented.
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { runCli } from '../cli/run.ts';
import { tempDir } from '../store/fixtures.ts';
import { freshDatabase } from '../support/postgres.ts';
import { type Site, startSite } from './feed-server.ts';

const repo = resolve(new URL('.', import.meta.url).pathname, '../..');
const NOW = '2025-03-05T00:00:00Z';

/** Two events of different kinds, each told by several outlets: names, places and numbers recur within one. */
const ARTICLES: Record<string, { title: string; text: string }> = {
  'quake-1': {
    title: 'Magnitude 6.1 earthquake strikes Varnholt',
    text: `A magnitude 6.1 earthquake struck near Varnholt on Tuesday, collapsing the old grain hall and injuring 42 people. The quake was felt across the Lindmark valley, the Brask Seismic Institute said. Mayor Edda Quellin said rescue teams were searching the rubble of the grain hall in Varnholt.`,
  },
  'quake-2': {
    title: 'Rescuers search Varnholt grain hall after quake',
    text: `Rescuers in Varnholt dug through the ruins of the grain hall after Tuesday's 6.1-magnitude earthquake left 42 people injured. Edda Quellin, the town's mayor, asked residents of the Lindmark valley to stay out of damaged buildings. The Brask Seismic Institute recorded several aftershocks.`,
  },
  'quake-3': {
    title: 'Aftershocks rattle Lindmark valley',
    text: `Aftershocks rattled the Lindmark valley a day after the Varnholt earthquake, which measured 6.1. Officials from the Brask Seismic Institute warned that the grain hall site remained unstable; 42 people were hurt. Mayor Quellin thanked volunteers who sheltered families overnight.`,
  },
  'quake-4': {
    title: 'Varnholt counts the cost of the earthquake',
    text: `Varnholt began clearing the collapsed grain hall on Thursday, two days after the magnitude 6.1 earthquake that injured 42 people. Mayor Edda Quellin said the Lindmark valley would need months to rebuild, and the Brask Seismic Institute lowered its aftershock warning.`,
  },
  'vote-1': {
    title: 'Orlen council approves Tesmar tram line',
    text: `The Orlen city council voted 31 to 12 on Monday to build the Tesmar tram line, a 14-kilometre route costing 880 million crowns. Councillor Piet Arvander, who led the campaign, said construction would start in spring. The Orlen Transit Authority will run the line.`,
  },
  'vote-2': {
    title: 'Tesmar tram wins council vote',
    text: `Orlen councillors backed the Tesmar tram line by 31 votes to 12, approving 880 million crowns for the 14-kilometre route. Piet Arvander called the vote a victory for commuters; opponents on the council said the Orlen Transit Authority had underestimated costs.`,
  },
  'vote-3': {
    title: 'What the Tesmar tram vote means for Orlen',
    text: `After Monday's 31-12 vote, the Orlen Transit Authority must now tender the Tesmar tram contract. The 880 million crown line will run 14 kilometres, Councillor Piet Arvander said, and the council expects the first trams within four years.`,
  },
};

function feedXml(origin: string, ids: string[]): string {
  const items = ids
    .map(
      (id) =>
        `<item><title>${ARTICLES[id]!.title}</title><link>${origin}/a/${id}</link><guid>${id}</guid>` +
        `<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed News</title>${items}</channel></rss>`;
}

function serve(site: Site, ids: string[]): void {
  site.files.set('/mixed.xml', { type: 'application/rss+xml', body: feedXml(site.origin, ids) });
  for (const id of ids) {
    const a = ARTICLES[id]!;
    site.files.set(`/a/${id}`, {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>${a.title}</title></head><body><article><h1>${a.title}</h1><p>${a.text}</p></article></body></html>`,
    });
  }
}

/** Story name → the ids of its documents, for the stories that hold any. */
async function storiesOf(store: Store): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const s of await store.listStories()) {
    const docs = (await store.listDocuments(s)).map((d) => d.source.replace(/.*\/a\//, ''));
    if (docs.length) out.set(s.name, docs.sort());
  }
  return out;
}

const groups = (m: Map<string, string[]>) => [...m.values()].map((ids) => ids.join(' ')).sort();

describe('watch sorts a feed of mixed news into stories', () => {
  let site: Site;
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(async () => {
    site = await startSite();
    tmp = tempDir();
  });
  afterEach(async () => {
    await site.close();
    tmp.cleanup();
  });

  const watch = (db: string) =>
    runCli(
      [
        'watch',
        `${site.origin}/mixed.xml`,
        '--db',
        db,
        '--once',
        '--delay',
        '0',
        '--allow-private-hosts',
        '--now',
        NOW,
      ],
      { cwd: tmp.dir },
    );

  async function twoEventsThenOneMore(db: string): Promise<void> {
    serve(site, ['quake-1', 'vote-1', 'quake-2', 'vote-2', 'quake-3', 'vote-3']);
    const first = await watch(db);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/6 stored/);
    let store = openStore(db);
    const stories = await storiesOf(store);
    expect(groups(stories)).toEqual(['quake-1 quake-2 quake-3', 'vote-1 vote-2 vote-3']);
    // each story was briefed, and its first briefing recorded as a new story
    for (const name of stories.keys()) {
      const story = (await store.getStory(name))!;
      expect((await store.getBriefing(story))?.briefing.story.id).toBe(name);
      expect((await store.listChanges({ story })).map((c) => c.kind)).toContain('new-story');
    }
    await store.close();

    // a new process: the clustering state comes back from the store, and the new article joins its event
    serve(site, ['quake-1', 'vote-1', 'quake-2', 'vote-2', 'quake-3', 'vote-3', 'quake-4']);
    const second = await watch(db);
    expect(second.stderr).toMatch(/1 stored/);
    store = openStore(db);
    expect(groups(await storiesOf(store))).toEqual([
      'quake-1 quake-2 quake-3 quake-4',
      'vote-1 vote-2 vote-3',
    ]);
    const quake = [...(await storiesOf(store))].find(([, ids]) => ids.includes('quake-4'))![0];
    const kinds = (await store.listChanges({ story: (await store.getStory(quake))! })).map((c) => c.kind);
    expect(kinds).toContain('new-source');
    await store.close();
  }

  it('on SQLite: two events in one feed are two stories, and a later article joins its own', async () => {
    await twoEventsThenOneMore(join(tmp.dir, 'news.db'));
  });

  it('on PostgreSQL: the same, through the same store layer', async () => {
    const db = await freshDatabase(inject('pgUrl'));
    try {
      await twoEventsThenOneMore(db.url);
    } finally {
      await db.drop();
    }
  });

  it('--story-per-feed keeps one story per feed', async () => {
    serve(site, ['quake-1', 'vote-1']);
    const db = join(tmp.dir, 'feed.db');
    const r = await runCli(
      [
        'watch',
        `${site.origin}/mixed.xml`,
        '--story-per-feed',
        '--db',
        db,
        '--once',
        '--delay',
        '0',
        '--allow-private-hosts',
      ],
      { cwd: tmp.dir },
    );
    expect(r.code).toBe(0);
    const store = openStore(db);
    expect([...(await storiesOf(store)).keys()]).toEqual([
      `127.0.0.1:${new URL(site.origin).port}/mixed.xml`,
    ]);
    await store.close();
  });
});

describe('workers sort queued articles into stories', () => {
  let site: Site;
  let tmp: ReturnType<typeof tempDir>;
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  const children: ChildProcess[] = [];
  beforeEach(async () => {
    site = await startSite();
    tmp = tempDir();
    db = await freshDatabase(inject('pgUrl'));
  });
  afterEach(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await Promise.all(
      children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r)))),
    );
    children.length = 0;
    await site.close();
    await db.drop();
    tmp.cleanup();
  });

  it('two workers cluster one feed into its two events, each briefed', { timeout: 120_000 }, async () => {
    serve(site, ['quake-1', 'vote-1', 'quake-2', 'vote-2', 'quake-3', 'vote-3']);
    const logs: string[] = ['', ''];
    for (const i of [0, 1]) {
      const child = spawn(
        process.execPath,
        [
          resolve(repo, 'bin/corroborate.js'),
          'worker',
          '--db',
          db.url,
          '--delay',
          '0',
          '--allow-private-hosts',
        ],
        { cwd: tmp.dir, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (c: string) => {
        logs[i] += c;
      });
      children.push(child);
    }
    const queued = await runCli(
      [
        'watch',
        `${site.origin}/mixed.xml`,
        '--db',
        db.url,
        '--once',
        '--queue',
        '--delay',
        '0',
        '--allow-private-hosts',
      ],
      { cwd: tmp.dir },
    );
    expect(queued.stderr).toMatch(/6 queued/);
    const store = openStore(db.url);
    try {
      const end = Date.now() + 90_000;
      for (;;) {
        const stories = await storiesOf(store);
        const briefed = await Promise.all(
          [...stories.keys()].map(
            async (n) => (await store.getBriefing((await store.getStory(n))!)) !== null,
          ),
        );
        const docs = [...stories.values()].flat().length;
        if (docs === 6 && briefed.every(Boolean) && stories.size === 2) break;
        if (Date.now() > end)
          throw new Error(`timed out: ${JSON.stringify([...stories])}\n${logs.join('\n')}`);
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(groups(await storiesOf(store))).toEqual(['quake-1 quake-2 quake-3', 'vote-1 vote-2 vote-3']);
      // every article was clustered once: the log (or the saved state) holds six, never more
      expect((await store.clusterLogSince(0)).length).toBe(6);
    } finally {
      await store.close();
    }
  });
});
