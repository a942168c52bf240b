// Online story clustering: each article, in arrival order, joins the story it scores best with (at or above
// JOIN_THRESHOLD) or opens one. Candidates come from an inverted index (names, terms, numbers, MinHash bands),
// never from every story; quiet stories and stale index entries are swept, so the cost per article stays flat.
// A day after it arrives (or when a batch ends) each article gets a second look (review.ts) and may move.
// `assign` updates the state it is given (the caller owns it) and returns what happened as data.
import type { Context } from '../context.ts';
import type { Document } from '../model/document.ts';
import { type Issue, issue, type Result } from '../model/issue.ts';
import { dfChanged, postingChanged, storyChanged } from './changes.ts';
import { type DocFeatures, featuresOnce, NAME, NUMBER, TERM } from './features.ts';
import {
  DF_MEMORY_DAYS,
  DOC_KEYS,
  MAX_CANDIDATES,
  MERGE_CHECKS,
  NEAR_COPY,
  QUIET_DAYS,
  REVIEWS_PER_ARRIVAL,
  SPLIT_CHECK_EVERY,
  SWEEP_EVERY,
  TUNING,
  type Tuning,
} from './params.ts';
import { consolidate, mergeIfOne, splitIfTwo } from './reshape.ts';
import { followEvents, reviewDue } from './review.ts';
import { dayGap, type Side, score, signatureJaccard } from './score.ts';
import { type ClusterEvent, type ClusterState, emptyState, type Member, type StoryState } from './state.ts';
import { candidates, openStory, storySide, takeMember } from './stories.ts';
import { cachedShape, familyOf, normaliseFamilies, type Vector } from './vector.ts';

export type { ClusterEvent, ClusterState } from './state.ts';
export { ClusterStateSchema, emptyState } from './state.ts';

export interface Assignment {
  id: string;
  /** The story the article joined or opened on arrival. */
  story: string;
  /** Whether it opened the story. */
  opened: boolean;
  events: ClusterEvent[];
}

const DAY_MS = 86_400_000;
const LIMIT: Record<string, number> = {
  [NAME]: DOC_KEYS.names,
  [TERM]: DOC_KEYS.terms,
  [NUMBER]: DOC_KEYS.numbers,
};

/** Smoothed inverse document frequency over the articles seen so far (this one included). */
const idf = (state: ClusterState, key: string): number =>
  Math.log((1 + state.seen) / (1 + (state.df[key]?.[0] ?? 0))) + 1;

function countFeatures(state: ClusterState, f: DocFeatures): void {
  for (const k of f.counts.keys()) {
    dfChanged(state, k);
    const e = state.df[k];
    if (e) {
      e[0]++;
      e[1] = state.clock;
    } else state.df[k] = [1, state.clock];
  }
}

/** Sublinear term frequency times IDF, the heaviest keys of each family kept, each family unit length. */
function vectorOf(state: ClusterState, f: DocFeatures): Vector {
  const byFamily = new Map<string, [string, number][]>();
  for (const [k, n] of f.counts) {
    const fam = familyOf(k);
    const w = (1 + Math.log(n)) * idf(state, k);
    const list = byFamily.get(fam);
    if (list) list.push([k, w]);
    else byFamily.set(fam, [[k, w]]);
  }
  const v: Vector = {};
  for (const [fam, list] of byFamily) {
    list.sort((a, b) => b[1] - a[1]);
    for (const [k, w] of list.slice(0, LIMIT[fam] ?? 0)) v[k] = w;
  }
  return normaliseFamilies(v);
}

interface Scored {
  story: StoryState;
  total: number;
}

/** A candidate's score, or null when the dates are too far apart for one story. */
function scoreCandidate(side: Side, m: Member, s: StoryState, banded: boolean, t: Tuning): Scored | null {
  const gap = dayGap(side, storySide(s));
  if (gap !== null && gap > QUIET_DAYS) return null;
  let total = score(side, storySide(s), t).total;
  for (const other of banded ? s.members : []) {
    // a near copy of a recent member joins its story, however its other scores look
    if (signatureJaccard(m.signature, other.signature) >= NEAR_COPY) {
      total = Math.max(total, 1);
      break;
    }
  }
  return { story: s, total };
}

/** Quiet stories leave; index entries pointing only at departed stories, and terms long unseen, go too. */
export function sweep(state: ClusterState): void {
  const quietBefore = state.clock - QUIET_DAYS;
  for (const id in state.stories)
    if (state.stories[id]!.touched < quietBefore) {
      delete state.stories[id];
      storyChanged(state, id);
    }
  const isLive = (id: string): boolean => state.stories[id] !== undefined;
  for (const k in state.postings) {
    const list = state.postings[k]!;
    // most lists name live stories only: they are kept as they are, with no copy made
    if (list.length > 0 && list.every(isLive)) continue;
    const live = list.filter(isLive);
    if (live.length !== list.length) postingChanged(state, k);
    if (live.length) state.postings[k] = live;
    else delete state.postings[k];
  }
  const forgetBefore = state.clock - DF_MEMORY_DAYS;
  for (const k in state.df)
    if (state.df[k]![1] < forgetBefore) {
      delete state.df[k];
      dfChanged(state, k);
    }
  state.sweptAt = state.seen;
}

/** One article arrives (at `arrivalDay`, days since 1970): it joins a story or opens one. */
export function assign(
  state: ClusterState,
  doc: Document,
  arrivalDay: number,
  t: Tuning = TUNING,
): Result<Assignment> {
  const issues: Issue[] = [];
  const f = featuresOnce(doc, t);
  state.seen++;
  state.clock = Math.max(state.clock, arrivalDay);
  countFeatures(state, f);
  const vector = vectorOf(state, f);
  if (Object.keys(vector).length === 0)
    issues.push(
      issue('cluster.no-features', `${doc.id}: no names, terms or numbers to match on`, doc.id, 'info'),
    );
  const member: Member = { id: doc.id, day: f.day, vector, signature: f.signature };
  const side: Side = { vector, shape: cachedShape(vector), firstDay: f.day, lastDay: f.day };
  const found = candidates(state, vector, f.bands, MAX_CANDIDATES);
  const scored = found.stories
    .map((s) => scoreCandidate(side, member, s, found.banded.has(s.id), t))
    .filter((s): s is Scored => s !== null && s.total >= t.join)
    .sort((a, b) => b.total - a.total);
  const events: ClusterEvent[] = [];
  const best = scored[0]?.story ?? openStory(state);
  takeMember(state, best, member, f.bands);
  let home = best;
  // only the runner-up may be the same story: checking every story above the threshold costs too much
  for (const other of scored.slice(1, 1 + MERGE_CHECKS)) {
    const e = mergeIfOne(state, home, other.story, doc.id, t);
    if (!e) continue;
    events.push(e);
    home = state.stories[e.into]!;
  }
  if (home.size % SPLIT_CHECK_EVERY === 0) events.push(...splitIfTwo(state, home, doc.id, t));
  state.pending.push([doc.id, best.id, state.clock]);
  followEvents(state, events);
  events.push(...reviewDue(state, t, false, REVIEWS_PER_ARRIVAL));
  if (state.seen - state.sweptAt >= SWEEP_EVERY) sweep(state);
  return { value: { id: doc.id, story: best.id, opened: scored.length === 0, events }, issues };
}

export interface Clustered {
  /** Each article's story once the whole stream is in (merges and splits applied). */
  assignments: { id: string; story: string }[];
  events: ClusterEvent[];
  state: ClusterState;
}

/** Where each article ends up: its story on arrival, then every merge and split after it, in order. */
export class StoryBook {
  private readonly storyOf = new Map<string, string>();
  private readonly members = new Map<string, Set<string>>();

  /** An article arrives in a story. */
  arrive(id: string, story: string): void {
    const was = this.storyOf.get(id);
    if (was !== undefined) this.members.get(was)?.delete(id);
    this.storyOf.set(id, story);
    const set = this.members.get(story);
    if (set) set.add(id);
    else this.members.set(story, new Set([id]));
  }

  /** A merge moves every article of `from`; a split moves the articles it names; a move, its one article. */
  apply(e: ClusterEvent): void {
    const ids =
      e.event === 'merge'
        ? [...(this.members.get(e.from) ?? [])]
        : e.event === 'split'
          ? e.moved
          : [e.article];
    for (const id of ids) this.arrive(id, e.into);
  }

  storyOfArticle(id: string): string | undefined {
    return this.storyOf.get(id);
  }
}

/** A batch of articles, in the order given, through `assign`; all arrive now (ctx.now). */
export function clusterDocuments(
  docs: Document[],
  ctx: Context,
  state: ClusterState = emptyState(),
  t: Tuning = TUNING,
): Result<Clustered> {
  const issues: Issue[] = [];
  const events: ClusterEvent[] = [];
  const book = new StoryBook();
  const arrival = Math.floor(ctx.now.getTime() / DAY_MS);
  for (const doc of docs) {
    const r = assign(state, doc, arrival, t);
    issues.push(...r.issues);
    book.arrive(doc.id, r.value.story);
    for (const e of r.value.events) {
      events.push(e);
      book.apply(e);
    }
  }
  // the batch is all in: the articles still waiting get their second look now
  for (const e of reviewDue(state, t, true)) {
    events.push(e);
    book.apply(e);
  }
  // and the stories it touched look for another telling of themselves
  for (const e of t.consolidate ? consolidate(state, arrival, t) : []) {
    events.push(e);
    book.apply(e);
  }
  const assignments = docs.map((d) => ({ id: d.id, story: book.storyOfArticle(d.id)! }));
  return { value: { assignments, events, state }, issues };
}
