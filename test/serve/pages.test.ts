// The pages as HTML, in-process: escaping, empty and error states, a large story prepared in the background.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readableDate } from '../../src/serve/web/html.ts';
import { makeApp, postJson, req, storyWithExample, type TestApp } from './helpers.ts';

let t: TestApp;
beforeEach(() => {
  t = makeApp();
});
afterEach(async () => {
  await t.dispose();
});

const html = { headers: { accept: 'text/html' } };

it('answers an unknown story and a bad query with an error page, not a stack', async () => {
  const missing = await req(t, '/stories/nope', html);
  expect(missing.status).toBe(404);
  expect(missing.headers.get('content-type')).toContain('text/html');
  expect(await missing.text()).toContain('no story &#39;nope&#39;');
  await postJson(t, '/api/stories', { title: 's' });
  const bad = await req(t, '/stories/s/sources/x?start=abc', html);
  expect(bad.status).toBe(400);
  expect(await bad.text()).toContain('start');
});

it('shows an empty story with the form to add articles', async () => {
  await postJson(t, '/api/stories', { title: 'Empty <b>story</b>' });
  const page = await (await req(t, `/stories/${encodeURIComponent('Empty <b>story</b>')}`)).text();
  expect(page).toContain('No articles yet');
  expect(page).toContain('Empty &lt;b&gt;story&lt;/b&gt;');
  expect(page).not.toContain('<b>story</b>');
  expect(page).toContain('id="add-articles"');
});

it('prepares a large story in the background and reloads until its briefing is ready', async () => {
  const big = makeApp({ limits: { largeStory: 2 } });
  try {
    await storyWithExample(big);
    const first = await req(big, '/stories/harbour-fire');
    expect(first.status).toBe(202);
    const body = await first.text();
    expect(body).toContain('<meta http-equiv="refresh" content="2">');
    expect(body).toContain('4 articles are being cross-checked');
    let status = 202;
    for (let i = 0; i < 200 && status === 202; i++) {
      await new Promise((r) => setTimeout(r, 25));
      status = (await req(big, '/stories/harbour-fire')).status;
    }
    expect(status).toBe(200);
  } finally {
    await big.dispose();
  }
});

it('highlights cited words found by their text when no span is given, and says so when they are gone', async () => {
  await storyWithExample(t);
  const found = await (
    await req(t, '/stories/harbour-fire/sources/01-northline-wire?q=Mayor%20Tomas%20Brandt')
  ).text();
  expect(found).toContain(
    '<mark class="hl words" id="hl" tabindex="-1">Mayor Tomas Brandt</mark><mark class="hl"> said',
  );
  const gone = await (
    await req(t, '/stories/harbour-fire/sources/01-northline-wire?q=words%20never%20written')
  ).text();
  expect(gone).toContain('The cited words are not in this text any more.');
});

it('highlights the whole sentence around cited date words, the words themselves marked more strongly', async () => {
  await storyWithExample(t);
  const text = (await (await req(t, '/api/documents/02-coastal-courier')).json()).text as string;
  const at = text.indexOf('Tuesday');
  const page = await (
    await req(t, `/stories/harbour-fire/sources/02-coastal-courier?start=${at}&end=${at + 'Tuesday'.length}`)
  ).text();
  expect(page).toMatch(
    /<mark class="hl" id="hl" tabindex="-1">[^<]+<\/mark><mark class="hl words">Tuesday<\/mark><mark class="hl">/,
  );
});

it('writes publication times as a reader would', () => {
  expect(readableDate('2026-03-05T09:30:00Z')).toBe('2026-03-05 09:30 UTC');
  expect(readableDate('2026-03-05T09:30:00.000+02:00')).toBe('2026-03-05 09:30 +02:00');
  expect(readableDate('2026-03-05')).toBe('2026-03-05');
  expect(readableDate('2026')).toBe('2026');
});
