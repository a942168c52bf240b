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
import { brief } from './brief/index.ts';
import { clean, markDuplicates } from './clean/index.ts';
import { type Clustered, type ClusterState, clusterDocuments } from './cluster/index.ts';
import type { Context } from './context.ts';
import { anchorUndated } from './extract/dates/anchor.ts';
import { extract } from './extract/index.ts';
import { ingest } from './ingest/index.ts';
import type { Briefing } from './model/briefing.ts';
import type { Document, RawDocument } from './model/document.ts';
import type { Ingested, Input } from './model/input.ts';
import type { Issue, Result } from './model/issue.ts';
import type { Extracted } from './model/mention.ts';
import { resolve } from './resolve/index.ts';
import { segment } from './segment/index.ts';

// Sentence vectors go through here too; the model loads on the first embed() call, never on import.
export { embedStory, memoryVectorCache, useLiteEmbedder, type VectorCache } from './embed/index.ts';

export interface Story {
  id: string;
  title: string;
}

/** Bytes of one input → raw documents (and feed links to fetch). */
export function ingestInput(input: Input, ctx: Context): Result<Ingested> {
  return ingest(input, ctx);
}

/** Raw documents → cleaned documents, duplicates flagged. A document that cannot be cleaned is left out with an issue. */
export function cleanAll(raws: RawDocument[], ctx: Context): Result<Document[]> {
  const issues: Issue[] = [];
  const docs: Document[] = [];
  for (const raw of raws) {
    const r = clean(raw, ctx);
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

/** Cleaned documents of one story → the briefing. */
export function briefStory(docs: Document[], story: Story, ctx: Context): Result<Briefing> {
  const issues: Issue[] = [];
  const extracted = docs.map((d) => {
    const r = extractDoc(d, ctx);
    issues.push(...r.issues);
    return r.value;
  });
  const b = briefExtracted(extracted, story, ctx);
  return { value: b.value, issues: [...issues, ...b.issues] };
}

/** What every article says → the briefing: the cross-source stages, which need all articles at once. */
export function briefExtracted(extracted: Extracted[], story: Story, ctx: Context): Result<Briefing> {
  const issues: Issue[] = [];
  const take = <T>(r: Result<T>): T => {
    issues.push(...r.issues);
    return r.value;
  };
  // Undated articles count their relative dates from the story's own evidence, never from today.
  const resolved = take(resolve(anchorUndated(extracted, ctx), ctx));
  const aligned = take(align(resolved, ctx));
  const assessed = take(assess(aligned, ctx));
  const briefing = take(brief(assessed, story, ctx));
  return { value: briefing, issues };
}

/** Cleaned documents in arrival order → the story each joins or opens (online; pass the state to carry on a stream). */
export function clusterStream(docs: Document[], ctx: Context, state?: ClusterState): Result<Clustered> {
  return clusterDocuments(docs, ctx, state);
}
