// Rows ↔ findings, briefings and changes. Every JSON column is checked with zod on the way out, like documents.
import { z } from 'zod';
import { type Briefing, BriefingSchema } from '../../model/briefing.ts';
import { type ChangeEvent, ChangeEventSchema, type StoredChange } from '../../model/change.ts';
import type { Document } from '../../model/document.ts';
import type { Extracted } from '../../model/mention.ts';
import { StoredDataError, StoreError } from '../store.ts';

const Items = z.array(z.looseObject({}));
/** Findings as stored: everything extracted except the document itself, which its own row holds. */
const StoredFindingsSchema = z.object({
  seg: z.looseObject({ sections: Items, paragraphs: Items, sentences: Items, tables: Items }),
  entities: Items,
  quantities: Items,
  dates: Items,
  quotes: Items,
  claims: Items,
});

function parseJson(text: string, what: () => string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new StoreError(`${what()} is not JSON (${(e as Error).message})`);
  }
}

export function findingsToText(x: Extracted): string {
  const { doc: _doc, ...seg } = x.seg;
  return JSON.stringify({ ...x, seg });
}

export function textToFindings(story: string, doc: Document, text: string): Extracted {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new StoredDataError(story, doc.id, 'findings', `not JSON (${(e as Error).message})`);
  }
  const r = StoredFindingsSchema.safeParse(data);
  if (!r.success)
    throw new StoredDataError(story, doc.id, 'findings', z.prettifyError(r.error).replace(/\n/g, ' '));
  // The schema checks the shape; the items are what this extractor version wrote (the version key guards the rest).
  const x = data as Omit<Extracted, 'seg'> & { seg: Omit<Extracted['seg'], 'doc'> };
  return { ...x, seg: { ...x.seg, doc } };
}

export function textToBriefing(story: string, text: string): Briefing {
  const r = BriefingSchema.safeParse(parseJson(text, () => `the stored briefing of story '${story}'`));
  if (!r.success)
    throw new StoreError(`the stored briefing of story '${story}' is invalid: ${z.prettifyError(r.error)}`);
  return r.data;
}

/** A parked job's payload, as JSON (it was checked when the job ran; here it is only shown). */
export function parkedData(id: string, text: string): unknown {
  return parseJson(text, () => `parked job ${id}`);
}

export interface ChangeRow {
  seq: number;
  story: string;
  kind: string;
  summary: string;
  body: string;
  at: string;
}

export function changeBody(e: ChangeEvent): string {
  return JSON.stringify(e.detail);
}

export function rowToChange(row: ChangeRow): StoredChange {
  const detail = parseJson(row.body, () => `stored change ${row.seq} of story '${row.story}'`);
  const r = ChangeEventSchema.safeParse({ kind: row.kind, summary: row.summary, detail });
  if (!r.success)
    throw new StoreError(
      `stored change ${row.seq} of story '${row.story}' is invalid: ${z.prettifyError(r.error)}`,
    );
  return { ...r.data, seq: Number(row.seq), story: row.story, at: row.at };
}

/** The stories a feed item's clustering touched, as stored (a JSON list of story names). */
export function textToTouched(text: string, what: string): string[] {
  const r = z.array(z.string()).safeParse(parseJson(text, () => `${what}: touched stories`));
  if (!r.success) throw new StoreError(`${what}: touched stories are not a list of names`);
  return r.data;
}
