// Stories that turn out to be two are split; two that turn out to be one are merged. Both become events.
import { LOOKUP_KEYS, NEAR_COPY, QUIET_DAYS, SPLIT_MIN_PART, type Tuning } from './params.ts';
import { dayGap, score, signatureJaccard } from './score.ts';
import type { ClusterEvent, ClusterState, Member, StoryState } from './state.ts';
import { absorb, memberBands, memberSide, openStory, post, storySide, subtractMember } from './stories.ts';
import { addInto, topKeys } from './vector.ts';

/** Two articles belong together on their own: a join-level score, or near copies. */
function linked(a: Member, b: Member, t: Tuning): boolean {
  if (signatureJaccard(a.signature, b.signature) >= NEAR_COPY) return true;
  return score(memberSide(a), memberSide(b), t).total >= t.join;
}

/** Groups of members linked to each other, directly or through others (single link), largest first. */
export function linkedGroups(members: Member[], t: Tuning): Member[][] {
  const parent = members.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++)
      if (root(i) !== root(j) && linked(members[i]!, members[j]!, t)) parent[root(j)] = root(i);
  const groups = new Map<number, Member[]>();
  members.forEach((m, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(m);
    else groups.set(r, [m]);
  });
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

/**
 * Splits a story whose recent articles fall into two or more groups with no link between them, each of at
 * least SPLIT_MIN_PART articles. The largest group keeps the story; lone outliers stay with it.
 */
export function splitIfTwo(state: ClusterState, s: StoryState, at: string, t: Tuning): ClusterEvent[] {
  const parts = linkedGroups(s.members, t).filter((g) => g.length >= SPLIT_MIN_PART);
  if (parts.length < 2) return [];
  const events: ClusterEvent[] = [];
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

/** Merges `other` into `story` when the two stories, compared as wholes, score as one. */
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
  const s = score(storySide(story), storySide(other), t);
  if (s.total < t.join) return null;
  // the larger story keeps its id, so that most articles keep theirs
  const [into, from] = other.size > story.size ? [other, story] : [story, other];
  absorb(state, into, from);
  return { event: 'merge', into: into.id, from: from.id, at, score: Math.round(s.total * 1000) / 1000 };
}
