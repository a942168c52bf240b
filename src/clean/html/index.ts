// HTML page → article text with its structure (blocks) and metadata, or null when the page holds no article.
import type { Block, DocMeta } from '../../model/document.ts';
import { type Issue, issue, type Result } from '../../model/issue.ts';
import { assemble } from './assemble.ts';
import { bodyDrafts, readableRoot } from './body.ts';
import { type DomKind, parseDocument } from './dom.ts';
import { authorList } from './meta/authors.ts';
import { readMeta } from './meta/index.ts';

export type { DomKind } from './dom.ts';

export interface ExtractOptions {
  url?: string;
  dom?: DomKind;
}

export interface Article {
  text: string;
  blocks: Block[];
  meta: DocMeta;
}

// Fewer words than this is a stub, a login or an index page, not an article.
const MIN_WORDS = 25;
const WORD = /[\p{L}\p{N}]+/gu;

export function extractArticle(html: string, opts: ExtractOptions = {}): Result<Article | null> {
  const issues: Issue[] = [];
  const dom = opts.dom ?? 'linkedom';
  const doc = parseDocument(html, dom, opts.url);
  const m = readMeta(doc, opts.url);
  issues.push(...m.issues);
  const meta: DocMeta = m.value;
  const { root, byline } = readableRoot(doc);
  if (!meta.authors && byline) {
    const authors = authorList([byline], meta.outlet);
    if (authors.length) meta.authors = authors;
  }
  const drafts = root ? bodyDrafts(root) : [];
  const { text, blocks } = assemble(drafts);
  if ((text.match(WORD)?.length ?? 0) < MIN_WORDS) {
    issues.push(issue('clean.no-article', 'no article body found in the page', opts.url));
    return { value: null, issues };
  }
  return { value: { text, blocks, meta }, issues };
}
