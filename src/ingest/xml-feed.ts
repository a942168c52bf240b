// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → the format-neutral Feed of feed-item.ts.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeEntities } from '../model/html-entities.ts';
import { type Issue, issue } from '../model/issue.ts';
import { absoluteLink, type Feed, type FeedItem, isoDate } from './feed-item.ts';

type Node = Record<string, unknown>;

const ARRAYS = new Set(['item', 'entry', 'link', 'author', 'dc:creator', 'category']);

// Atom content and summary stay raw: xhtml content is markup that the object form would tear apart
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: ['*.entry.content', '*.entry.summary'],
  // feed titles and descriptions use HTML entities (&nbsp; &mdash;) that XML alone does not define
  htmlEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** Raw XML character data (from a stop node) → its text: CDATA unwrapped, entities decoded outside CDATA. */
function rawXmlText(raw: string): string {
  let out = '';
  let at = 0;
  for (const m of raw.matchAll(CDATA)) {
    out += decodeEntities(raw.slice(at, m.index)) + m[1];
    at = m.index + m[0].length;
  }
  return out + decodeEntities(raw.slice(at));
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

/** The text of an element that may be a string, an object with #text, or a list of those. */
function text(v: unknown): string | undefined {
  const x = first(v);
  if (typeof x === 'string') return x.trim() || undefined;
  if (typeof x === 'number') return String(x);
  if (x && typeof x === 'object' && '#text' in x) return text((x as Node)['#text']);
  return undefined;
}

function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** RSS <author> is "email (Name)" by the spec, often just a name; a bare email names no one. */
function rssAuthor(s: string): string | undefined {
  const named = s.match(/\(([^)]+)\)\s*$/)?.[1]?.trim();
  if (named) return named;
  return /^\S+@\S+$/.test(s.trim()) ? undefined : s.trim();
}

function rssItem(n: Node, base: string | undefined): FeedItem {
  const guid = first(n.guid);
  const guidIsLink = !(guid && typeof guid === 'object' && (guid as Node)['@_isPermaLink'] === 'false');
  const guidText = text(guid);
  const link = absoluteLink(
    text(n.link) ?? (guidIsLink && guidText?.match(/^https?:/) ? guidText : undefined),
    base,
  );
  const authors = [...list(n['dc:creator']), ...list(n.author)]
    .map((a) => text(a))
    .map((a) => (a ? rssAuthor(a) : undefined))
    .filter((a): a is string => Boolean(a));
  const full = text(n['content:encoded']);
  const description = text(n.description);
  const body = full ?? description;
  return {
    title: text(n.title),
    link,
    authors: authors.length ? [...new Set(authors)] : undefined,
    published: isoDate(text(n.pubDate) ?? text(n['dc:date'])),
    content: body ? { body, kind: 'html' } : undefined,
  };
}

function atomLink(links: unknown, base: string | undefined): string | undefined {
  const all = list(links).filter((l): l is Node => Boolean(l) && typeof l === 'object');
  const alt = all.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate');
  return absoluteLink(typeof alt?.['@_href'] === 'string' ? alt['@_href'] : undefined, base);
}

function atomContent(v: unknown): FeedItem['content'] {
  const x = first(v);
  if (x === undefined || x === null) return undefined;
  const node: Node = typeof x === 'object' ? (x as Node) : { '#text': x };
  if (node['@_src']) return undefined;
  const raw = typeof node['#text'] === 'string' ? node['#text'] : '';
  const type = String(node['@_type'] ?? 'text').toLowerCase();
  if (type === 'xhtml') return raw.trim() ? { body: raw, kind: 'html' } : undefined;
  const body = rawXmlText(raw);
  if (!body.trim()) return undefined;
  return { body, kind: type === 'html' || type.includes('html') ? 'html' : 'text' };
}

function atomItem(n: Node, base: string | undefined): FeedItem {
  const authors = list(n.author)
    .map((a) => (a && typeof a === 'object' ? text((a as Node).name) : text(a)))
    .filter((a): a is string => Boolean(a));
  return {
    title: text(n.title),
    link: atomLink(n.link, base),
    authors: authors.length ? authors : undefined,
    published: isoDate(text(n.published) ?? text(n.updated)),
    content: atomContent(n.content) ?? atomContent(n.summary),
  };
}

function feedFromTree(tree: Node, base: string | undefined): Feed | null {
  const rss = tree.rss as Node | undefined;
  const rdf = tree['rdf:RDF'] as Node | undefined;
  if (rss || rdf) {
    const channel = (first((rss ?? rdf)?.channel) ?? {}) as Node;
    const items = list(channel.item ?? rdf?.item) as Node[];
    const home = absoluteLink(text(channel.link), base) ?? base;
    return {
      title: text(channel.title),
      language: text(channel.language) ?? text(channel['dc:language']),
      items: items.map((n) => rssItem(n, home)),
    };
  }
  const atom = tree.feed as Node | undefined;
  if (atom && typeof atom === 'object') {
    const home = atomLink(atom.link, base) ?? base;
    const lang = atom['@_xml:lang'];
    return {
      title: text(atom.title),
      language: typeof lang === 'string' ? lang : undefined,
      items: list(atom.entry).map((n) => atomItem(n as Node, home)),
    };
  }
  return null;
}

const BARE_AMP = /&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi;

function brokenFeed(where: string, err: { line: number; col: number; msg: string }): Issue {
  const message = `${where} is a broken feed: ${err.msg} (line ${err.line}, column ${err.col})`;
  return issue('ingest.feed-broken', message, where, 'error');
}

/** Check the XML; a bare "&" (the commonest fault of real feeds) is escaped and reported, not fatal. */
function validXml(xml: string, where: string): { value: string | null; issues: Issue[] } {
  const first = XMLValidator.validate(xml);
  if (first === true) return { value: xml, issues: [] };
  if (first.err.code !== 'InvalidChar' || !xml.includes('&'))
    return { value: null, issues: [brokenFeed(where, first.err)] };
  const repaired = xml.replace(BARE_AMP, '&amp;');
  const second = XMLValidator.validate(repaired);
  if (second !== true) return { value: null, issues: [brokenFeed(where, first.err)] };
  const note = `${where} has unescaped "&" characters (first at line ${first.err.line}); read them as text`;
  return { value: repaired, issues: [issue('ingest.feed-repaired', note, where, 'info')] };
}

/** The parser's own refusals (nesting past its limit, external entities, entity bombs) are a broken feed. */
function parseTree(xml: string, where: string): { value: Node | null; issues: Issue[] } {
  try {
    return { value: parser.parse(xml) as Node, issues: [] };
  } catch (e) {
    const message = `${where} is XML that cannot be read as a feed: ${(e as Error).message}`;
    return { value: null, issues: [issue('ingest.feed-refused', message, where, 'error')] };
  }
}

/** Parse an XML feed; a broken one is an error naming its line and column. */
export function parseXmlFeed(
  xml: string,
  where: string,
  base?: string,
): { value: Feed | null; issues: Issue[] } {
  const checked = validXml(xml, where);
  if (checked.value === null) return { value: null, issues: checked.issues };
  const tree = parseTree(checked.value, where);
  if (!tree.value) return { value: null, issues: [...checked.issues, ...tree.issues] };
  const feed = feedFromTree(tree.value, base);
  if (!feed) {
    const message = `${where} is XML but neither an RSS nor an Atom feed`;
    return { value: null, issues: [...checked.issues, issue('ingest.feed-broken', message, where, 'error')] };
  }
  return { value: feed, issues: checked.issues };
}

/** Whether an XML text's root element is a feed's. */
export function looksLikeXmlFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(head);
}
