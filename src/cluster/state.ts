// The clustering state: plain JSON-able data, so a store can keep it between runs and hand it back.
// Everything in it is bounded: stories quiet for QUIET_DAYS leave, postings keep their latest entries.
import { z } from 'zod';

/** A sparse weighted vector: feature key → weight. */
const VectorSchema = z.record(z.string(), z.number());

/** What a story remembers of one of its recent articles: enough to re-check, split and spot near copies. */
export const MemberSchema = z.object({
  id: z.string(),
  day: z.number().nullable(),
  vector: VectorSchema,
  signature: z.array(z.number()),
});
export type Member = z.infer<typeof MemberSchema>;

export const StoryStateSchema = z.object({
  id: z.string(),
  /** Articles it ever took (its members list keeps only the latest). */
  size: z.number().int(),
  /** Earliest and latest stated publication day of its articles (days since 1970), null when none was dated. */
  firstDay: z.number().nullable(),
  lastDay: z.number().nullable(),
  /** The stream clock when it last took an article: quiet stories leave after QUIET_DAYS. */
  touched: z.number(),
  /** Sum of its articles' normalised vectors, pruned to the heaviest keys. */
  centroid: VectorSchema,
  members: z.array(MemberSchema),
});
export type StoryState = z.infer<typeof StoryStateSchema>;

export const ClusterStateSchema = z.object({
  version: z.literal(1),
  /** Articles seen: the N of inverse document frequency. */
  seen: z.number().int(),
  /** The stream clock, in days since 1970: the latest arrival day seen. */
  clock: z.number(),
  /** Feature key → [articles holding it, clock day last seen]. */
  df: z.record(z.string(), z.tuple([z.number(), z.number()])),
  stories: z.record(z.string(), StoryStateSchema),
  /** Feature key or MinHash band key → ids of stories holding it, latest last. */
  postings: z.record(z.string(), z.array(z.string())),
  nextStory: z.number().int(),
  /** Articles seen when the last sweep of quiet stories and stale postings ran. */
  sweptAt: z.number().int(),
  /** Articles waiting for their second look ([article id, its story, arrival day]), oldest first. */
  pending: z.array(z.tuple([z.string(), z.string(), z.number()])).default([]),
});
export type ClusterState = z.infer<typeof ClusterStateSchema>;

export function emptyState(): ClusterState {
  return {
    version: 1,
    seen: 0,
    clock: 0,
    df: {},
    stories: {},
    postings: {},
    nextStory: 1,
    sweptAt: 0,
    pending: [],
  };
}

/** What happened to stories besides articles joining them; recorded in arrival order. */
export const ClusterEventSchema = z.discriminatedUnion('event', [
  z.object({
    event: z.literal('merge'),
    /** The story that stays. */
    into: z.string(),
    /** The story folded into it. */
    from: z.string(),
    /** The article whose arrival showed the two are one. */
    at: z.string(),
    score: z.number(),
  }),
  z.object({
    event: z.literal('split'),
    /** The story that keeps its id (the larger part). */
    from: z.string(),
    /** The new story. */
    into: z.string(),
    /** The recent articles that moved to the new story. */
    moved: z.array(z.string()),
    at: z.string(),
  }),
  z.object({
    event: z.literal('move'),
    /** The article that fits another story better on its second look. */
    article: z.string(),
    from: z.string(),
    into: z.string(),
    score: z.number(),
  }),
]);
export type ClusterEvent = z.infer<typeof ClusterEventSchema>;
