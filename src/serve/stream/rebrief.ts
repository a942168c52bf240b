// Briefing a stored story the incremental way: each document is extracted once (its findings are stored under the
// extractor's version), the briefing is rebuilt only when the story's documents changed (only the cross-source
// stages run), and every rebuild records what changed since the last one.
import { createHash } from 'node:crypto';
import { diffBriefings } from '../../changes/diff.ts';
import { markDuplicates } from '../../clean/index.ts';
import type { Context } from '../../context.ts';
import { type Briefing, BriefingSchema } from '../../model/briefing.ts';
import type { ChangeEvent } from '../../model/change.ts';
import type { Document } from '../../model/document.ts';
import type { Extracted } from '../../model/mention.ts';
import { briefExtracted, extractDoc } from '../../pipeline.ts';
import { extractorVersion } from '../../store/extractor-version.ts';
import type { Store, StoryRecord } from '../../store/index.ts';

export interface Rebriefed {
  briefing: Briefing;
  /** False when the stored briefing was still current and was returned as it was. */
  rebuilt: boolean;
  /** Documents extracted now (the others' findings were read from the store). */
  extracted: number;
  changes: ChangeEvent[];
}

/** Copies re-marked across the whole story (ingest could only compare within one input). */
function remarked(docs: Document[], ctx: Context): Document[] {
  const unmarked = docs.map((d) => ({ ...d, flags: d.flags.filter((f) => f.kind !== 'duplicate-of') }));
  return markDuplicates(unmarked, ctx).value;
}

/** What the briefing is made from: equal keys, equal briefing. */
function inputsKey(version: string, title: string, docs: Document[]): string {
  const h = createHash('sha256').update(`${version}\0${title}`);
  for (const d of docs) h.update(`\0${d.id}\0${d.contentHash}`);
  return h.digest('hex');
}

export async function rebriefStory(
  store: Store,
  story: StoryRecord,
  ctx: Context,
  opts: { title?: string } = {},
): Promise<Rebriefed> {
  const version = extractorVersion();
  const rows = await store.documentsWithFindings(story, version);
  if (rows.length === 0) throw new Error(`rebriefStory: story '${story.name}' has no documents`);
  const title = opts.title ?? story.name;
  const docs = remarked(
    rows.map((r) => r.doc),
    ctx,
  );
  const key = inputsKey(version, title, docs);
  const last = await store.getBriefing(story);
  if (last && last.inputsKey === key)
    return { briefing: last.briefing, rebuilt: false, extracted: 0, changes: [] };

  let extractedNow = 0;
  const extracted: Extracted[] = [];
  for (const [i, row] of rows.entries()) {
    const doc = docs[i]!;
    if (row.findings) {
      extracted.push({ ...row.findings, seg: { ...row.findings.seg, doc } });
      continue;
    }
    const x = extractDoc(doc, ctx).value;
    await store.putFindings(story, doc.id, version, x);
    extracted.push(x);
    extractedNow++;
  }
  const made = briefExtracted(extracted, { id: story.name, title }, ctx).value;
  const checked = BriefingSchema.safeParse(made);
  // The briefing is a contract with outside tools: a mismatch is a bug here, never something to store.
  if (!checked.success) throw new Error(`the briefing does not match its contract: ${checked.error.message}`);
  // Diffed against the briefing stored when we write, under the story's lock: two processes re-briefing one story
  // record each change once, and a briefing someone else already stored for the same documents is not re-announced.
  const changes = await store.withStoryLock(story, async () => {
    const current = await store.getBriefing(story);
    if (current && current.inputsKey === key) return [];
    const events = diffBriefings(current?.briefing ?? null, checked.data);
    await store.putBriefing(story, key, checked.data);
    await store.addChanges(story, events);
    return events;
  });
  return { briefing: checked.data, rebuilt: true, extracted: extractedNow, changes };
}
