// A second look at each article once the stories around it have grown: an article that joined early, when its
// story's centroid was one or two articles, may fit another story better now. It moves there when it scores
// better by the tuning's reviewMargin against that story than against its own story without it (leave-one-out).
// Candidates come from the index, as on arrival, so a review costs about what an arrival costs.

import { storyChanged } from './changes.ts';
import {
  LOOKUP_KEYS,
  MAX_CANDIDATES,
  QUIET_DAYS,
  REVIEW_AFTER_DAYS,
  REVIEW_PENDING_CAP,
  type Tuning,
} from './params.ts';
import { mergeIfOne } from './reshape.ts';
import { dayGap, score } from './score.ts';
import type { ClusterEvent, ClusterState, Member, StoryState } from './state.ts';
import { candidates, memberBands, memberSide, post, storySide } from './stories.ts';
import { addInto, forgetShape, topKeys, without } from './vector.ts';

/** The story and the member an article id stands for now (merges and splits may have moved it). */
function locate(state: ClusterState, id: string, story: string): { s: StoryState; m: Member } | null {
  const s = state.stories[story];
  const m = s?.members.find((x) => x.id === id);
  return s && m ? { s, m } : null;
}

/** The member's score against its own story with its own weight taken out, or -Infinity when it is alone. */
function ownScore(s: StoryState, m: Member, t: Tuning): number {
  if (s.members.length < 2) return Number.NEGATIVE_INFINITY;
  return without(s.centroid, m.vector, () => score(memberSide(m), storySide(s), t).total);
}

function moveMember(state: ClusterState, from: StoryState, into: StoryState, m: Member): void {
  storyChanged(state, from.id);
  storyChanged(state, into.id);
  addInto(from.centroid, m.vector, -1);
  for (const k in from.centroid) if (from.centroid[k]! <= 1e-9) delete from.centroid[k];
  forgetShape(from.centroid);
  from.members = from.members.filter((x) => x !== m);
  from.size--;
  addInto(into.centroid, m.vector);
  into.members.push(m);
  into.size++;
  if (m.day !== null) {
    into.firstDay = into.firstDay === null ? m.day : Math.min(into.firstDay, m.day);
    into.lastDay = into.lastDay === null ? m.day : Math.max(into.lastDay, m.day);
  }
  post(state, into.id, [...topKeys(m.vector, LOOKUP_KEYS), ...memberBands(m)]);
  // a story left empty by the move has nothing more to offer
  if (from.members.length === 0 && from.size <= 0) delete state.stories[from.id];
}

/** Reviews one article: moves it to a better story when there is one ('move'), or merges two that are one ('merge'). */
export function reviewArticle(
  state: ClusterState,
  id: string,
  story: string,
  t: Tuning,
): ClusterEvent | null {
  const found = locate(state, id, story);
  if (!found) return null;
  const { s, m } = found;
  const own = ownScore(s, m, t);
  const side = memberSide(m);
  let best: { story: StoryState; total: number } | null = null;
  let other: StoryState | null = null;
  let otherTotal = Number.NEGATIVE_INFINITY;
  for (const o of candidates(state, m.vector, [], MAX_CANDIDATES).stories) {
    if (o === s) continue;
    const gap = dayGap(side, storySide(o));
    if (gap !== null && gap > QUIET_DAYS) continue;
    const total = score(side, storySide(o), t).total;
    if (total >= t.join && total > otherTotal) {
      other = o;
      otherTotal = total;
    }
    if (total >= t.join && total > own + t.reviewMargin && (!best || total > best.total))
      best = { story: o, total };
  }
  // the article fits its own story and another as well: the two may be one story told twice (average link decides)
  if (!best) return other && t.mergeOnReview ? mergeIfOne(state, s, other, id, t) : null;
  moveMember(state, s, best.story, m);
  return {
    event: 'move',
    article: id,
    from: s.id,
    into: best.story.id,
    score: Math.round(best.total * 1000) / 1000,
  };
}

/** An article's second look is due a day after it arrived, or early when too many wait (or `all`: a batch ends). */
const isDue = (state: ClusterState, arrived: number, all: boolean): boolean =>
  all || state.clock - arrived >= REVIEW_AFTER_DAYS || state.pending.length > REVIEW_PENDING_CAP;

/** Reviews the waiting articles that are due, oldest first, at most `limit` of them (the rest wait for the next
 * call, still first in line). */
export function reviewDue(
  state: ClusterState,
  t: Tuning,
  all = false,
  limit = Number.POSITIVE_INFINITY,
): ClusterEvent[] {
  const events: ClusterEvent[] = [];
  for (let n = 0; n < limit && state.pending.length > 0 && isDue(state, state.pending[0]![2], all); n++) {
    const [id, story] = state.pending.shift()!;
    const e = reviewArticle(state, id, story, t);
    if (!e) continue;
    events.push(e);
    if (e.event === 'merge') followEvents(state, [e]);
  }
  return events;
}

/** A merge or split moved articles: their pending reviews follow them. */
export function followEvents(state: ClusterState, events: ClusterEvent[]): void {
  for (const e of events) {
    if (e.event === 'merge') {
      for (const p of state.pending) if (p[1] === e.from) p[1] = e.into;
    } else if (e.event === 'split') {
      const moved = new Set(e.moved);
      for (const p of state.pending) if (moved.has(p[0])) p[1] = e.into;
    } else {
      for (const p of state.pending) if (p[0] === e.article) p[1] = e.into;
    }
  }
}
