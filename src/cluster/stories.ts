// Stories in the state and the inverted index that finds them: open, take an article, post keys, forget.
import { postingChanged, storyChanged } from './changes.ts';
import { bandsOf } from './features.ts';
import { CENTROID_KEYS, LOOKUP_KEYS, MEMBERS_KEPT, POSTING_CAP } from './params.ts';
import type { Side } from './score.ts';
import type { ClusterState, Member, StoryState } from './state.ts';
import { addInto, cachedShape, forgetShape, prune, topKeys, type Vector } from './vector.ts';

/** MinHash band keys share the index with feature keys under their own prefix. */
export const BAND = 'b:';

export function openStory(state: ClusterState): StoryState {
  const id = `s${state.nextStory++}`;
  const s: StoryState = {
    id,
    size: 0,
    firstDay: null,
    lastDay: null,
    touched: state.clock,
    centroid: {},
    members: [],
  };
  state.stories[id] = s;
  storyChanged(state, id);
  return s;
}

export const storySide = (s: StoryState): Side => ({
  vector: s.centroid,
  shape: cachedShape(s.centroid),
  firstDay: s.firstDay,
  lastDay: s.lastDay,
});

const bandsKept = new WeakMap<Member, readonly string[]>();

/** A member's MinHash band keys, as posted in the index (hashed once per member: its signature never changes). */
export function memberBands(m: Member): readonly string[] {
  let bands = bandsKept.get(m);
  if (!bands) {
    bands = bandsOf(Uint32Array.from(m.signature)).map((b) => BAND + b);
    bandsKept.set(m, bands);
  }
  return bands;
}

export const memberSide = (m: Member): Side => ({
  vector: m.vector,
  shape: cachedShape(m.vector),
  firstDay: m.day,
  lastDay: m.day,
});

function widenDays(s: StoryState, first: number | null, last: number | null): void {
  if (first !== null) s.firstDay = s.firstDay === null ? first : Math.min(s.firstDay, first);
  if (last !== null) s.lastDay = s.lastDay === null ? last : Math.max(s.lastDay, last);
}

/** Centroids are pruned once they hold half again their cap, so the sort is paid rarely. */
function keepCentroidSmall(s: StoryState): void {
  if (Object.keys(s.centroid).length > CENTROID_KEYS * 1.5) s.centroid = prune(s.centroid, CENTROID_KEYS);
}

/** The story takes the article: centroid, dates, recent members, and index entries for its heaviest keys. */
export function takeMember(state: ClusterState, s: StoryState, m: Member, bands: string[]): void {
  addInto(s.centroid, m.vector);
  keepCentroidSmall(s);
  s.members.push(m);
  s.size++;
  widenDays(s, m.day, m.day);
  s.touched = state.clock;
  storyChanged(state, s.id);
  post(state, s.id, [...topKeys(m.vector, LOOKUP_KEYS), ...bands.map((b) => BAND + b)]);
  if (s.members.length > MEMBERS_KEPT) forgetMember(state, s, s.members.shift()!);
}

/**
 * A member rolled off a long story takes its index entries along, unless a recent member has the same key:
 * so a story that runs for weeks keeps as many entries as its recent members, not one per article it ever took.
 */
function forgetMember(state: ClusterState, s: StoryState, old: Member): void {
  const unpost = (k: string): void => {
    const list = state.postings[k];
    const at = list ? list.indexOf(s.id) : -1;
    if (at < 0) return;
    postingChanged(state, k);
    list!.splice(at, 1);
    if (list!.length === 0) delete state.postings[k];
  };
  for (const k of topKeys(old.vector, LOOKUP_KEYS)) if (!s.members.some((m) => k in m.vector)) unpost(k);
  // band keys are all but unique to an article (shared only by near copies, which a recent member may still be)
  for (const k of memberBands(old)) unpost(k);
}

/** Adds the story to each key's posting list as its latest entry; the oldest entries fall off past POSTING_CAP. */
export function post(state: ClusterState, id: string, keys: string[]): void {
  for (const k of keys) {
    const list = state.postings[k];
    if (!list) {
      postingChanged(state, k);
      state.postings[k] = [id];
      continue;
    }
    if (list[list.length - 1] === id) continue;
    postingChanged(state, k);
    const at = list.indexOf(id);
    if (at >= 0) list.splice(at, 1);
    list.push(id);
    if (list.length > POSTING_CAP) list.shift();
  }
}

export interface Candidates {
  stories: StoryState[];
  /** Ids of the stories sharing a MinHash band with the article: the only ones that may hold a near copy. */
  banded: Set<string>;
}

/** Stories sharing the article's keys, most shared weight first; bands (near copies) weigh most. */
export function candidates(state: ClusterState, vector: Vector, bands: string[], max: number): Candidates {
  const votes = new Map<string, number>();
  const vote = (key: string, w: number): void => {
    for (const id of state.postings[key] ?? []) votes.set(id, (votes.get(id) ?? 0) + w);
  };
  for (const k of topKeys(vector, LOOKUP_KEYS)) vote(k, vector[k]!);
  const banded = new Set<string>();
  for (const b of bands) {
    const key = BAND + b;
    vote(key, 1);
    for (const id of state.postings[key] ?? []) banded.add(id);
  }
  return { stories: mostVoted(state, votes, max), banded };
}

/**
 * The `max` live stories with the most votes, most first (ties in the order they were first voted for): what a
 * stable sort of every vote would give, kept in a short list instead, as a full index lookup votes for hundreds.
 */
export function mostVoted(state: ClusterState, votes: Map<string, number>, max: number): StoryState[] {
  const top: { s: StoryState; w: number }[] = [];
  for (const [id, w] of votes) {
    if (top.length >= max && w <= top[top.length - 1]!.w) continue;
    const s = state.stories[id];
    if (!s) continue;
    // after every entry of equal weight: those were voted for first
    let at = top.length;
    while (at > 0 && top[at - 1]!.w < w) at--;
    top.splice(at, 0, { s, w });
    if (top.length > max) top.pop();
  }
  return top.map((e) => e.s);
}

/** Folds `from` into `into`: its recent members, centroid, dates and index entries. */
export function absorb(state: ClusterState, into: StoryState, from: StoryState): void {
  addInto(into.centroid, from.centroid);
  keepCentroidSmall(into);
  into.members = [...into.members, ...from.members].slice(-MEMBERS_KEPT);
  into.size += from.size;
  widenDays(into, from.firstDay, from.lastDay);
  into.touched = Math.max(into.touched, from.touched);
  post(state, into.id, [...topKeys(from.centroid, LOOKUP_KEYS), ...from.members.flatMap(memberBands)]);
  delete state.stories[from.id];
  storyChanged(state, into.id);
  storyChanged(state, from.id);
}

/** Removes a member's weight from a story's centroid (a split moving it out); keys left near zero go. */
export function subtractMember(s: StoryState, m: Member): void {
  addInto(s.centroid, m.vector, -1);
  forgetShape(s.centroid);
  for (const k in s.centroid) if (s.centroid[k]! <= 1e-9) delete s.centroid[k];
}
