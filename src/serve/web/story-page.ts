// The story page: what a fact-checker reads first (disputes), then every claim by status, the timeline, actors,
// quotes, numbers and the sources. Built from the same view model as the static reports (brief/render/view.ts).

import { type BriefView, buildView, type Cite, type Row, type SourceCard } from '../../brief/render/view.ts';
import type { Briefing } from '../../model/briefing.ts';
import { evidenceHref, h, layout, readableDate, type Safe, storyHref } from './html.ts';

const STATUS_TITLES: Record<string, string> = {
  disputed: 'Disputed',
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  opinion: 'Opinion',
  hypothetical: 'Hypothetical',
};

interface Page {
  story: string;
  v: BriefView;
  cards: Map<string, SourceCard>;
}

/** A source chip: its label, naming the outlet on hover, linking to the cited sentence when there is one. */
function chip(p: Page, label: string, cite?: Cite): Safe {
  const card = [...p.cards.values()].find((c) => c.label === label);
  const name = card ? `${card.outlet ?? card.title}` : label;
  const href = cite
    ? evidenceHref({ story: p.story, ...cite })
    : card
      ? `${storyHref(p.story)}/sources/${encodeURIComponent(card.id)}`
      : '#sources';
  return h`<a class="chip" href="${href}" title="${name}">${label}</a>`;
}

/** Chips for a row: one per cited sentence, then one per other source that gives it without a cited sentence. */
function chips(p: Page, r: Row): Safe {
  const cited = r.cites ?? [];
  const seen = new Set(cited.map((c) => c.label));
  return h`<span class="chips">${cited.map((c) => chip(p, c.label, c))}${r.refs.filter((l) => !seen.has(l)).map((l) => chip(p, l))}</span>`;
}

function evidenceList(p: Page, cites: Cite[]): Safe {
  if (!cites.length) return h``;
  return h`<ul class="evidence">${cites.map(
    (c) =>
      h`<li><a class="ev" href="${evidenceHref({ story: p.story, ...c })}"><span class="chip">${c.label}</span> <q>${c.text}</q></a></li>`,
  )}</ul>`;
}

function disputes(p: Page): Safe {
  if (!p.v.disputes.length)
    return h`<p class="muted">The sources do not contradict each other on anything the checks compare.</p>`;
  return h`${p.v.disputes.map(
    (
      d,
    ) => h`<article class="dispute"><h3>${d.about}${d.kind ? h` <span class="kind">${d.kind}</span>` : ''}</h3>
<div class="sides">${d.sides.map((s) => h`<div class="side"><p class="value">${s.text} ${chips(p, { ...s, cites: [] })}</p>${evidenceList(p, s.cites ?? [])}</div>`)}</div>
${d.note ? h`<p class="note">Likely reason: ${d.note}</p>` : ''}</article>`,
  )}`;
}

function claims(p: Page): Safe {
  if (!p.v.claims.length) return h`<p class="muted">No claims found.</p>`;
  return h`${p.v.claims.map(
    (
      g,
    ) => h`<details class="claims ${g.status}" ${g.status === 'opinion' || g.status === 'hypothetical' ? '' : h`open`}>
<summary><span class="status ${g.status}">${STATUS_TITLES[g.status] ?? g.status}</span> <span class="muted">${String(g.rows.length)}</span></summary>
<ul>${g.rows.map((r) => h`<li id="claim-${r.id}">${r.text} ${chips(p, r)}</li>`)}</ul></details>`,
  )}`;
}

function timeline(p: Page): Safe {
  if (!p.v.timeline.length) return h`<p class="muted">No dated events.</p>`;
  return h`<ol class="timeline">${p.v.timeline.map(
    (
      t,
    ) => h`<li><time datetime="${t.date}" class="${t.implied ? 'implied' : ''}" title="${t.implied ? 'the year (or date) is inferred: no source wrote it out' : 'stated in the source'}">${t.implied ? '≈ ' : ''}${t.date}</time>
<span class="event">${t.text}</span> ${chips(p, t)}${t.implied ? h` <span class="muted">(implied)</span>` : ''}</li>`,
  )}</ol>`;
}

function actors(p: Page): Safe {
  if (!p.v.actors.length) return h`<p class="muted">No people or organisations named by several sources.</p>`;
  return h`<ul class="actors">${p.v.actors.map(
    (a) => h`<li><b>${a.text}</b> <span class="kind">${a.type}</span> ${chips(p, a)}
${a.roles.length ? h`<ul class="roles">${a.roles.map((r) => h`<li>${r}</li>`)}</ul>` : ''}${a.detail ? h`<p class="muted">${a.detail}</p>` : ''}</li>`,
  )}</ul>`;
}

function quotes(p: Page): Safe {
  if (!p.v.quotes.length) return h`<p class="muted">No quotes.</p>`;
  return h`${p.v.quotes.map(
    (q) =>
      h`<figure class="quote"><blockquote>${q.text}</blockquote><figcaption>${q.speaker} ${chips(p, q)}</figcaption></figure>`,
  )}`;
}

function numbers(p: Page): Safe {
  if (!p.v.numbers.length) return h`<p class="muted">No figures.</p>`;
  return h`<ul class="numbers">${p.v.numbers.map(
    (
      n,
    ) => h`<li><b>${n.about || 'figure'}</b> <span class="pill ${n.agree ? 'good' : 'bad'}">${n.agree ? 'agree' : 'differ'}</span>
<ul>${n.values.map((x) => h`<li>${x.text} ${chip(p, x.label)}</li>`)}</ul></li>`,
  )}</ul>`;
}

function sources(p: Page): Safe {
  return h`<div class="cards">${p.v.sources.map(
    (
      s,
    ) => h`<article class="card" id="src-${s.label}"><h3><span class="chip">${s.label}</span> ${s.title}</h3>
<p class="muted">${s.outlet ?? 'outlet unknown'} · ${s.published ? `published ${readableDate(s.published)}` : 'date unknown'}${s.basis === 'inferred' ? ' (inferred)' : ''}</p>
${s.flags.length ? h`<ul class="flags">${s.flags.map((f) => h`<li><span class="flag">${f.kind}</span> ${f.evidence}</li>`)}</ul>` : ''}
${s.sameSourceAs.length ? h`<p class="muted">Counted as one source with ${s.sameSourceAs.join(', ')}</p>` : ''}
<p><a href="${storyHref(p.story)}/sources/${encodeURIComponent(s.id)}">Read the text</a></p></article>`,
  )}</div>`;
}

export function addForm(story: string): Safe {
  return h`<section class="panel" id="add"><h2>Add articles</h2>
<form id="add-articles" data-api="/api/stories/${encodeURIComponent(story)}/documents" enctype="multipart/form-data">
<fieldset><legend>Paste an article</legend><label for="add-title">Title (optional)</label><input id="add-title" name="title">
<label for="add-text">Text</label><textarea id="add-text" name="text" rows="6"></textarea></fieldset>
<fieldset><legend>Upload files</legend><label for="add-file">.txt, .md, .html, .json, .jsonl, feeds; gzipped too</label>
<input id="add-file" name="file" type="file" multiple accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,.json,.jsonl,.ndjson,.xml,.rss,.atom,.gz"></fieldset>
<fieldset><legend>Links or feeds</legend><label for="add-urls">One URL a line</label><textarea id="add-urls" name="urls" rows="3" placeholder="https://…"></textarea></fieldset>
<button type="submit">Add</button></form>
<div class="progress" role="status" aria-live="polite"></div><ul class="results"></ul></section>`;
}

function downloads(story: string): Safe {
  const base = `/api/stories/${encodeURIComponent(story)}/briefing`;
  return h`<nav class="downloads" aria-label="Download the briefing">Download: <a href="${base}?format=json&download=1">JSON</a> <a href="${base}?format=md&download=1">Markdown</a> <a href="${base}?format=html&download=1">HTML</a></nav>`;
}

function compareForm(p: Page): Safe {
  if (p.v.sources.length < 2) return h``;
  const opts = (sel: number) =>
    p.v.sources.map(
      (s, i) =>
        h`<option value="${s.id}" ${i === sel ? h`selected` : ''}>${s.label} ${s.outlet ?? s.title}</option>`,
    );
  return h`<form class="inline compare" method="get" action="${storyHref(p.story)}/compare"><label for="cmp-a">Compare</label>
<select id="cmp-a" name="a">${opts(0)}</select><label for="cmp-b">with</label><select id="cmp-b" name="b">${opts(1)}</select><button type="submit">Side by side</button></form>`;
}

function dangerZone(story: string): Safe {
  return h`<section class="panel danger"><h2>Delete this story</h2><p>Its articles are removed from the database.</p>
<button type="button" class="delete" data-api="/api/stories/${encodeURIComponent(story)}">Delete story</button><p class="result" role="status"></p></section>`;
}

export function storyPage(story: string, b: Briefing | null, csrf: string): string {
  const crumbs = [{ href: storyHref(story), label: story }];
  if (!b || b.documents.length === 0) {
    return layout({
      title: story,
      csrf,
      crumbs,
      body: h`<h1>${story}</h1><section class="empty"><h2>No articles yet</h2><p>Add two or more articles about the event: the briefing cross-checks them.</p></section>${addForm(story)}${dangerZone(story)}`,
    });
  }
  const v = buildView(b);
  const p: Page = { story, v, cards: new Map(v.sources.map((s) => [s.id, s])) };
  const section = (id: string, title: string, body: Safe) =>
    h`<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>${body}</section>`;
  return layout({
    title: story,
    csrf,
    crumbs,
    body: h`<h1>${v.title}</h1><p class="counts">${v.countLine.join(' · ')}</p>${downloads(story)}
<nav class="toc" aria-label="Sections"><a href="#disputes">Disputes</a> <a href="#claims">Claims</a> <a href="#timeline">Timeline</a> <a href="#actors">Actors</a> <a href="#quotes">Quotes</a> <a href="#numbers">Numbers</a> <a href="#sources">Sources</a> <a href="#add">Add articles</a></nav>
${v.summary.length ? section('summary', 'Summary', h`<ul>${v.summary.map((s) => h`<li>${s.text} ${chips(p, s)}</li>`)}</ul>`) : ''}
${section('disputes', `Disputes (${v.disputes.length})`, disputes(p))}
${section('claims', 'Claims by status', claims(p))}
${section('timeline', 'Timeline', timeline(p))}
${section('actors', 'Actors and their roles', actors(p))}
${section('quotes', 'Quotes', quotes(p))}
${section('numbers', 'Numbers', numbers(p))}
${section('sources', 'Sources', h`${compareForm(p)}${sources(p)}`)}
${addForm(story)}${dangerZone(story)}`,
  });
}
