// The evidence view: one source's cleaned text with the cited sentence highlighted (and scrolled to), and two
// sources side by side with what they share and where they conflict marked.
import type { Briefing } from '../../model/briefing.ts';
import { contains, type Span } from '../../model/span.ts';
import type { StoredDocument } from '../../store/index.ts';
import { esc, h, layout, raw, readableDate, type Safe, storyHref } from './html.ts';

export interface Mark {
  start: number;
  end: number;
  cls: string;
  id?: string;
  title?: string;
}

/** Where a quoted piece of evidence stands in the text: exactly, else with whitespace runs matched loosely. */
export function locate(text: string, words: string): { start: number; end: number } | null {
  const w = words.trim();
  if (!w) return null;
  const at = text.indexOf(w);
  if (at >= 0) return { start: at, end: at + w.length };
  const pattern = w
    .split(/\s+/)
    .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const m = new RegExp(pattern).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The text, escaped, with non-overlapping marks (the first of overlapping ones wins). */
export function markedText(text: string, marks: Mark[]): Safe {
  const sorted = [...marks]
    .filter((m) => m.start < m.end && m.end <= text.length)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    const attrs = `class="${esc(m.cls)}"${m.id ? ` id="${esc(m.id)}" tabindex="-1"` : ''}${m.title ? ` title="${esc(m.title)}"` : ''}`;
    out += `${esc(text.slice(at, m.start))}<mark ${attrs}>${esc(text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  return raw(out + esc(text.slice(at)));
}

/** Flags as the briefing gives them (cross-checked), else as cleaning stored them. */
export type FlagView = { kind: string; evidence: string }[];

function meta(s: StoredDocument, flags: FlagView = s.doc.flags): Safe {
  const d = s.doc;
  return h`<p class="muted">${d.outlet ?? 'outlet unknown'} · ${d.published ? `published ${readableDate(d.published)} (${d.publishedBasis})` : 'date unknown'}${d.authors.length ? ` · by ${d.authors.join(', ')}` : ''}${d.url ? h` · <a href="${safeUrl(d.url)}" rel="noreferrer noopener">original</a>` : ''}</p>
${flags.length ? h`<ul class="flags">${flags.map((f) => h`<li><span class="flag">${f.kind}</span> ${f.evidence}</li>`)}</ul>` : ''}`;
}

/** Only http(s) links are ever made from stored URLs: a "javascript:" URL becomes a dead link. */
export function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}

export interface Highlight {
  start?: number;
  end?: number;
  q?: string;
}

/**
 * The highlight: the whole sentence that holds the cited words (a date's "Tuesday" reads only in its sentence),
 * with the words themselves marked more strongly, as adjacent marks so none overlaps another.
 */
export function sentenceMarks(words: Span, sentence: Span | undefined): Mark[] {
  if (!sentence || (sentence.start === words.start && sentence.end === words.end))
    return [{ ...words, cls: 'hl', id: 'hl' }];
  const parts: Mark[] = [
    { start: sentence.start, end: words.start, cls: 'hl' },
    { start: words.start, end: words.end, cls: 'hl words' },
    { start: words.end, end: sentence.end, cls: 'hl' },
  ].filter((m) => m.start < m.end);
  parts[0]!.id = 'hl';
  return parts;
}

export function sourcePage(
  story: string,
  s: StoredDocument,
  want: Highlight,
  csrf: string,
  flags?: FlagView,
  sentences: Span[] = [],
): string {
  const text = s.doc.text;
  let span: { start: number; end: number } | null = null;
  if (want.start !== undefined && want.end !== undefined && want.start < want.end && want.end <= text.length)
    span = { start: want.start, end: want.end };
  else if (want.q) span = locate(text, want.q);
  const marks: Mark[] = span
    ? sentenceMarks(
        span,
        sentences.find((x) => contains(x, span)),
      )
    : [];
  const missing = (want.q || want.start !== undefined) && !span;
  return layout({
    title: s.doc.title ?? s.doc.id,
    csrf,
    crumbs: [
      { href: storyHref(story), label: story },
      { href: `${storyHref(story)}/sources/${encodeURIComponent(s.doc.id)}`, label: s.doc.title ?? s.doc.id },
    ],
    body: h`<h1>${s.doc.title ?? s.doc.id}</h1>${meta(s, flags)}
${missing ? h`<p class="error" role="alert">The cited words are not in this text any more.</p>` : ''}
${span ? h`<p class="muted"><a href="#hl">Jump to the highlighted sentence</a></p>` : ''}
<article class="article" aria-label="Article text">${markedText(text, marks)}</article>`,
  });
}

/** Marks for one side of a comparison: sentences of claims both sources make, and evidence of opposite sides. */
export function compareMarks(b: Briefing, self: string, other: string, text: string): Mark[] {
  const marks: Mark[] = [];
  for (const c of b.claims) {
    if (!c.docs.includes(self) || !c.docs.includes(other)) continue;
    for (const e of c.evidence)
      if (e.doc === self)
        marks.push({
          start: e.start,
          end: e.end,
          cls: 'shared',
          title: `also in the other source: ${c.text}`,
        });
  }
  for (const d of b.disputes) {
    const mine = d.sides.findIndex((s) => s.docs.includes(self));
    const theirs = d.sides.findIndex((s) => s.docs.includes(other));
    if (mine < 0 || theirs < 0 || mine === theirs) continue;
    for (const e of d.sides[mine]!.evidence) {
      if (e.doc !== self) continue;
      const at = locate(text, e.text);
      if (at) marks.push({ ...at, cls: 'conflict', title: `conflicts: ${d.about}` });
    }
  }
  // conflicts first, so where a sentence is both, the conflict shows
  return marks.sort((a, b) => (a.cls === b.cls ? 0 : a.cls === 'conflict' ? -1 : 1));
}

const flagsOf = (b: Briefing, s: StoredDocument): FlagView =>
  b.documents.find((d) => d.id === s.doc.id)?.flags ?? s.doc.flags;

export function comparePage(
  story: string,
  b: Briefing,
  a: StoredDocument,
  z: StoredDocument,
  csrf: string,
): string {
  const column = (s: StoredDocument, other: StoredDocument) =>
    h`<section class="column" aria-label="${s.doc.title ?? s.doc.id}"><h2>${s.doc.title ?? s.doc.id}</h2>${meta(s, flagsOf(b, s))}
<article class="article">${markedText(s.doc.text, compareMarks(b, s.doc.id, other.doc.id, s.doc.text))}</article></section>`;
  return layout({
    title: `Compare · ${story}`,
    csrf,
    crumbs: [
      { href: storyHref(story), label: story },
      { href: '#', label: 'Side by side' },
    ],
    body: h`<h1>Side by side</h1><p class="legend"><mark class="shared">said by both</mark> <mark class="conflict">conflicts with the other</mark></p>
<div class="compare-grid">${column(a, z)}${column(z, a)}</div>`,
  });
}
