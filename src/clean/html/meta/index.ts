// Page metadata (title, authors, outlet, language, canonical URL, publication date) from meta tags, JSON-LD and markup.
import { MONTH_STEMS } from '../../../lang/en/calendar.ts';
import type { DocMeta } from '../../../model/document.ts';
import type { Issue, Result } from '../../../model/issue.ts';
import { mapList } from '../../../model/list.ts';
import { clean } from '../text.ts';
import { authorList } from './authors.ts';
import { anyDate, machineDate, textDate } from './date.ts';
import { articleNode, type LdNode, ldNames, ldString, readJsonLd } from './jsonld.ts';
import { allMeta, firstMeta, indexMeta, type MetaIndex } from './tags.ts';
import { splitTitle } from './title.ts';

// Publication only: a modified time would make an old story look fresh.
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'article.published',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'citation_publication_date',
];
const AUTHOR_KEYS = [
  'author',
  'article:author',
  'byl',
  'dc.creator',
  'sailthru.author',
  'parsely-author',
  'citation_author',
];
const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], [class*="byline"], [class*="author-name"]';
const DATELINE_SELECTOR =
  '[class*="dateline"], [class*="publish"], [class*="posted"], [class*="date"], [itemprop="datePublished"]';
// Byline and dateline elements are short; a long one is a container that happens to carry the class.
const MAX_BYLINE_CHARS = 120;

export function readMeta(doc: Document, url?: string): Result<DocMeta> {
  const issues: Issue[] = [];
  const tags = indexMeta(doc);
  const ld = readJsonLd(doc, url);
  issues.push(...ld.issues);
  const art = articleNode(ld.nodes);
  const outlet = outletOf(tags, art, ld.nodes);
  const titled = titleOf(doc, tags, art, outlet);
  const meta: DocMeta = {};
  if (titled.title) meta.title = titled.title;
  const site = outlet ?? titled.site;
  if (site) meta.outlet = site;
  const authors = authorsOf(doc, tags, ld.nodes, site);
  if (authors.length) meta.authors = authors;
  const canonical = canonicalOf(doc, tags, art, url);
  const published = publishedOf(doc, tags, art, canonical ?? url);
  if (published) meta.published = published;
  const language = languageOf(doc, tags, art);
  if (language) meta.language = language;
  if (canonical) meta.url = canonical;
  return { value: meta, issues };
}

function outletOf(tags: MetaIndex, art: LdNode | undefined, nodes: LdNode[]): string | undefined {
  const fromTags = firstMeta(tags, ['og:site_name', 'application-name', 'publisher', 'dc.publisher']);
  // "Site | Tagline" or "Site - Sections": the name is the first part.
  if (fromTags && !/^@|^https?:/.test(fromTags)) return fromTags.split(/\s+[|–—-]\s+/)[0];
  const pub = ldString(art?.publisher) ?? ldString(nodes.find((n) => n['@type'] === 'Organization')?.name);
  return pub && !/^https?:/.test(pub) ? clean(pub) : undefined;
}

function titleOf(doc: Document, tags: MetaIndex, art: LdNode | undefined, outlet?: string) {
  const candidates = [
    firstMeta(tags, ['og:title']),
    ldString(art?.headline),
    firstMeta(tags, ['twitter:title']),
    doc.querySelector('title')?.textContent ?? undefined,
    doc.querySelector('h1')?.textContent ?? undefined,
  ];
  const raw = mapList(candidates, (c) => clean(c)).find(Boolean);
  const docTitle = clean(doc.querySelector('title')?.textContent);
  const site = docTitle ? splitTitle(docTitle, outlet).site : undefined;
  return raw ? { title: splitTitle(raw, outlet ?? site).title, site } : { title: undefined, site };
}

function authorsOf(doc: Document, tags: MetaIndex, ld: LdNode[], outlet?: string): string[] {
  const art = articleNode(ld);
  const fromLd = authorList(ldNames(art?.author ?? art?.creator, ld), outlet);
  if (fromLd.length) return fromLd;
  const fromTags = authorList(allMeta(tags, AUTHOR_KEYS), outlet);
  if (fromTags.length) return fromTags;
  const bylines = Array.from(doc.querySelectorAll(BYLINE_SELECTOR))
    .map((el) => clean(el.textContent))
    .filter((t) => t && t.length <= MAX_BYLINE_CHARS);
  return authorList(bylines.slice(0, 3), outlet);
}

function publishedOf(
  doc: Document,
  tags: MetaIndex,
  art: LdNode | undefined,
  url?: string,
): string | undefined {
  return publishedInPage(doc, tags, art) ?? (url ? urlDate(url) : undefined);
}

function publishedInPage(doc: Document, tags: MetaIndex, art: LdNode | undefined): string | undefined {
  const ldDate = machineDate(ldString(art?.datePublished) ?? '') ?? anyDate(ldString(art?.dateCreated));
  if (ldDate) return ldDate;
  for (const k of DATE_KEYS) {
    const d = anyDate(tags.get(k)?.[0]);
    if (d) return d;
  }
  const time = doc.querySelector(
    'article time[datetime], header time[datetime], time[pubdate], time[datetime]',
  );
  const fromTime = anyDate(time?.getAttribute('datetime')) ?? anyDate(time?.textContent);
  if (fromTime) return fromTime;
  for (const el of Array.from(doc.querySelectorAll(DATELINE_SELECTOR)).slice(0, 10)) {
    const attr = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('value');
    const d = anyDate(attr) ?? textDateOf(el);
    if (d) return d;
  }
  return besideHeadline(doc);
}

// How far below the headline a dateline may sit.
const HEADLINE_NEIGHBOURS = 3;

/** A short line just below the h1 ("Posted on 12 April 2022") often is the only date of a blog post. */
function besideHeadline(doc: Document): string | undefined {
  let el = doc.querySelector('h1')?.nextElementSibling ?? null;
  for (let i = 0; el && i < HEADLINE_NEIGHBOURS; i++, el = el.nextElementSibling) {
    const d = textDateOf(el);
    if (d) return d;
  }
  return undefined;
}

const URL_YMD = /\/((?:19|20)\d{2})\/(\d{1,2}|[a-z]{3})[a-z]*\/(\d{1,2})\//i;
const URL_COMPACT = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/;

/** Many news URLs carry the date: /2021/03/04/, /2021/mar/04/, -20210304/ (a date, never a time). */
export function urlDate(url: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const ymd = URL_YMD.exec(path);
  if (ymd) {
    const m = /^\d+$/.test(ymd[2]!)
      ? Number(ymd[2])
      : MONTH_STEMS.indexOf(ymd[2]!.slice(0, 3).toLowerCase()) + 1;
    return machineDate(`${ymd[1]}-${m}-${ymd[3]}`);
  }
  const c = URL_COMPACT.exec(path);
  return c ? machineDate(`${c[1]}-${c[2]}-${c[3]}`) : undefined;
}

function textDateOf(el: Element): string | undefined {
  const t = clean(el.textContent);
  return t && t.length <= MAX_BYLINE_CHARS ? textDate(t) : undefined;
}

const LANG = /^([a-z]{2,3})(?:[-_]|$)/i;

function languageOf(doc: Document, tags: MetaIndex, art: LdNode | undefined): string | undefined {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    firstMeta(tags, ['og:locale', 'content-language', 'language', 'dc.language']),
    ldString(art?.inLanguage),
  ];
  for (const c of candidates) {
    const m = c ? LANG.exec(c.trim()) : null;
    if (m) return m[1]!.toLowerCase();
  }
  return undefined;
}

function canonicalOf(
  doc: Document,
  tags: MetaIndex,
  art: LdNode | undefined,
  url?: string,
): string | undefined {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    firstMeta(tags, ['og:url', 'twitter:url']),
    ldString(art?.mainEntityOfPage),
    ldString(art?.url),
    url,
  ];
  for (const c of candidates) {
    const abs = absoluteUrl(c, url);
    if (abs) return abs;
  }
  return undefined;
}

function absoluteUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
