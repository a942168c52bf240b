// The index lookups of stories.ts: the candidates picked from the votes, a member's band keys, a sweep's postings.
import { describe, expect, it } from 'vitest';
import { followChanges } from './changes.ts';
import { bandsOf } from './features.ts';
import { sweep } from './index.ts';
import { type ClusterState, emptyState, type Member, type StoryState } from './state.ts';
import { BAND, memberBands, mostVoted, openStory } from './stories.ts';

/** A small deterministic generator, so that every run checks the same votes. */
function generator(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
    return x / 2 ** 32;
  };
}

/** What sorting every vote gives: most votes first, ties in voting order, departed stories skipped. */
function sortedVotes(state: ClusterState, votes: Map<string, number>, max: number): StoryState[] {
  const out: StoryState[] = [];
  for (const [id] of [...votes].sort((a, b) => b[1] - a[1])) {
    const s = state.stories[id];
    if (s) out.push(s);
    if (out.length >= max) break;
  }
  return out;
}

describe('candidate stories', () => {
  it('the most voted live stories come in the order a full sort of the votes gives, ties included', () => {
    const next = generator(3);
    for (let round = 0; round < 40; round++) {
      const state = emptyState();
      const ids = Array.from({ length: 60 }, () => openStory(state).id);
      const votes = new Map<string, number>();
      for (let i = 0; i < 1 + Math.floor(next() * 200); i++) {
        const id = ids[Math.floor(next() * ids.length)]!;
        // few distinct weights, so that many votes tie
        votes.set(id, (votes.get(id) ?? 0) + Math.floor(next() * 4) / 4);
      }
      // some voted-for stories have left since they were indexed
      for (const id of ids) if (next() < 0.2) delete state.stories[id];
      for (const max of [1, 3, 12, 100])
        expect(mostVoted(state, votes, max)).toEqual(sortedVotes(state, votes, max));
    }
  });
});

describe('member band keys', () => {
  it('are the index keys of its signature, the same on every call', () => {
    const signature = Array.from({ length: 64 }, (_, i) => (i * 2_654_435_761) >>> 0);
    const m: Member = { id: 'a1', day: null, vector: {}, signature };
    const expected = bandsOf(Uint32Array.from(signature)).map((b) => BAND + b);
    expect(memberBands(m)).toEqual(expected);
    expect(memberBands(m)).toEqual(expected);
  });
});

describe('sweep of the index', () => {
  it('drops departed stories from the lists naming them, and leaves the others as they are, unmarked', () => {
    const state = emptyState();
    const live = openStory(state);
    state.postings = { 't:kept': [live.id], 't:mixed': ['s99', live.id], 't:gone': ['s98'], 't:empty': [] };
    const kept = state.postings['t:kept'];
    const changes = followChanges(state);
    sweep(state);
    expect(state.postings).toEqual({ 't:kept': [live.id], 't:mixed': [live.id] });
    expect(state.postings['t:kept']).toBe(kept);
    // an empty list goes unrecorded, as a list whose length did not change
    expect([...changes.postings].sort()).toEqual(['t:gone', 't:mixed']);
  });
});
