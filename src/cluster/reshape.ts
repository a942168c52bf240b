// Stories that turn out to be two are split; two that turn out to be one are merged. Both become events.

import { storyChanged } from './changes.ts';
import {
  CONSOLIDATE_CHECKS,
  LOOKUP_KEYS,
  MAX_CANDIDATES,
  MERGE_MEMBERS,
  NEAR_COPY,
  QUIET_DAYS,
  SPLIT_MIN_PART,
  type Tuning,
} from './params.ts';
import { dayGap, score, signatureJaccard } from './score.ts';
import type { ClusterEvent, ClusterState, Member, StoryState } from './state.ts';
import {
  absorb,
  candidates,
  memberBands,
  memberSide,
  openStory,
  post,
  storySide,
  subtractMember,
} from './stories.ts';
import { addInto, topKeys } from './vector.ts';

/** How well two articles belong together on their own: near copies fully, else their score. */
function pairScore(a: Member, b: Member, t: Tuning): number {
  if (signatureJaccard(a.signature, b.signature) >= NEAR_COPY) return 1;
  return score(memberSide(a), memberSide(b), t).total;
}

/**
 * Members grouped by average link: the two groups whose articles score best on average merge, while that
 * average reaches the join threshold. Average link, not single: one article that fits both must not chain them.
 */
export function averageLinkGroups(members: Member[], t: Tuning): Member[][] {
  const n = members.length;
  const pair: number[][] = members.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = pairScore(members[i]!, members[j]!, t);
      pair[i]![j] = v;
      pair[j]![i] = v;
    }
  let groups = members.map((_, i) => [i]);
  const average = (a: number[], b: number[]): number => {
    let sum = 0;
    for (const i of a) for (const j of b) sum += pair[i]![j]!;
    return sum / (a.length * b.length);
  };
  for (;;) {
    let best = { a: -1, b: -1, v: Number.NEGATIVE_INFINITY };
    for (let a = 0; a < groups.length; a++)
      for (let b = a + 1; b < groups.length; b++) {
        const v = average(groups[a]!, groups[b]!);
        if (v > best.v) best = { a, b, v };
      }
    if (best.a < 0 || best.v < t.join) break;
    const merged = [...groups[best.a]!, ...groups[best.b]!];
    groups = groups.filter((_, k) => k !== best.a && k !== best.b);
    groups.push(merged);
  }
  return groups.map((g) => g.map((i) => members[i]!)).sort((a, b) => b.length - a.length);
}

/**
 * Splits a story whose recent articles fall into two or more groups that do not belong together on average,
 * each of at least SPLIT_MIN_PART articles. The largest group keeps the story; lone outliers stay with it.
 */
export function splitIfTwo(state: ClusterState, s: StoryState, at: string, t: Tuning): ClusterEvent[] {
  const parts = averageLinkGroups(s.members, t).filter((g) => g.length >= SPLIT_MIN_PART);
  if (parts.length < 2) return [];
  const events: ClusterEvent[] = [];
  storyChanged(state, s.id);
  for (const part of parts.slice(1)) {
    const fresh = openStory(state);
    for (const m of part) {
      subtractMember(s, m);
      addInto(fresh.centroid, m.vector);
      fresh.firstDay = m.day === null ? fresh.firstDay : Math.min(fresh.firstDay ?? m.day, m.day);
      fresh.lastDay = m.day === null ? fresh.lastDay : Math.max(fresh.lastDay ?? m.day, m.day);
    }
    fresh.members = part;
    fresh.size = part.length;
    s.size -= part.length;
    const moved = new Set(part.map((m) => m.id));
    s.members = s.members.filter((m) => !moved.has(m.id));
    post(state, fresh.id, [...topKeys(fresh.centroid, LOOKUP_KEYS), ...part.flatMap(memberBands)]);
    events.push({ event: 'split', from: s.id, into: fresh.id, moved: [...moved], at });
  }
  return events;
}

/** How well the recent articles of two stories belong together, on average over every pair across them. */
function crossAverage(a: Member[], b: Member[], t: Tuning): number {
  let sum = 0;
  for (const x of a) for (const y of b) sum += pairScore(x, y, t);
  return a.length && b.length ? sum / (a.length * b.length) : Number.NEGATIVE_INFINITY;
}

/**
 * Merges `other` into `story` when their articles belong together on average (the same test that keeps a
 * story whole in splitIfTwo): centroids alone share too much of a topic to tell two events of one kind apart.
 */
export function mergeIfOne(
  state: ClusterState,
  story: StoryState,
  other: StoryState,
  at: string,
  t: Tuning,
): ClusterEvent | null {
  if (story.id === other.id || !state.stories[other.id]) return null;
  // an undated article may fit two stories months apart: that does not make them one
  const gap = dayGap(storySide(story), storySide(other));
  if (gap !== null && gap > QUIET_DAYS) return null;
  const average = crossAverage(story.members.slice(-MERGE_MEMBERS), other.members.slice(-MERGE_MEMBERS), t);
  if (average < t.join + t.mergeMargin) return null;
  // the larger story keeps its id, so that most articles keep theirs
  const [into, from] = other.size > story.size ? [other, story] : [story, other];
  absorb(state, into, from);
  return { event: 'merge', into: into.id, from: from.id, at, score: Math.round(average * 1000) / 1000 };
}

/**
 * A batch ends: each story it touched looks for another telling of itself. Online, a story's first articles may
 * have opened two stories before either had enough articles to find the other; once both have grown, the index
 * finds one from the other's centroid, and the same average-link test as mergeIfOne decides. Cost: one index
 * lookup and at most CONSOLIDATE_CHECKS merge tests per story touched.
 */
export function consolidate(state: ClusterState, touchedSince: number, t: Tuning): ClusterEvent[] {
  const events: ClusterEvent[] = [];
  const ids = Object.keys(state.stories).filter((id) => state.stories[id]!.touched >= touchedSince);
  for (const id of ids) {
    const s = state.stories[id];
    if (!s || s.members.length === 0) continue;
    const side = storySide(s);
    const found = candidates(state, s.centroid, [], MAX_CANDIDATES).stories.filter((o) => o !== s);
    let checked = 0;
    for (const o of found) {
      if (checked >= CONSOLIDATE_CHECKS) break;
      // the centroids must agree first: cheap, and two stories that do not are not worth the pair test
      if (score(side, storySide(o), t).total < t.join) continue;
      checked++;
      const e = mergeIfOne(state, s, o, s.members[s.members.length - 1]!.id, t);
      if (e) {
        events.push(e);
        break;
      }
    }
  }
  return events;
}
