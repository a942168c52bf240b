// HTML by hand, safely: every string from an article, a URL or a user goes through esc(); markup is only ever
// built here from constants. No inline script, style or event handler: the CSP forbids them anyway.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A value already made safe by the helpers here. */
export interface Safe {
  readonly html: string;
}

export const raw = (html: string): Safe => ({ html });

/** Tagged template: interpolated strings are escaped, Safe values and arrays of them are kept. */
export function h(parts: TemplateStringsArray, ...values: unknown[]): Safe {
  let out = parts[0]!;
  values.forEach((v, i) => {
    out += piece(v) + parts[i + 1]!;
  });
  return { html: out };
}

function piece(v: unknown): string {
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(piece).join('');
  if (typeof v === 'object' && 'html' in v) return (v as Safe).html;
  return esc(String(v));
}

/** An ISO date or date-time as a reader writes it: "2026-03-05" or "2026-03-05 09:30 UTC". */
export function readableDate(iso: string): string {
  const m = /^(\d{4}(?:-\d{2}){0,2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m) return iso;
  const zone = m[3] === undefined ? '' : m[3] === 'Z' ? ' UTC' : ` ${m[3]}`;
  return `${m[1]} ${m[2]}${zone}`;
}

export const storyHref = (id: string): string => `/stories/${encodeURIComponent(id)}`;

export interface EvidenceLink {
  story: string;
  doc: string;
  start: number | null;
  end: number | null;
  text: string;
}

/** The evidence view of one sentence: by span when known, else by its words; #hl scrolls to it without script. */
export function evidenceHref(e: EvidenceLink): string {
  const q = new URLSearchParams();
  if (e.start !== null && e.end !== null) {
    q.set('start', String(e.start));
    q.set('end', String(e.end));
  } else q.set('q', e.text.slice(0, 500));
  return `${storyHref(e.story)}/sources/${encodeURIComponent(e.doc)}?${q}#hl`;
}

export interface LayoutOptions {
  title: string;
  csrf: string;
  body: Safe;
  /** Reload the page after this many seconds (a meta refresh: no script needed). */
  refreshSeconds?: number;
  /** Breadcrumb links after "Stories". */
  crumbs?: { href: string; label: string }[];
}

export function layout(o: LayoutOptions): string {
  const crumbs = (o.crumbs ?? []).map(
    (c) => h` <span aria-hidden="true">›</span> <a href="${c.href}">${c.label}</a>`,
  );
  return h`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${o.csrf}">${o.refreshSeconds ? h`<meta http-equiv="refresh" content="${String(o.refreshSeconds)}">` : ''}<title>${o.title} · corroborate</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/app.css"><script type="module" src="/assets/app.js"></script></head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="top"><nav aria-label="Breadcrumb"><a href="/" class="brand">corroborate</a> <span aria-hidden="true">›</span> <a href="/">Stories</a>${crumbs}</nav></header>
<main id="main" tabindex="-1">${o.body}</main>
<footer class="foot">corroborate runs offline: nothing on this page comes from elsewhere.</footer>
</body></html>
`.html;
}
