// The clustering state as the store keeps it: a small header, and the stories, index keys, term counts and story
// members as rows, so that a save writes only the rows the articles since the last save changed
// (src/cluster/changes.ts), and its cost follows the articles, not the size of the 7-day window. A story's row
// names its recent articles (members) by key; a member never changes, so its row is written once, when it is new.
import { z } from 'zod';
import type { StateChanges } from '../../cluster/changes.ts';
import type { Assignment } from '../../cluster/index.ts';
import { type ClusterState, ClusterStateSchema, emptyState } from '../../cluster/index.ts';
import { type Member, MemberSchema, type StoryState, StoryStateSchema } from '../../cluster/state.ts';
import { StoreError } from '../../store/store.ts';
import type { ClusterDiff, ClusterSave, ClusterSaved, RowChanges } from '../../store/stream.ts';

/** The state less its rows; `rows` tells it from a whole-state snapshot an older corroborate saved. */
const HeaderSchema = ClusterStateSchema.omit({ df: true, stories: true, postings: true }).extend({
  rows: z.literal(2),
});
const StoryRowSchema = StoryStateSchema.omit({ members: true }).extend({ members: z.array(z.string()) });
const PostingSchema = z.array(z.string());

function rowError(what: string, key: string, e: unknown): StoreError {
  return new StoreError(`clustering state: ${what} '${key}' is damaged: ${(e as Error).message}`);
}

const rowsOf = <T extends z.ZodType>(row: T) => z.object({ put: z.array(row), gone: z.array(z.string()) });
/** A turn's changes as stored: the rows a save would write. */
const DiffSchema = z.object({
  header: z.string(),
  applied: z.number(),
  stories: rowsOf(z.object({ id: z.string(), body: z.string() })),
  members: rowsOf(z.object({ key: z.string(), body: z.string() })),
  postings: rowsOf(z.object({ key: z.string(), stories: z.string() })),
  df: rowsOf(z.object({ key: z.string(), n: z.number(), last: z.number() })),
});

function parseDiff(diff: ClusterDiff): ClusterSave {
  return checkedRow(DiffSchema, diff.body, 'turn', String(diff.applied));
}

/** A stored row checked against its schema; a damaged one is named by its key. */
function checkedRow<T extends z.ZodType>(schema: T, text: string, what: string, key: string): z.infer<T> {
  const r = schema.safeParse(parseRow(text));
  if (!r.success) throw rowError(what, key, r.error);
  return r.data;
}

/** A row-form header (a state saved whole has no place in a diff). */
function parseHeader(text: string, where: string): z.infer<typeof HeaderSchema> {
  return checkedRow(HeaderSchema, text, 'header', where);
}

/** JSON of a row; damaged JSON is left for the schema to reject with the row's key. */
function parseRow(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Which row holds each member. A member is keyed by the clustering log entry of the article it stands for, so
 * every process that clusters or replays that article gives it the same key.
 */
export class MemberRows {
  private readonly keys = new WeakMap<Member, string>();
  /** Member rows known to be stored (read, or written by this process). */
  private stored = new Set<string>();
  /** Members known to be in the rows or in a turn's diff: a diff carries only members new since. */
  private sent = new Set<string>();

  /** Keys the member the article just became, found in the stories its arrival changed. */
  nameNew(state: ClusterState, a: Assignment, seq: number): void {
    const m = this.memberOf(state, a);
    if (m) this.name(m, seq);
  }

  /** The member an article just became (not keyed yet, nor `claimed` by an earlier article of the batch: two
   * articles may share an id when the first was a copy and not stored), found in the stories its arrival changed. */
  memberOf(state: ClusterState, a: Assignment, claimed?: Set<Member>): Member | undefined {
    const ids = [a.story, ...a.events.flatMap((e) => [e.into, e.from])];
    for (const id of ids)
      for (const m of state.stories[id]?.members ?? [])
        if (m.id === a.id && !this.keys.has(m) && !claimed?.has(m)) {
          claimed?.add(m);
          return m;
        }
    return undefined;
  }

  /** Keys a member by the clustering log entry of its article. */
  name(m: Member, seq: number): void {
    this.keys.set(m, String(seq));
  }

  /** The member's key; one the store never named (a state an older corroborate saved whole) gets one from its
   * place, the same in every process that saves that state. */
  keyOf(m: Member, story: string, at: number, applied: number): string {
    let k = this.keys.get(m);
    if (k === undefined) {
      k = `${applied}:${story}:${at}`;
      this.keys.set(m, k);
    }
    return k;
  }

  /** Reads a saved state back, its members keyed as stored. */
  load(saved: ClusterSaved): { state: ClusterState; whole: boolean } {
    let body: { rows?: unknown };
    try {
      body = JSON.parse(saved.header);
    } catch (e) {
      throw rowError('header', 'stream', e);
    }
    this.stored = new Set();
    this.sent = new Set();
    if (body.rows !== 2) return { state: ClusterStateSchema.parse(body), whole: true };
    const { rows: _, ...header } = HeaderSchema.parse(body);
    const state: ClusterState = { ...emptyState(), ...header };
    const members = new Map<string, Member>();
    for (const r of saved.members) {
      const m = checkedRow(MemberSchema, r.body, 'story member', r.key);
      members.set(r.key, m);
      this.keys.set(m, r.key);
      this.stored.add(r.key);
      this.sent.add(r.key);
    }
    for (const r of saved.stories) {
      const s = checkedRow(StoryRowSchema, r.body, 'story', r.id);
      const list = s.members.map((k) => members.get(k));
      const missing = s.members.find((_, i) => !list[i]);
      if (missing !== undefined) throw rowError('story', r.id, new Error(`its member ${missing} is missing`));
      state.stories[r.id] = { ...s, members: list as Member[] };
    }
    for (const r of saved.postings)
      state.postings[r.key] = checkedRow(PostingSchema, r.stories, 'index key', r.key);
    for (const r of saved.df) state.df[r.key] = [r.n, r.last];
    return { state, whole: false };
  }

  /**
   * Brings `state` forward by one turn's changes (`diff`, as another process saved them): the header, and the
   * stories, index keys and term counts written or removed. A changed story's members are the diff's new ones and
   * those the copy already holds (a member that moved left a changed or removed story behind). Each key is added
   * to `changes`, which the next save of the rows writes. False, with `state` untouched, when a member cannot be
   * found: the state is read whole instead.
   */
  applyDiff(state: ClusterState, diff: ClusterDiff, changes: StateChanges): boolean {
    const d = parseDiff(diff);
    const { rows: _, ...header } = parseHeader(d.header, `turn ${diff.applied}`);
    const byKey = new Map<string, Member>();
    for (const id of [...d.stories.put.map((r) => r.id), ...d.stories.gone])
      for (const m of state.stories[id]?.members ?? []) {
        const k = this.keys.get(m);
        if (k !== undefined) byKey.set(k, m);
      }
    const fresh: [string, Member][] = [];
    for (const r of d.members.put) {
      const m = checkedRow(MemberSchema, r.body, 'story member', r.key);
      byKey.set(r.key, m);
      fresh.push([r.key, m]);
    }
    const stories: [string, StoryState][] = [];
    for (const r of d.stories.put) {
      const s = checkedRow(StoryRowSchema, r.body, 'story', r.id);
      const list = s.members.map((k) => byKey.get(k));
      if (list.some((m) => m === undefined)) return false;
      stories.push([r.id, { ...s, members: list as Member[] }]);
    }
    const postings = d.postings.put.map(
      (r) => [r.key, checkedRow(PostingSchema, r.stories, 'index key', r.key)] as const,
    );
    // every row read and checked: only now does the state change
    for (const [k, m] of fresh) {
      this.keys.set(m, k);
      this.sent.add(k);
    }
    Object.assign(state, header);
    for (const id of d.stories.gone) delete state.stories[id];
    for (const [id, story] of stories) state.stories[id] = story;
    for (const k of d.postings.gone) delete state.postings[k];
    for (const [k, ids] of postings) state.postings[k] = ids;
    for (const k of d.df.gone) delete state.df[k];
    for (const r of d.df.put) state.df[r.key] = [r.n, r.last];
    for (const t of [d.stories.put.map((r) => r.id), d.stories.gone])
      for (const k of t) changes.stories.add(k);
    for (const t of [d.postings.put.map((r) => r.key), d.postings.gone])
      for (const k of t) changes.postings.add(k);
    for (const t of [d.df.put.map((r) => r.key), d.df.gone]) for (const k of t) changes.df.add(k);
    return true;
  }

  /** One turn's changes as a diff the other processes read (applyDiff): the rows `changes` names, with the members
   * new since the rows and diffs this process knows of. */
  diffOf(state: ClusterState, changes: StateChanges, since: number, applied: number): ClusterDiff {
    const save = this.rowsOf(state, changes, applied, this.sent);
    return { since, applied, body: JSON.stringify(save) };
  }

  /** What a save of `state` as of log entry `applied` writes: its header and the rows `changes` names, with the
   * rows of members new since (their stories changed); `storedMembers`, when given (a sweep ran: stories left),
   * are the member rows the store holds, and those no story names any more go. */
  saveOf(state: ClusterState, changes: StateChanges, applied: number, storedMembers?: string[]): ClusterSave {
    const save = this.rowsOf(state, changes, applied, this.stored);
    for (const r of save.members.put) this.sent.add(r.key);
    if (storedMembers) {
      const named = new Set<string>();
      for (const id in state.stories)
        state.stories[id]!.members.forEach((m, i) => {
          named.add(this.keyOf(m, id, i, applied));
        });
      save.members.gone = storedMembers.filter((k) => !named.has(k));
      this.stored = named;
      this.sent = new Set(named);
    }
    return save;
  }

  /** The header and the rows `changes` names; members of changed stories not in `known` are added to it. */
  private rowsOf(
    state: ClusterState,
    changes: StateChanges,
    applied: number,
    known: Set<string>,
  ): ClusterSave {
    const { df, stories, postings, ...rest } = state;
    const members: RowChanges<{ key: string; body: string }> = { put: [], gone: [] };
    const storyRows = rowChanges(
      changes.stories,
      (k) => stories[k],
      (id, s) => {
        const keys = s.members.map((m, i) => this.keyOf(m, id, i, applied));
        s.members.forEach((m, i) => {
          if (known.has(keys[i]!)) return;
          members.put.push({ key: keys[i]!, body: JSON.stringify(m) });
          known.add(keys[i]!);
        });
        return { id, body: JSON.stringify({ ...s, members: keys }) };
      },
    );
    return {
      header: JSON.stringify({ ...rest, rows: 2 }),
      applied,
      stories: storyRows,
      members,
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
