// Which parts of a clustering state changed since a store last saved them, so that the store rewrites only those
// (the stories, index keys and term counts an article touched), never the whole state. Nothing is recorded for a
// state no store follows: clustering a batch in memory pays one WeakMap lookup per change.
import type { ClusterState } from './state.ts';

export interface StateChanges {
  /** Story ids whose story changed, opened or left. */
  stories: Set<string>;
  /** Index keys whose posting list changed, appeared or went. */
  postings: Set<string>;
  /** Feature keys whose document frequency changed, appeared or went. */
  df: Set<string>;
}

const followed = new WeakMap<ClusterState, StateChanges>();

/** Starts (or starts again, empty) recording the changes of `state`. */
export function followChanges(state: ClusterState): StateChanges {
  const c: StateChanges = { stories: new Set(), postings: new Set(), df: new Set() };
  followed.set(state, c);
  return c;
}

export function storyChanged(state: ClusterState, id: string): void {
  followed.get(state)?.stories.add(id);
}

export function postingChanged(state: ClusterState, key: string): void {
  followed.get(state)?.postings.add(key);
}

export function dfChanged(state: ClusterState, key: string): void {
  followed.get(state)?.df.add(key);
}
