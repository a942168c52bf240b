// The second look: an article that joined a story early moves when another story now fits it better, and stays
// when its own still fits; only due articles are looked at. Vectors are built by hand so each case is exact.
import { describe, expect, it } from 'vitest';
import { StoryBook } from './index.ts';
import { DEV_CHOSEN, TUNING } from './params.ts';
import { followEvents, reviewDue } from './review.ts';
import { type ClusterState, emptyState, type Member } from './state.ts';
import { openStory, takeMember } from './stories.ts';
import { normaliseFamilies, type Vector } from './vector.ts';

/** A member whose vector holds these keys (family-prefixed), each weighing one. */
function member(id: string, keys: string[]): Member {
  const v: Vector = {};
  for (const k of keys) v[k] = 1;
  return { id, day: null, vector: normaliseFamilies(v), signature: [] };
}

const QUAKE = [
  'n:varnholt',
  'n:quellin',
  'n:lindmark',
  't:quake',
  't:grain',
  't:hall',
  '#:6.1',
  '#:42',
  '#:tuesday',
];
const VOTE = ['n:orlen', 'n:tesmar', 'n:arvander', 't:tram', 't:council', 't:vote', '#:31', '#:12', '#:880'];

/** Story A holds two quake articles and, wrongly, one about the vote; story B holds three about the vote. */
function misplaced(): ClusterState {
  const state = emptyState();
  const a = openStory(state);
  const b = openStory(state);
  for (const m of [member('q1', QUAKE), member('q2', QUAKE), member('v0', VOTE)]) takeMember(state, a, m, []);
  for (const id of ['v1', 'v2', 'v3']) takeMember(state, b, member(id, VOTE), []);
  state.pending = ['q1', 'q2', 'v0', 'v1', 'v2', 'v3'].map((id) => [
    id,
    id.startsWith('q') || id === 'v0' ? a.id : b.id,
    0,
  ]);
  return state;
}

describe('second look', () => {
  it('moves an article to the story that fits it better, and keeps the others where they are', () => {
    const state = misplaced();
    state.clock = 5;
    const events = reviewDue(state, TUNING);
    expect(events).toEqual([
      expect.objectContaining({ event: 'move', article: 'v0', from: 's1', into: 's2' }),
    ]);
    expect(state.stories.s1!.members.map((m) => m.id)).toEqual(['q1', 'q2']);
    expect(state.stories.s2!.members.map((m) => m.id)).toEqual(['v1', 'v2', 'v3', 'v0']);
    expect(state.stories.s1!.size).toBe(2);
    expect(state.pending).toEqual([]);
  });

  it('waits a day after arrival unless the batch has ended', () => {
    const state = misplaced();
    state.clock = 0;
    expect(reviewDue(state, TUNING)).toEqual([]);
    expect(state.pending).toHaveLength(6);
    expect(reviewDue(state, TUNING, true)).toHaveLength(1);
  });

  it('takes at most the limit of due reviews per call, the rest staying first in line', () => {
    const state = misplaced();
    state.clock = 5;
    expect(reviewDue(state, TUNING, false, 2)).toEqual([]);
    expect(state.pending.map((p) => p[0])).toEqual(['v0', 'v1', 'v2', 'v3']);
    expect(reviewDue(state, TUNING, false, 2)).toEqual([
      expect.objectContaining({ event: 'move', article: 'v0', into: 's2' }),
    ]);
    expect(state.pending.map((p) => p[0])).toEqual(['v2', 'v3']);
  });

  it('a move needs the margin: with a margin no score can reach, nothing moves', () => {
    const state = misplaced();
    expect(reviewDue(state, { ...TUNING, reviewMargin: 5 }, true)).toEqual([]);
  });

  it('pending reviews follow merges and splits, and the story book follows moves', () => {
    const state = misplaced();
    followEvents(state, [{ event: 'merge', into: 's2', from: 's1', at: 'x', score: 1 }]);
    expect(state.pending.filter((p) => p[1] === 's1')).toEqual([]);
    const book = new StoryBook();
    book.arrive('v0', 's1');
    book.apply({ event: 'move', article: 'v0', from: 's1', into: 's2', score: 0.5 });
    expect(book.storyOfArticle('v0')).toBe('s2');
  });
});

/** One event told in two stories (opened apart, as a stream may), and a story of another event beside them. */
function twoTellings(): ClusterState {
  const state = emptyState();
  const a = openStory(state);
  const b = openStory(state);
  const c = openStory(state);
  for (const id of ['q1', 'q2']) takeMember(state, a, member(id, QUAKE), []);
  for (const id of ['q3', 'q4']) takeMember(state, b, member(id, QUAKE), []);
  for (const id of ['v1', 'v2']) takeMember(state, c, member(id, VOTE), []);
  state.pending = [['q3', b.id, 0]];
  return state;
}

describe('second look with a merge check (mergeOnReview)', () => {
  const ON = { ...DEV_CHOSEN, mergeOnReview: true };
  it('an article that fits another story as well as its own merges the two, and the merge is recorded', () => {
    const state = twoTellings();
    const events = reviewDue(state, ON, true);
    expect(events).toEqual([expect.objectContaining({ event: 'merge', at: 'q3' })]);
    const merged = Object.values(state.stories).find((s) => s.members.some((m) => m.id === 'q1'))!;
    expect(merged.members.map((m) => m.id).sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(state.stories.s3!.members.map((m) => m.id)).toEqual(['v1', 'v2']);
  });

  it('without the check the two tellings stay two stories, and a story of another event is never merged', () => {
    expect(reviewDue(twoTellings(), { ...DEV_CHOSEN, mergeOnReview: false }, true)).toEqual([]);
    const state = twoTellings();
    state.pending = [['v1', 's3', 0]];
    expect(reviewDue(state, ON, true)).toEqual([]);
    expect(Object.keys(state.stories)).toHaveLength(3);
  });
});
