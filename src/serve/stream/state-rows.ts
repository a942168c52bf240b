// The clustering state as the store keeps it: a small header, and the stories, index keys and term counts as rows,
// so that a save writes only the rows the articles since the last save changed (src/cluster/changes.ts), and its
// cost follows the articles, not the size of the 7-day window.
import { z } from 'zod';
import type { StateChanges } from '../../cluster/changes.ts';
import { type ClusterState, ClusterStateSchema, emptyState } from '../../cluster/index.ts';
import { StoryStateSchema } from '../../cluster/state.ts';
import { StoreError } from '../../store/store.ts';
import type { ClusterSave, ClusterSaved, RowChanges } from '../../store/stream.ts';

/** The state less its rows; `rows` tells it from a whole-state snapshot an older corroborate saved. */
const HeaderSchema = ClusterStateSchema.omit({ df: true, stories: true, postings: true }).extend({
  rows: z.literal(true),
});
const PostingSchema = z.array(z.string());

function rowError(what: string, key: string, e: unknown): StoreError {
  return new StoreError(`clustering state: ${what} '${key}' is damaged: ${(e as Error).message}`);
}

/** JSON of a row; damaged JSON is left for the schema to reject with the row's key. */
function parseRow(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The state a save holds; `whole` when it was one snapshot of the old format, which has no rows yet. */
export function stateFromSaved(saved: ClusterSaved): { state: ClusterState; whole: boolean } {
  let body: { rows?: unknown };
  try {
    body = JSON.parse(saved.header);
  } catch (e) {
    throw rowError('header', 'stream', e);
  }
  if (body.rows !== true) return { state: ClusterStateSchema.parse(body), whole: true };
  const { rows: _, ...header } = HeaderSchema.parse(body);
  const state: ClusterState = { ...emptyState(), ...header };
  for (const r of saved.stories) {
    const s = StoryStateSchema.safeParse(parseRow(r.body));
    if (!s.success) throw rowError('story', r.id, s.error);
    state.stories[r.id] = s.data;
  }
  for (const r of saved.postings) {
    const p = PostingSchema.safeParse(parseRow(r.stories));
    if (!p.success) throw rowError('index key', r.key, p.error);
    state.postings[r.key] = p.data;
  }
  for (const r of saved.df) state.df[r.key] = [r.n, r.last];
  return { state, whole: false };
}

/** Every part of the state counted as changed: the first save of a state loaded from an old snapshot. */
export function markAllChanged(state: ClusterState, changes: StateChanges): void {
  for (const id in state.stories) changes.stories.add(id);
  for (const k in state.postings) changes.postings.add(k);
  for (const k in state.df) changes.df.add(k);
}

function rowChanges<V, R>(keys: Set<string>, get: (k: string) => V | undefined, row: (k: string, v: V) => R) {
  const out: RowChanges<R> = { put: [], gone: [] };
  for (const k of keys) {
    const v = get(k);
    if (v === undefined) out.gone.push(k);
    else out.put.push(row(k, v));
  }
  return out;
}

/** What a save of `state` as of log entry `applied` writes: its header and the rows `changes` names. */
export function saveOf(state: ClusterState, changes: StateChanges, applied: number): ClusterSave {
  const { df, stories, postings, ...rest } = state;
  return {
    header: JSON.stringify({ ...rest, rows: true }),
    applied,
    stories: rowChanges(
      changes.stories,
      (k) => stories[k],
      (id, s) => ({ id, body: JSON.stringify(s) }),
    ),
    postings: rowChanges(
      changes.postings,
      (k) => postings[k],
      (key, ids) => ({ key, stories: JSON.stringify(ids) }),
    ),
    df: rowChanges(
      changes.df,
      (k) => df[k],
      (key, [n, last]) => ({ key, n, last }),
    ),
  };
}
