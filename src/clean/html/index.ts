// HTML page → article text with its structure (blocks) and metadata, or null when the page holds no article.
import type { Block, DocMeta } from '../../model/document.ts';
import { type Issue, issue, type Result } from '../../model/issue.ts';
import { mapList } from '../../model/list.ts';
import { assemble } from './assemble.ts';
import { bodyDrafts, readableRoot } from './body.ts';
import { nestingDepth } from './depth.ts';
import { type DomKind, parseDocument } from './dom.ts';
import { densestContainer } from './fallback.ts';
import { authorList } from './meta/authors.ts';
import { textDate } from './meta/date.ts';
import { readMeta } from './meta/index.ts';
import type { Draft } from './render.ts';
import { clean } from './text.ts';

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
// Real pages nest a few dozen levels; far deeper is broken or hostile markup that makes tree walks slow.
const MAX_DEPTH = 400;
const WORD = /[\p{L}\p{N}]+/gu;

const wordCount = (drafts: Draft[]): number => {
  let n = 0;
  for (const d of drafts) n += d.text.match(WORD)?.length ?? 0;
  return n;
};

export function extractArticle(html: string, opts: ExtractOptions = {}): Result<Article | null> {
  const issues: Issue[] = [];
  const dom = opts.dom ?? 'linkedom';
  let doc: Document;
  try {
    doc = parseDocument(html, dom, opts.url);
  } catch (e) {
    // The parsers accept nearly anything; what they reject is reported, not thrown at the caller.
    issues.push(
      issue('clean.html-unparseable', `the page could not be parsed: ${String(e)}`, opts.url, 'error'),
    );
    return { value: null, issues };
  }
  const m = readMeta(doc, opts.url);
  issues.push(...m.issues);
  const meta: DocMeta = m.value;
  const drafts = bodyOf(doc, html, meta, opts, issues);
  if (wordCount(drafts) < MIN_WORDS) {
    issues.push(issue('clean.no-article', 'no article body found in the page', opts.url));
    return { value: null, issues };
  }
  const { text, blocks } = assemble(drafts);
  return { value: { text, blocks, meta }, issues };
}

/** Readability's article; the densest container of a fresh parse when it finds none; flat text when too deep. */
function bodyOf(doc: Document, html: string, meta: DocMeta, opts: ExtractOptions, issues: Issue[]): Draft[] {
  const headerLines: string[] = [];
  const ctx = meta.title ? { title: meta.title, headerLines } : { headerLines };
  const body = doc.body ?? doc.documentElement;
  if (body && nestingDepth(body, MAX_DEPTH) > MAX_DEPTH) {
    issues.push(
      issue(
        'clean.html-too-deep',
        `markup nests deeper than ${MAX_DEPTH} levels; kept as flat text`,
        opts.url,
      ),
    );
    const text = clean(body.textContent);
    return text ? [{ kind: 'paragraph', level: 0, text, group: 0, linkChars: 0 }] : [];
  }
  const { root, byline } = readableRoot(doc);
  if (!meta.authors && byline) {
    const authors = authorList([byline], meta.outlet);
    if (authors.length) meta.authors = authors;
  }
  const drafts = root ? bodyDrafts(root, ctx) : [];
  if (!meta.published) {
    // A dateline above the body ("Posted March 4, 2021") dates the article when metadata does not.
    const dated = mapList(headerLines, (l) => textDate(l)).find(Boolean);
    if (dated) meta.published = dated;
  }
  if (wordCount(drafts) >= MIN_WORDS) return drafts;
  const dense = densestContainer(parseDocument(html, opts.dom ?? 'linkedom', opts.url));
  const denseDrafts = dense ? bodyDrafts(dense, ctx) : [];
  return wordCount(denseDrafts) > wordCount(drafts) ? denseDrafts : drafts;
}
