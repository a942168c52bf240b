// The dashboard in headless Chromium against a real server on 127.0.0.1: create a story, add the bundled
// example's articles, read its disputes, follow one to the highlighted sentence; and an XSS probe article
// that must leave no live markup. Screenshots go to out/screenshots/.
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/brief/render/html.ts';
import { BriefingSchema } from '../../src/model/briefing.ts';
import { type Listening, startServer } from '../../src/serve/http/server.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { tempDir } from '../store/fixtures.ts';
import { ensureChromium, launch } from './browser.ts';

const repo = resolve(new URL('.', import.meta.url).pathname, '../..');
const EXAMPLE = join(repo, 'examples/harbor-fire');
const SHOTS = join(repo, 'out/screenshots');
const tmp = tempDir();
let store: Store;
let server: Listening;
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;
const problems: string[] = [];

beforeAll(async () => {
  ensureChromium();
  mkdirSync(SHOTS, { recursive: true });
  store = openStore(join(tmp.dir, 'web.db'), { create: true });
  server = await startServer({
    store,
    host: '127.0.0.1',
    port: 0,
    now: new Date('2026-03-10T12:00:00Z'),
    log: () => {},
  });
  browser = await launch();
  context = browser.context;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
  tmp.cleanup();
});

/** A page that records console errors, uncaught exceptions and dialogs (an XSS would open one). */
async function open(path: string, width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    if (d.type() === 'confirm') void d.accept();
    else {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    }
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

async function createStory(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title').fill(title);
  await Promise.all([page.waitForURL(/\/stories\//), page.getByRole('button', { name: 'Create' }).click()]);
}

async function addAndReload(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('link', { name: 'Show the updated briefing' }).waitFor();
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('link', { name: 'Show the updated briefing' }).click(),
  ]);
}

describe('the dashboard', () => {
  it('creates a story, adds the example, shows disputes, and opens the evidence highlighted', async () => {
    const page = await open('/');
    await expect(page.getByRole('heading', { name: 'No stories yet' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await createStory(page, 'Harbour fire');
    expect(await page.getByRole('heading', { name: 'No articles yet' }).isVisible()).toBe(true);

    const files = readdirSync(EXAMPLE).map((f) => join(EXAMPLE, f));
    await page.setInputFiles('#add-file', files);
    await page.getByRole('button', { name: 'Add' }).click();
    await page.locator('ul.results li').nth(3).waitFor();
    expect(await page.locator('ul.results .badge.stored').count()).toBe(4);
    expect(await page.locator('.progress').textContent()).toContain('4 stored, 0 duplicate, 0 rejected');
    await Promise.all([
      page.waitForURL(/\/stories\/Harbour%20fire$/),
      page.getByRole('link', { name: 'Show the updated briefing' }).click(),
    ]);

    const disputes = page.locator('#disputes article.dispute');
    expect(await disputes.count()).toBeGreaterThan(0);
    // disputes come first: before the claims, the timeline and the sources
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('main section[id]')].map((s) => s.id),
    );
    expect(order.indexOf('disputes')).toBeLessThan(order.indexOf('claims'));
    expect(order.slice(0, 2)).toContain('disputes');
    await page.screenshot({ path: join(SHOTS, 'story.png'), fullPage: true });

    const evidence = disputes.first().locator('a.ev').first();
    const quoted = (await evidence.locator('q').textContent())!.trim();
    await Promise.all([page.waitForURL(/\/sources\//), evidence.click()]);
    const hl = page.locator('mark#hl');
    // the sentence holding the cited words is highlighted: all of them, in one run of marks
    expect((await page.locator('mark.hl').allTextContents()).join('')).toContain(quoted);
    await page.waitForFunction(() => document.activeElement?.id === 'hl');
    const box = (await hl.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    await page.screenshot({ path: join(SHOTS, 'evidence.png') });
  });

  it('shows two sources side by side and reads on a phone without sideways scrolling', async () => {
    const page = await open('/stories/Harbour%20fire', 390);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'story-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await Promise.all([
      page.waitForURL(/\/compare\?/),
      page.getByRole('button', { name: 'Side by side' }).click(),
    ]);
    expect(await page.locator('.compare-grid .column').count()).toBe(2);
    expect(await page.locator('mark.shared, mark.conflict').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'compare.png') });
  });

  it('lists the story with its counts and offers the downloads', async () => {
    const page = await open('/');
    const row = page.locator('li.story').filter({ hasText: 'Harbour fire' });
    expect(await row.textContent()).toMatch(/4 sources/);
    expect(await row.locator('.pill.bad').textContent()).toMatch(/\d+ disputes?/);
    await page.screenshot({ path: join(SHOTS, 'stories.png') });
    const story = await open('/stories/Harbour%20fire');
    const [download] = await Promise.all([
      story.waitForEvent('download'),
      story.getByRole('link', { name: 'Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Harbour-fire.md');
  });

  it('renders an XSS probe article as text: no live markup, no script run, no console error', async () => {
    const page = await open('/');
    await createStory(page, 'Probe <img src=x onerror="window.__xss=1">');
    const probe = [
      'Officials said the <script>window.__xss = 1</script> harbour stayed closed on Monday after the storm.',
      'A witness posted <img src=x onerror="window.__xss=1"> pictures of the flooded quay near the ferry terminal.',
      'Readers were told to <a href="javascript:window.__xss=1">click here</a> for updates from the port authority.',
      'The port authority said repairs to the quay would take at least three weeks to finish.',
    ].join('\n\n');
    await page.getByLabel('Text').fill(probe);
    await page.getByLabel('Title (optional)').fill('Storm <script>window.__xss=1</script> report');
    await addAndReload(page);
    for (const path of [
      page.url(),
      `${page.url()}/sources/${encodeURIComponent((await page.locator('.card a').last().getAttribute('href'))!.split('/').pop()!)}`,
    ]) {
      const p = path === page.url() ? page : await open(new URL(path).pathname);
      expect(await p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await p.locator('script:not([src])').count()).toBe(0);
      expect(await p.locator('img').count()).toBe(0);
      expect(await p.locator('[onerror], [onclick]').count()).toBe(0);
      expect(await p.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(await p.locator('main').textContent()).toContain('<script>');
    }
    await page.screenshot({ path: join(SHOTS, 'xss-probe.png'), fullPage: true });
    // and the probe goes: the delete button asks first, then returns to the list without it
    await Promise.all([
      page.waitForURL(`${server.url}/`),
      page.getByRole('button', { name: 'Delete story' }).click(),
    ]);
    expect(await page.locator('li.story').count()).toBe(1);
    expect(await page.locator('li.story').textContent()).toContain('Harbour fire');
  });

  it('keeps the static HTML report of an 81-source story within the page width', async () => {
    const docs = Array.from({ length: 81 }, (_, i) => ({
      id: `outlet-${i + 1}-with-a-rather-long-document-identifier`,
      title: `Report ${i + 1}`,
      outlet: `Outlet ${i + 1}`,
      published: null,
      published_basis: 'unknown',
      text: `Report ${i + 1}: the council said the bridge at Dunmore would reopen on Friday.`,
      flags: [],
    }));
    const ids = docs.map((d) => d.id);
    const b = BriefingSchema.parse({
      schema: 'corroborate.briefing/1',
      story: { id: 'wide', title: 'Wide' },
      documents: docs,
      entities: [],
      quantities: [],
      timeline: [],
      quotes: [],
      claims: [
        {
          id: 'c1',
          text: 'the bridge would reopen on Friday',
          status: 'corroborated',
          docs: ids,
          evidence: [],
        },
      ],
      disputes: [],
    });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.setContent(renderHtml(b));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('.wide table th').count()).toBe(83);
  });

  it('met no console error, page error or dialog on any page', () => {
    expect(problems).toEqual([]);
  });
});
