// The small pages: the stories list, login, errors.
import { plural } from '../../brief/render/view.ts';
import type { StoryOut } from '../http/schemas.ts';
import { h, layout, storyHref } from './html.ts';

export function errorPage(status: number, title: string, detail: string): string {
  return layout({
    title,
    csrf: '',
    body: h`<section class="empty" role="alert"><h1>${title}</h1><p>${detail}</p><p class="muted">HTTP ${String(status)}</p><p><a href="/">Back to the stories</a></p></section>`,
  });
}

export function preparingPage(story: string, documents: number, csrf: string): string {
  return layout({
    title: story,
    csrf,
    crumbs: [{ href: storyHref(story), label: story }],
    refreshSeconds: 2,
    body: h`<h1>${story}</h1><section class="empty" role="status"><h2>Preparing the briefing</h2><p>${plural(documents, 'article')} are being cross-checked; this page reloads by itself when the briefing is ready.</p></section>`,
  });
}

export function loginPage(csrf: string, failed: boolean): string {
  return layout({
    title: 'Sign in',
    csrf,
    body: h`<section class="panel narrow"><h1>Sign in</h1>
<p>This server asks for its token (<code>CORROBORATE_TOKEN</code>).</p>
${failed ? h`<p class="error" role="alert">That token is wrong.</p>` : ''}
<form method="post" action="/login"><input type="hidden" name="csrf" value="${csrf}">
<label for="token">Token</label><input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form></section>`,
  });
}

const counts = (s: StoryOut) =>
  s.disputes === null
    ? h`<span class="muted">not briefed yet</span>`
    : h`<span class="pill ${s.disputes ? 'bad' : ''}">${plural(s.disputes, 'dispute')}</span> <span class="pill good">${String(s.corroborated)} corroborated</span>`;

export function storiesPage(stories: (StoryOut & { updated: string | null })[], csrf: string): string {
  const rows = stories.map(
    (s) => h`<li class="story"><a class="title" href="${storyHref(s.id)}">${s.title}</a>
<span class="meta">${plural(s.documents, 'source')} · ${s.updated ? `updated ${s.updated.slice(0, 16).replace('T', ' ')}` : 'no articles yet'}</span>
<span class="counts">${counts(s)}</span></li>`,
  );
  const list = stories.length
    ? h`<ul class="stories">${rows}</ul>`
    : h`<section class="empty"><h2>No stories yet</h2><p>Create one below, then add articles to it: paste text, upload files or give links and feeds.</p></section>`;
  return layout({
    title: 'Stories',
    csrf,
    body: h`<h1>Stories</h1>${list}
<section class="panel"><h2>New story</h2>
<form id="new-story" data-api="/api/stories" class="inline"><label for="story-title">Title</label>
<input id="story-title" name="title" required maxlength="200" placeholder="e.g. Port fire, March 2026">
<button type="submit">Create</button></form><p class="result" role="status" aria-live="polite"></p></section>`,
  });
}
