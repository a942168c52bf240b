// Story clustering of a watched stream: each new document joins a story or opens one (src/cluster), with the
// clustering state kept in the store, so that a restarted watch and every worker on every machine carry on one
// clustering. The state is saved every SNAPSHOT_EVERY articles, as rows (state-rows.ts): only the stories, index keys
// and term counts changed since the last save are written. The articles clustered since are logged, and a process
// whose copy is behind replays them. Merges, splits and moves move the stored documents and are recorded.
import { followChanges, type StateChanges } from '../../cluster/changes.ts';
import { statedDay } from '../../cluster/features.ts';
import { assign, type ClusterEvent, type ClusterState, emptyState } from '../../cluster/index.ts';
import type { ChangeEvent } from '../../model/change.ts';
import type { Document } from '../../model/document.ts';
import type { Store, StoryRecord } from '../../store/index.ts';
import { MemberRows, markAllChanged } from './state-rows.ts';

/** Articles between two saved states: a longer log to replay on start, against a state written less often. */
export const SNAPSHOT_EVERY = 500;
const DAY_MS = 86_400_000;

/** The stored story a clustering story is kept in: "s12" → "story-12". */
export const storyName = (clusterId: string): string => `story-${clusterId.replace(/^s/, '')}`;

/** The stream clock's day for an article: its stated publication day, never later than today (a feed's clock may
 * run ahead, and a replayed backlog keeps its own days, so quiet stories still leave). */
export function arrivalDay(doc: Document, now: Date): number {
  const today = Math.floor(now.getTime() / DAY_MS);
  return Math.min(today, statedDay(doc) ?? today);
}

export interface Placed<T> {
  /** What `store` returned for the story the document joined. */
  stored: T;
  story: string;
  /** Other stories whose documents changed (merges, splits, moves): they need re-briefing too. */
  touched: string[];
}

/** An article to place: its arrival day, and how to store it in the story it joins. */
export interface ToPlace<T> {
  doc: Document;
  day: number;
  /** Stores the document (under the id the clustering gave it) in the story it joined. */
  store: (story: string, doc: Document) => Promise<T>;
  /** Told, in the same transaction, of the other stories the arrival changed (when any). */
  touched?: (stored: T, story: string, others: string[]) => Promise<void>;
}

export class StreamClusterer {
  private state: ClusterState | null = null;
  /** What changed in `state` since the saved state it was loaded from (or this process saved last). */
  private changes: StateChanges | null = null;
  /** The last log entry this process's state includes. */
  private applied = 0;
  /** The last log entry the saved state includes. */
  private saved = 0;
  private readonly rows = new MemberRows();
  /** The state's sweep count when this process last saved or loaded it: a sweep since means member rows to drop. */
  private sweptAt = 0;

  /** `saveEvery`: articles between two saves of the state (tests save often to cross many). */
  constructor(
    private readonly store: Store,
    private readonly saveEvery = SNAPSHOT_EVERY,
  ) {}

  /** The clustering state as of the latest article clustered by any process (read-only use). */
  currentState(): Promise<ClusterState> {
    return this.store.withClusterLock(() => this.catchUp());
  }

  /** Brings this process's state up to date: the log entries after it, or first the saved state when the log no
   * longer holds all of those. */
  private async catchUp(): Promise<ClusterState> {
    const { applied, pruned } = await this.store.clusterApplied();
    this.saved = applied;
    if (!this.state || !this.changes || pruned > this.applied) {
      const saved = await this.store.getClusterState();
      const loaded = saved ? this.rows.load(saved) : { state: emptyState(), whole: false };
      this.state = loaded.state;
      this.sweptAt = loaded.state.sweptAt;
      this.changes = followChanges(this.state);
      // a state saved whole by an older corroborate: its first save here writes every row
      if (loaded.whole) markAllChanged(this.state, this.changes);
      this.applied = saved?.applied ?? 0;
    }
    for (const e of await this.store.clusterLogSince(this.applied)) {
      this.rows.nameNew(this.state, assign(this.state, e.doc, e.day).value, e.seq);
      this.applied = e.seq;
    }
    return this.state;
  }

  /**
   * Under the clustering lock, in one transaction: the document is assigned a story, stored there by `store`,
   * logged, and the documents of stories that merged, split or lost an article are moved.
   */
  async place<T>(
    doc: Document,
    day: number,
    store: (story: string, doc: Document) => Promise<T>,
  ): Promise<Placed<T>> {
    return (await this.placeMany([{ doc, day, store }]))[0]!;
  }

  /**
   * Several articles, in the order given, under one hold of the clustering lock and in one transaction: the lock,
   * the catching up and the commit are paid once for all of them (a worker takes its jobs in batches).
   */
  placeMany<T>(items: ToPlace<T>[]): Promise<Placed<T>[]> {
    return this.store.withClusterLock(async () => {
      try {
        const state = await this.catchUp();
        const out: Placed<T>[] = [];
        for (const item of items) out.push(await this.placeOne(state, item));
        if (this.applied - this.saved >= this.saveEvery) {
          // after a sweep, member rows no story names any more go
          const storedMembers =
            state.sweptAt !== this.sweptAt ? await this.store.clusterMemberKeys() : undefined;
          await this.store.saveClusterState(
            this.rows.saveOf(state, this.changes!, this.applied, storedMembers),
          );
          this.changes = followChanges(state);
          this.saved = this.applied;
          this.sweptAt = state.sweptAt;
        }
        return out;
      } catch (e) {
        // the transaction rolls back: the state in memory may be ahead of the store, so it is read again next time
        this.state = null;
        this.changes = null;
        this.applied = 0;
        throw e;
      }
    });
  }

  private async placeOne<T>(state: ClusterState, item: ToPlace<T>): Promise<Placed<T>> {
    const { day, store, ...on } = item;
    // an id no stored document has: merges, splits and moves name documents by id, which must find this one only
    const id = await this.store.freeDocumentId(item.doc.id);
    const doc = id === item.doc.id ? item.doc : { ...item.doc, id };
    const r = assign(state, doc, day).value;
    const story = storyName(r.story);
    const stored = await store(story, doc);
    this.applied = await this.store.appendClusterLog(doc, day);
    this.rows.nameNew(state, r, this.applied);
    const touched = new Set<string>();
    for (const e of r.events) for (const name of await this.applyEvent(e)) touched.add(name);
    touched.delete(story);
    if (touched.size && on.touched) await on.touched(stored, story, [...touched]);
    return { stored, story, touched: [...touched] };
  }

  /** Moves the stored documents an event moved, records it in both stories; returns the stories changed. */
  private async applyEvent(e: ClusterEvent): Promise<string[]> {
    const from = await this.store.getStory(storyName(e.from));
    if (!from) return [];
    const into = await this.store.createStory(storyName(e.into));
    const ids = e.event === 'merge' ? null : e.event === 'split' ? e.moved : [e.article];
    const moved = await this.store.moveDocuments(from, into, ids);
    if (moved === 0) return [];
    const change = changeOf(e, from, into, moved);
    await this.store.addChanges(into, [change]);
    // a story a merge (or a move of its last article) emptied is no story any more: its history goes along
    if (await this.store.retireStory(from, into)) return [into.name];
    await this.store.addChanges(from, [change]);
    return [from.name, into.name];
  }
}

function changeOf(e: ClusterEvent, from: StoryRecord, into: StoryRecord, moved: number): ChangeEvent {
  const detail = { from: from.name, into: into.name, documents: moved };
  if (e.event === 'merge')
    return {
      kind: 'stories-merged',
      summary: `stories merged: ${from.name} into ${into.name}`,
      detail: { ...detail, score: e.score },
    };
  if (e.event === 'split')
    return {
      kind: 'story-split',
      summary: `story split: ${moved} documents of ${from.name} to ${into.name}`,
      detail: { ...detail, moved: e.moved },
    };
  return {
    kind: 'document-moved',
    summary: `document moved: ${e.article} from ${from.name} to ${into.name}`,
    detail: { ...detail, document: e.article, score: e.score },
  };
}
