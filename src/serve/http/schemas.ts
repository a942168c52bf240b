// The API's boundary: every body, query and answer as a zod schema. Handlers parse with these, the OpenAPI
// document (openapi.ts) is generated from them, and the TS types are inferred from them.
import { z } from 'zod';

/** Longest story title; a title is also the story's id in URLs and on the command line (--story). */
export const MAX_TITLE = 200;
/** Most records or URLs in one request; more belong in several requests or a feed. */
export const MAX_ITEMS = 500;

export const StoryIdSchema = z.string().min(1).max(MAX_TITLE);

export const CreateStorySchema = z.strictObject({
  title: z
    .string({ error: 'title must be a string' })
    .trim()
    .min(1, 'title cannot be empty')
    .max(MAX_TITLE, `title is longer than ${MAX_TITLE} characters`)
    .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), 'title cannot hold control characters'),
});

export const StorySchema = z.object({
  id: z.string(),
  title: z.string(),
  documents: z.number().int(),
  created_at: z.string(),
  /** Counts from the story's briefing, when one has been made since the story last changed. */
  disputes: z.number().int().nullable(),
  corroborated: z.number().int().nullable(),
  links: z.object({ self: z.string(), briefing: z.string(), documents: z.string(), page: z.string() }),
});

export const HttpUrlSchema = z
  .string()
  .trim()
  .refine((u) => /^https?:\/\/[^\s/]+/i.test(u) && URL.canParse(u), 'must be an http(s) URL');

export const AddDocumentsJsonSchema = z
  .strictObject({
    // each record is checked by ingest, so one bad record is rejected with its reason and the others go on
    records: z
      .array(z.record(z.string(), z.unknown()), {
        error: 'records must be an array of input records (objects)',
      })
      .max(MAX_ITEMS)
      .optional()
      .meta({ description: 'input records (components.schemas.InputRecord)' }),
    urls: z.array(HttpUrlSchema).max(MAX_ITEMS).optional(),
  })
  .refine((b) => (b.records?.length ?? 0) + (b.urls?.length ?? 0) > 0, {
    message: 'give "records" (input records) or "urls" (articles or feeds), at least one',
  });

export const InputResultSchema = z.object({
  input: z.string(),
  status: z.enum(['stored', 'duplicate', 'rejected']),
  /** The stored document's id (the existing one's, for a duplicate). */
  id: z.string().nullable(),
  reason: z.string().nullable(),
});

export const AddDocumentsResultSchema = z.object({
  story: z.string(),
  stored: z.number().int(),
  duplicate: z.number().int(),
  rejected: z.number().int(),
  inputs: z.array(InputResultSchema),
});

export const JobSchema = z.object({
  id: z.string(),
  kind: z.enum(['documents', 'briefing']),
  status: z.enum(['running', 'done', 'failed']),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  result: z.unknown().optional(),
  error: z.string().optional(),
  links: z.object({ self: z.string(), result: z.string().optional() }),
});

export const BriefingQuerySchema = z.strictObject({
  format: z
    .enum(['json', 'md', 'html', 'text'], { error: 'format must be one of json, md, html, text' })
    .default('json'),
  download: z.enum(['0', '1']).optional(),
});

export const DocumentQuerySchema = z.strictObject({ story: StoryIdSchema.optional() });

export const DocSummarySchema = z.object({
  id: z.string(),
  story: z.string(),
  source: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  flags: z.array(z.string()),
  stored_at: z.string(),
});

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  store: z.string(),
  briefings: z.object({ running: z.number().int(), queued: z.number().int(), cached: z.number().int() }),
});

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  in: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export type CreateStory = z.infer<typeof CreateStorySchema>;
export type StoryOut = z.infer<typeof StorySchema>;
export type InputResult = z.infer<typeof InputResultSchema>;
export type AddDocumentsResult = z.infer<typeof AddDocumentsResultSchema>;
export type JobOut = z.infer<typeof JobSchema>;
