import { z } from 'zod';

// What changed in a story between two briefings: recorded by the store, listed by `corroborate changes`, posted by
// --notify. Kinds are stable codes that outside tools may switch on.

export const ChangeKindSchema = z.enum([
  'new-story',
  'new-source',
  'new-dispute',
  'resolved-dispute',
  'changed-quantity',
  'claim-status',
  // the stream clustering moved documents between stories
  'stories-merged',
  'story-split',
  'document-moved',
]);
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

export const ChangeEventSchema = z.object({
  kind: ChangeKindSchema,
  /** One line a person reads: "new source: reuters-1 (Reuters)". */
  summary: z.string(),
  /** What the line is made of, for tools: ids, old and new values. */
  detail: z.record(z.string(), z.unknown()),
});
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;

/** A change as stored: which story, when, and its place in the order of all changes. */
export const StoredChangeSchema = ChangeEventSchema.extend({
  seq: z.number().int(),
  story: z.string(),
  at: z.string(),
});
export type StoredChange = z.infer<typeof StoredChangeSchema>;
