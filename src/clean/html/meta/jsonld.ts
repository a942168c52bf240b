// JSON-LD blocks of a page, flattened to a list of objects; broken JSON is repaired when it can be, else reported.
import { type Issue, issue } from '../../../model/issue.ts';

export type LdNode = Record<string, unknown>;

const CDATA = /^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(\/\/\s*\]\]>|\]\]>|-->)\s*$/g;
const TRAILING_COMMA = /,\s*([}\]])/g;
const RAW_CONTROL = /[\u0000-\u001f]+/g;

function parseLoose(raw: string): unknown {
  const text = raw.replace(CDATA, '').trim();
  try {
    return JSON.parse(text);
  } catch {
    // Common breakage: raw newlines/tabs inside strings and trailing commas; one repair pass, then give up.
    return JSON.parse(text.replace(RAW_CONTROL, ' ').replace(TRAILING_COMMA, '$1'));
  }
}

function flatten(value: unknown, out: LdNode[], depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  out.push(node);
  if (node['@graph']) flatten(node['@graph'], out, depth + 1);
}

/** Every JSON-LD object of the page (top level and @graph members), with an issue per unreadable block. */
export function readJsonLd(doc: Document, where?: string): { nodes: LdNode[]; issues: Issue[] } {
  const nodes: LdNode[] = [];
  const issues: Issue[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    if (!raw.trim()) continue;
    try {
      flatten(parseLoose(raw), nodes);
    } catch {
      issues.push(
        issue('clean.bad-json-ld', 'a JSON-LD block could not be parsed; it was ignored', where, 'info'),
      );
    }
  }
  return { nodes, issues };
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting)$/;

export function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/** The node that describes the article itself: an *Article type, else a WebPage, else the first. */
export function articleNode(nodes: LdNode[]): LdNode | undefined {
  return (
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t))) ??
    nodes.find((n) => typesOf(n).includes('WebPage')) ??
    nodes[0]
  );
}

/** A string property, or the name/@value of an object property. */
export function ldString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return ldString(v[0]);
  if (v && typeof v === 'object') {
    const o = v as LdNode;
    return ldString(o.name ?? o['@value'] ?? o.url ?? o['@id']);
  }
  return undefined;
}

/** Person names from an author-like property: a string, an object with a name, a reference, or a list of these. */
export function ldNames(v: unknown, nodes: LdNode[] = [], depth = 0): string[] {
  if (depth > 3 || v === null || v === undefined) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => ldNames(x, nodes, depth + 1));
  if (typeof v === 'object') {
    let o = v as LdNode;
    // {"@id": "#author-1"} points at a @graph member that carries the name.
    if (typeof o['@id'] === 'string' && o.name === undefined)
      o = nodes.find((n) => n['@id'] === o['@id']) ?? o;
    if (typeof o.name === 'string') return [o.name];
    if (Array.isArray(o.name)) return ldNames(o.name, nodes, depth + 1);
    const given = typeof o.givenName === 'string' ? o.givenName : '';
    const family = typeof o.familyName === 'string' ? o.familyName : '';
    if (given || family) return [`${given} ${family}`.trim()];
  }
  return [];
}
