// brief, clean and extract for library callers: each article goes through pipeline.ts as one JSON record, the
// way the CLI reads a records file, so ids, metadata and refusals are the CLI's.
import type { Briefing } from '../model/briefing.ts';
import type { Document } from '../model/document.ts';
import { type Issue, issue } from '../model/issue.ts';
import type { Extracted } from '../model/mention.ts';
import { briefStory, cleanAll, ingestInput, tryExtract } from '../pipeline.ts';
import { type ArticleInput, ArticleSchema, contextOf, type LibraryOptions } from './input.ts';

export interface CleanResult {
  documents: Document[];
  /** Articles refused (severity 'error', naming `article#n`) and problems met on the way. */
  issues: Issue[];
}

export interface ExtractResult {
  extracted: Extracted[];
  issues: Issue[];
}

export interface BriefResult {
  briefing: Briefing;
  issues: Issue[];
}

const encoder = new TextEncoder();

/** Articles → cleaned documents, copies flagged. Ids: the record's, else `article-N` (N counts from 1). */
export function clean(articles: ArticleInput, opts: LibraryOptions = {}): CleanResult {
  const ctx = contextOf(opts);
  const list = Array.isArray(articles) ? articles : [articles];
  const issues: Issue[] = [];
  const raws = list.flatMap((a, i) => {
    const name = `article-${i + 1}`;
    const parsed = ArticleSchema.safeParse(a);
    if (!parsed.success) {
      const why = parsed.error.issues[0]?.message ?? 'not an article';
      issues.push(issue('api.article-invalid', `${name}: ${why}`, name, 'error'));
      return [];
    }
    const record =
      typeof parsed.data === 'string' ? { id: name, text: parsed.data } : { id: name, ...parsed.data };
    const r = ingestInput({ name: `${name}.json`, bytes: encoder.encode(JSON.stringify(record)) }, ctx);
    issues.push(...r.issues);
    return r.value.docs;
  });
  const cleaned = cleanAll(raws, ctx);
  return { documents: cleaned.value, issues: [...issues, ...cleaned.issues] };
}

/** Articles → what each says (entities, quantities, dates, quotes, claims), span-anchored, not yet cross-checked. */
export function extract(articles: ArticleInput, opts: LibraryOptions = {}): ExtractResult {
  const ctx = contextOf(opts);
  const c = clean(articles, opts);
  const issues = [...c.issues];
  const extracted: Extracted[] = [];
  for (const d of c.documents) {
    const r = tryExtract(d, ctx);
    issues.push(...r.issues);
    if (r.value) extracted.push(r.value);
  }
  return { extracted, issues };
}

/** Articles about one event → the cross-checked briefing (the contract's JSON, corroborate.briefing/1). */
export function brief(
  articles: ArticleInput,
  opts: LibraryOptions & { id?: string; title?: string } = {},
): BriefResult {
  const ctx = contextOf(opts);
  const c = clean(articles, opts);
  const id = opts.id ?? 'story';
  const b = briefStory(c.documents, { id, title: opts.title ?? id }, ctx);
  return { briefing: b.value, issues: [...c.issues, ...b.issues] };
}
