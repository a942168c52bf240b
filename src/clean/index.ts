// RawDocument → Document: article text (HTML extraction first), chrome dropped, structure as blocks,
// metadata from the input, the page and the text (in that order of trust), a publication date with its basis.
import type { Context } from '../context.ts';
import type { DocMeta, Document, RawDocument } from '../model/document.ts';
import { type Issue, issue, type Result } from '../model/issue.ts';
import { boundBody, boundHtml, boundText } from './budget.ts';
import { contentHash } from './dedupe/index.ts';
import { extractArticle } from './html/index.ts';
import { decidePublished } from './published/index.ts';
import { type CleanedText, cleanExtracted, cleanMarkdown, cleanPlainText } from './text/index.ts';
import { guessLanguage } from './text/language.ts';

export { markDuplicates } from './dedupe/index.ts';

function cleanBody(
  raw: RawDocument,
  issues: Issue[],
  cuts: string[],
): { cleaned: CleanedText; page: DocMeta } | null {
  const bounded = raw.kind === 'html' ? boundHtml(raw.body) : boundBody(raw.body);
  if (bounded.cut) cuts.push(bounded.cut);
  if (raw.kind === 'markdown') return { cleaned: cleanMarkdown(bounded.text), page: {} };
  if (raw.kind === 'text') return { cleaned: cleanPlainText(bounded.text), page: {} };
  const r = extractArticle(bounded.text, raw.meta.url ? { url: raw.meta.url } : {});
  issues.push(...r.issues);
  return r.value ? { cleaned: cleanExtracted(r.value.text, r.value.blocks), page: r.value.meta } : null;
}

const first = <T>(...xs: (T | undefined | null)[]): T | null => xs.find((x) => x != null && x !== '') ?? null;
const nonEmpty = (xs: string[] | undefined): string[] | undefined => (xs?.length ? xs : undefined);

export function clean(raw: RawDocument, ctx: Context): Result<Document | null> {
  const issues: Issue[] = [];
  const cuts: string[] = [];
  const body = cleanBody(raw, issues, cuts);
  if (!body) return { value: null, issues };
  const { page } = body;
  const bounded = boundText(body.cleaned.text, body.cleaned.blocks);
  if (bounded.cut) cuts.push(bounded.cut);
  const cleaned = { ...body.cleaned, text: bounded.text, blocks: bounded.blocks };
  for (const c of cuts) issues.push(issue('clean.cut', `${raw.source}: ${c}`, raw.id));
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
    // optional fields are present (undefined when absent) so every document has one shape: the stages that read
    // documents stay monomorphic in V8, and JSON leaves undefined out as it left the field out
    publishedAfter: pub.publishedAfter || undefined,
    dateline: cleaned.dateline || undefined,
    wire: cleaned.wire || undefined,
    language: first(raw.meta.language, page.language, guessLanguage(cleaned.text)),
    url: first(raw.meta.url, page.url),
    text: cleaned.text,
    blocks: cleaned.blocks,
    flags: [],
    contentHash: contentHash(cleaned.text),
    cut: cuts.length ? cuts : undefined,
  };
  return { value: doc, issues };
}
