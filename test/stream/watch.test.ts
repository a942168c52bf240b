// corroborate watch against feeds served on 127.0.0.1: new items, conditional requests, a dead feed, feeds that
// renumber or duplicate their items, robots.txt, changes across polls, --notify, and SIGTERM.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { runCli } from '../cli/run.ts';
import { tempDir } from '../store/fixtures.ts';
import { rss, type Site, startSite } from './feed-server.ts';

const repo = resolve(new URL('.', import.meta.url).pathname, '../..');
const NOW = '2025-03-05T00:00:00Z';

describe('corroborate watch', () => {
  let site: Site;
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(async () => {
    site = await startSite();
    tmp = tempDir();
    db = join(tmp.dir, 'watch.db');
  });
  afterEach(async () => {
    await site.close();
    tmp.cleanup();
  });

  const watch = (...args: string[]) =>
    runCli(['watch', ...args, '--db', db, '--once', '--delay', '0', '--allow-private-hosts', '--now', NOW], {
      cwd: tmp.dir,
    });
  const feedHits = (path: string) => site.log.filter((r) => r.path === path);

  it('stores new items, answers 304 polls with nothing, and records the changes of each poll', async () => {
    site.feeds.set('/feed.xml', [
      { path: '/news/1', n: 1 },
      { path: '/news/2', n: 2 },
    ]);
    const feed = `${site.origin}/feed.xml`;
    const first = await watch(feed, '--story', 'ferry');
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(
      /poll: 1 feeds \(0 not modified, 0 failed\), 2 stored, 0 duplicate, 0 rejected, 1 changes/,
    );

    const second = await watch(feed, '--story', 'ferry');
    expect(second.stderr).toMatch(/1 not modified.*0 stored/);
    const conditional = feedHits('/feed.xml')[1]!;
    expect(conditional.headers['if-none-match']).toBeTruthy();
    expect(conditional.status).toBe(304);
    // The articles were not fetched again.
    expect(feedHits('/news/1')).toHaveLength(1);

    site.feeds.get('/feed.xml')!.push({ path: '/news/3', n: 3 });
    const third = await watch(feed, '--story', 'ferry');
    expect(third.stderr).toMatch(/1 stored/);
    expect(third.stderr).toMatch(/change ferry: new-source: new source: \S*news-3/);

    const changes = await runCli(['changes', '--story', 'ferry', '--db', db, '--format', 'json'], {
      cwd: tmp.dir,
    });
    const list = JSON.parse(changes.stdout) as { kind: string; story: string; summary: string }[];
    // The first poll opened the story; the 304 poll changed nothing; the third added a source, and its figures
    // differ from the others' (invented articles give each its own counts).
    expect(list[0]!.kind).toBe('new-story');
    expect(list[1]!.kind).toBe('new-source');
    expect(list.slice(2).every((c) => c.kind === 'changed-quantity')).toBe(true);
    expect(list.find((c) => /^passengers/.test(c.summary))?.summary).toMatch(
      /60 passengers → .*70 passengers/,
    );
    const store = openStore(db);
    const story = await store.getStory('ferry');
    expect((await store.listDocuments(story!)).map((d) => d.id.replace(/^.*(news-\d).*$/, '$1'))).toEqual([
      'news-1',
      'news-2',
      'news-3',
    ]);
    await store.close();
  });

  it('records a dead feed with its reason and goes on with the others', async () => {
    site.feeds.set('/live.xml', [{ path: '/news/1', n: 1 }]);
    site.broken.set('/dead.xml', 500);
    const r = await watch(`${site.origin}/dead.xml`, `${site.origin}/live.xml`, '--story-per-feed');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/feed .*\/dead\.xml: .*HTTP 500.*\(1 failed poll in a row\)/);
    expect(r.stderr).toMatch(/1 stored/);
    await watch(`${site.origin}/dead.xml`, '--story-per-feed');
    const store = openStore(db);
    const state = await store.getFeed(`${site.origin}/dead.xml`);
    expect(state).toMatchObject({ failures: 2, okAt: null });
    expect(state?.lastError).toMatch(/HTTP 500/);
    // One story per feed with --story-per-feed.
    expect((await store.listStories()).map((s) => s.name)).toEqual([
      `127.0.0.1:${new URL(site.origin).port}/live.xml`,
    ]);
    await store.close();
  });

  it('takes nothing twice when a feed renumbers its items, adds tracking parameters, or repeats stored articles', async () => {
    site.feeds.set('/feed.xml', [
      { path: '/news/1', n: 1, guid: 'a' },
      { path: '/news/2', n: 2, guid: 'b' },
    ]);
    const feed = `${site.origin}/feed.xml`;
    await watch(feed, '--story', 's');
    // Same articles, new ids and tracking parameters.
    site.feeds.set('/feed.xml', [
      { path: '/news/1?utm_source=rss', n: 1, guid: 'x' },
      { path: '/news/2#top', n: 2, guid: 'y' },
    ]);
    const renumbered = await watch(feed, '--story', 's');
    expect(renumbered.stderr).toMatch(/0 stored, 0 duplicate/);
    // Another feed whose items are all copies of stored articles at other addresses.
    site.feeds.set('/mirror.xml', [
      { path: '/mirror/1', n: 1 },
      { path: '/mirror/2', n: 2 },
    ]);
    const mirror = await watch(`${site.origin}/mirror.xml`, '--story', 's');
    expect(mirror.stderr).toMatch(/0 stored, 2 duplicate, 0 rejected, 0 changes/);
    const store = openStore(db);
    expect(await store.listDocuments()).toHaveLength(2);
    expect((await store.listChanges()).map((c) => c.kind)).toEqual(['new-story']);
    await store.close();
  });

  it('reads a sitemap like a feed, taking only the articles it has not seen', async () => {
    site.sitemaps.set('/sitemap.xml', [{ path: '/news/1', n: 1 }]);
    const first = await watch(`${site.origin}/sitemap.xml`, '--story', 's');
    expect(first.stderr).toMatch(/1 stored/);
    site.sitemaps.get('/sitemap.xml')!.push({ path: '/news/2', n: 2 });
    const second = await watch(`${site.origin}/sitemap.xml`, '--story', 's');
    expect(second.stderr).toMatch(/0 not modified.*1 stored/);
    expect(feedHits('/news/1')).toHaveLength(1);
  });

  it('reads a 10 MB feed, fetching at most --max-items of its links a poll', async () => {
    // Long item ids make the size; each item is a teaser with a link to its article.
    const entries = Array.from({ length: 12_000 }, (_, i) => ({
      path: `/news/${i}`,
      n: i,
      guid: `${i}-${'x'.repeat(700)}`,
    }));
    const body = rss(site.origin, entries);
    expect(body.length).toBeGreaterThan(10_000_000);
    site.files.set('/big.xml', { type: 'application/rss+xml', body });
    site.feeds.set('/pages.xml', entries.slice(0, 4)); // serves the article pages
    const r = await watch(`${site.origin}/big.xml`, '--story', 's', '--max-items', '2');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 stored/);
    const again = await watch(`${site.origin}/big.xml`, '--story', 's', '--max-items', '2');
    expect(again.stderr).toMatch(/2 stored/);
    expect(feedHits('/big.xml')).toHaveLength(2);
  }, 60_000);

  it('obeys robots.txt for the articles it links', async () => {
    site.feeds.set('/feed.xml', [
      { path: '/news/1', n: 1 },
      { path: '/private/2', n: 2 },
    ]);
    const r = await watch(`${site.origin}/feed.xml`, '--story', 's');
    expect(r.stderr).toMatch(/rejected .*\/private\/2: robots\.txt disallows fetching it/);
    expect(feedHits('/private/2')).toHaveLength(0);
    expect(r.stderr).toMatch(/1 stored/);
  });

  it('posts each change to --notify, retrying a receiver that failed', async () => {
    site.feeds.set('/feed.xml', [{ path: '/news/1', n: 1 }]);
    await watch(`${site.origin}/feed.xml`, '--story', 's');
    site.hookAnswers.push(503);
    const r = await runCli(
      ['changes', '--db', db, '--notify', `${site.origin}/hook`, '--allow-private-hosts'],
      { cwd: tmp.dir },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/notified 1 change/);
    const posts = site.log.filter((q) => q.method === 'POST');
    expect(posts.map((p) => p.status)).toEqual([503, 204]);
    expect(JSON.parse(posts[1]!.body)).toMatchObject({
      type: 'corroborate.change/1',
      kind: 'new-story',
      story: 's',
    });
  });

  it('posts the changes of each poll to --notify as they are recorded', async () => {
    site.feeds.set('/feed.xml', [{ path: '/news/1', n: 1 }]);
    const r = await watch(`${site.origin}/feed.xml`, '--story', 's', '--notify', `${site.origin}/hook`);
    expect(r.code).toBe(0);
    const posts = site.log.filter((q) => q.method === 'POST');
    expect(posts.map((p) => JSON.parse(p.body).kind)).toEqual(['new-story']);
    expect(posts[0]!.headers['content-type']).toBe('application/json');
  });

  it('refuses to notify a private address unless allowed', async () => {
    site.feeds.set('/feed.xml', [{ path: '/news/1', n: 1 }]);
    await watch(`${site.origin}/feed.xml`, '--story', 's');
    const r = await runCli(['changes', '--db', db, '--notify', `${site.origin}/hook`], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not delivered: .*refused/);
    expect(site.log.filter((q) => q.method === 'POST')).toHaveLength(0);
  });

  it('stops cleanly on SIGTERM and resumes from the store', async () => {
    site.feeds.set('/feed.xml', [{ path: '/news/1', n: 1 }]);
    const child = spawn(
      process.execPath,
      [
        join(repo, 'bin/corroborate.js'),
        'watch',
        `${site.origin}/feed.xml`,
        '--story',
        's',
        '--db',
        db,
        '--every',
        '1h',
        '--delay',
        '0',
        '--allow-private-hosts',
      ],
      { cwd: tmp.dir, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    let sent = false;
    child.stderr.setEncoding('utf8');
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.stderr.on('data', (c: string) => {
      err += c;
      if (/poll: /.test(err) && !sent) {
        sent = true;
        child.kill('SIGTERM');
      }
    });
    expect(await exited).toBe(0);
    expect(err).toMatch(/SIGTERM: stopping/);
    expect(err).toMatch(/stopped; the next watch resumes/);
    site.feeds.get('/feed.xml')!.push({ path: '/news/2', n: 2 });
    const again = await watch(`${site.origin}/feed.xml`, '--story', 's');
    expect(again.stderr).toMatch(/1 stored/);
    expect(feedHits('/news/1')).toHaveLength(1);
  });
});
