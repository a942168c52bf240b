// RawDocument → Document: article text (HTML extraction first), chrome dropped, structure as blocks,
// metadata from the input, the page and the text (in that order of trust), a publication date with its basis.
import type { Context } from '../context.ts';
import type { DocMeta, Document, RawDocument } from '../model/document.ts';
import { type Issue, issue, type Result } from '../model/issue.ts';
import { contentHash } from './dedupe/index.ts';
import { extractArticle } from './html/index.ts';
import { decidePublished } from './published/index.ts';
import { type CleanedText, cleanExtracted, cleanMarkdown, cleanPlainText } from './text/index.ts';
import { guessLanguage } from './text/language.ts';

export { markDuplicates } from './dedupe/index.ts';

function cleanBody(raw: RawDocument, issues: Issue[]): { cleaned: CleanedText; page: DocMeta } | null {
  if (raw.kind === 'markdown') return { cleaned: cleanMarkdown(raw.body), page: {} };
  if (raw.kind === 'text') return { cleaned: cleanPlainText(raw.body), page: {} };
  const r = extractArticle(raw.body, raw.meta.url ? { url: raw.meta.url } : {});
  issues.push(...r.issues);
  return r.value ? { cleaned: cleanExtracted(r.value.text, r.value.blocks), page: r.value.meta } : null;
}

const first = <T>(...xs: (T | undefined | null)[]): T | null => xs.find((x) => x != null && x !== '') ?? null;
const nonEmpty = (xs: string[] | undefined): string[] | undefined => (xs?.length ? xs : undefined);

export function clean(raw: RawDocument, ctx: Context): Result<Document | null> {
  const issues: Issue[] = [];
  const body = cleanBody(raw, issues);
  if (!body) return { value: null, issues };
  const { cleaned, page } = body;
  if (!cleaned.text.trim()) {
    issues.push(issue('clean.empty', 'nothing of the article is left after cleaning', raw.id));
    return { value: null, issues };
  }
  ctx.trace('clean', `${raw.id}: dropped ${cleaned.dropped.length} lines`, cleaned.dropped);
  const pub = decidePublished(
    { metadata: [raw.meta.published, page.published], dateLines: cleaned.dateLines, text: cleaned.text },
    ctx,
  );
  if (pub.publishedBasis === 'unknown')
    issues.push(issue('clean.undated', 'no publication date given, printed or inferable', raw.id, 'info'));
  const doc: Document = {
    id: raw.id,
    source: raw.source,
    title: first(raw.meta.title?.trim(), page.title?.trim(), cleaned.title),
    // A dateline's agency credit names the outlet when nothing else does: "(Harbour Wire) —".
    outlet: first(raw.meta.outlet, page.outlet, cleaned.wire),
    authors: nonEmpty(raw.meta.authors) ?? nonEmpty(page.authors) ?? cleaned.authors,
    published: pub.published,
    publishedBasis: pub.publishedBasis,
    ...(pub.publishedAfter ? { publishedAfter: pub.publishedAfter } : {}),
    ...(cleaned.dateline ? { dateline: cleaned.dateline } : {}),
    ...(cleaned.wire ? { wire: cleaned.wire } : {}),
    language: first(raw.meta.language, page.language, guessLanguage(cleaned.text)),
    url: first(raw.meta.url, page.url),
    text: cleaned.text,
    blocks: cleaned.blocks,
    flags: [],
    contentHash: contentHash(cleaned.text),
  };
  return { value: doc, issues };
}
