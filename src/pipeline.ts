// The order of the stages, and why. Each stage is a pure function from typed input to typed output returning
// { value, issues }; disk, network and database stay at the edges (fetch/, store/, serve/).
//
// ingest   bytes → RawDocument[]        first, because everything else needs decoded text and its metadata
// clean    RawDocument → Document       before segmenting: spans must point into the text a reader sees
// dedupe   Document[] → Document[]      across the story, before extraction, so copies are flagged not re-counted
// segment  Document → Segmented         sections and their kinds decide what counts as news, opinion, hypothesis
// extract  Segmented → Extracted        per article: entities, roles, quantities, dates, quotes, claims
// anchor   Extracted[] → Extracted[]    undated articles' relative dates counted from the story's own dates
// resolve  Extracted[] → Resolved       entities across articles, so that mentions can be compared at all
// embed    Extracted[] → vectors        optional and async: vectors of comparable sentences, to align facts by meaning
// align    Resolved → Aligned           groups of comparable findings, by blocking keys (never all pairs)
// assess   Aligned → Assessed           statuses, disputes, flags: needs every group and every source at once
// brief    Assessed → Briefing          the contract, last: a view of the findings, adds no facts of its own
import { align } from './align/index.ts';
import { assess } from './assess/index.ts';
import { boundFindings, storyDocs } from './batch/limits.ts';
import type { DocRunner } from './batch/runner.ts';
import { storyBudget, withCuts } from './batch/story-budget.ts';
import { brief } from './brief/index.ts';
import { clean, markDuplicates } from './clean/index.ts';
import { type Clustered, type ClusterState, clusterDocuments } from './cluster/index.ts';
import type { Tuning } from './cluster/params.ts';
import type { Context } from './context.ts';
import { anchorUndated } from './extract/dates/anchor.ts';
import { extract, extractRest, extractWhoWhat, joinFindings, type WhoWhat } from './extract/index.ts';
import { type IngestOptions, ingest } from './ingest/index.ts';
import type { Briefing } from './model/briefing.ts';
import type { Document, RawDocument } from './model/document.ts';
import { guarded } from './model/guard.ts';
import type { Ingested, Input } from './model/input.ts';
import type { Issue, Result } from './model/issue.ts';
import type { Extracted } from './model/mention.ts';
import type { Segmented } from './model/segment.ts';
import { resolve } from './resolve/index.ts';
import { segment } from './segment/index.ts';

// Sentence vectors go through here too; the model loads on the first embed() call, never on import.
export { embedStory, memoryVectorCache, useLiteEmbedder, type VectorCache } from './embed/index.ts';

export interface Story {
  id: string;
  title: string;
}

/** Bytes of one input → raw documents (and feed links to fetch); an input ingest fails on is refused alone. */
export function ingestInput(input: Input, ctx: Context, opts: IngestOptions = {}): Result<Ingested> {
  return guarded('ingest', input.name, { docs: [], follow: [] }, () => ingest(input, ctx, opts));
}

/** One raw document → its cleaned form, or null with the reason (clean's own, or the failure it met). */
export function cleanDoc(raw: RawDocument, ctx: Context): Result<Document | null> {
  return guarded<Document | null>('clean', raw.source, null, () => clean(raw, ctx));
}

/** Flags copies among documents of one story (the one place every command and the store go through). */
export function markCopies(docs: Document[], ctx: Context): Result<Document[]> {
  return markDuplicates(docs, ctx);
}

/** Raw documents → cleaned documents, duplicates flagged. A document that cannot be cleaned is left out with an issue. */
export function cleanAll(raws: RawDocument[], ctx: Context): Result<Document[]> {
  const issues: Issue[] = [];
  const docs: Document[] = [];
  for (const raw of raws) {
    const r = cleanDoc(raw, ctx);
    issues.push(...r.issues);
    if (r.value) docs.push(r.value);
  }
  const d = markDuplicates(docs, ctx);
  return { value: d.value, issues: [...issues, ...d.issues] };
}

/** One cleaned document → everything it says, span-anchored. */
export function extractDoc(doc: Document, ctx: Context): Result<Extracted> {
  const s = segment(doc, ctx);
  const e = extract(s.value, ctx);
  return { value: e.value, issues: [...s.issues, ...e.issues] };
}

/** One document's extraction, or null with the reason when segment or extract failed on it. */
export function tryExtract(doc: Document, ctx: Context): Result<Extracted | null> {
  return bounded(
    doc,
    guarded<Extracted | null>('extract', doc.id, null, () => extractDoc(doc, ctx)),
  );
}

/** The first part of tryExtract, for another thread: the document segmented, and who and what it says. */
export interface FirstPart {
  seg: Segmented;
  whoWhat: WhoWhat;
  issues: Issue[];
}

export function tryExtractFirst(doc: Document, ctx: Context): Result<FirstPart | null> {
  return guarded<FirstPart | null>('extract', doc.id, null, () => {
    const s = segment(doc, ctx);
    return { value: { seg: s.value, whoWhat: extractWhoWhat(s.value, ctx), issues: s.issues }, issues: [] };
  });
}

/** The rest: the dates, quotes and claims found, and the whole as tryExtract would have given it. */
export function finishExtract(doc: Document, part: FirstPart, ctx: Context): Result<Extracted | null> {
  const r = guarded<Extracted | null>('extract', doc.id, null, () => {
    const e = joinFindings(part.seg, part.whoWhat, extractRest(part.seg, part.whoWhat.entities.value, ctx));
    return { value: e.value, issues: [...part.issues, ...e.issues] };
  });
  return bounded(doc, r);
}

/** The cross-source stages compare findings across documents: a budget per document keeps that bounded. */
function bounded(doc: Document, r: Result<Extracted | null>): Result<Extracted | null> {
  if (!r.value) return r;
  const b = boundFindings(r.value, doc.id);
  return { value: b.value, issues: [...r.issues, ...b.issues] };
}

/** Cleaned documents of one story → the briefing. A document extraction fails on is left out with an issue. */
export function briefStory(all: Document[], story: Story, ctx: Context): Result<Briefing> {
  const { docs, issues } = storyDocs(all, story.id);
  const extracted: Extracted[] = [];
  for (const d of docs) {
    const r = tryExtract(d, ctx);
    issues.push(...r.issues);
    if (r.value) extracted.push(r.value);
  }
  const b = briefExtracted(extracted, story, ctx);
  return { value: withCuts(b.value, issues), issues: [...issues, ...b.issues] };
}

/** briefStory with extraction done by a runner (a worker pool in batch commands): same briefing, same order. */
export async function briefStoryWith(
  all: Document[],
  story: Story,
  ctx: Context,
  runner: DocRunner,
): Promise<Result<Briefing>> {
  const { docs, issues } = storyDocs(all, story.id);
  const extracted: Extracted[] = [];
  for (const r of await Promise.all(docs.map((d) => runner.extract(d)))) {
    issues.push(...r.issues);
    if (r.value) extracted.push(r.value);
  }
  const b = briefExtracted(extracted, story, ctx);
  return { value: withCuts(b.value, issues), issues: [...issues, ...b.issues] };
}

/** What every article says → the briefing: the cross-source stages, which need all articles at once. */
export function briefExtracted(extracted: Extracted[], story: Story, ctx: Context): Result<Briefing> {
  const issues: Issue[] = [];
  const take = <T>(r: Result<T>): T => {
    issues.push(...r.issues);
    return r.value;
  };
  // The cross-source stages run on one thread and cannot be stopped: their work is bounded before they start.
  const budget = storyBudget(extracted, story.id);
  issues.push(...budget.issues);
  // Undated articles count their relative dates from the story's own evidence, never from today.
  const resolved = take(resolve(anchorUndated(budget.kept, ctx), ctx));
  const aligned = take(align(resolved, ctx));
  const assessed = take(assess(aligned, ctx));
  const briefing = take(brief(assessed, story, ctx));
  return { value: withCuts(briefing, budget.issues), issues };
}

/** Cleaned documents in arrival order → the story each joins or opens (online; pass the state to carry on a stream). */
export function clusterStream(
  docs: Document[],
  ctx: Context,
  state?: ClusterState,
  tuning?: Tuning,
): Result<Clustered> {
  return clusterDocuments(docs, ctx, state, tuning);
}
