// Story clustering of a watched stream: each new document joins a story or opens one (src/cluster), with the
// clustering state kept in the store, so that a restarted watch and every worker on every machine carry on one
// clustering. The state is saved every SNAPSHOT_EVERY articles, as rows (state-rows.ts): only the stories, index keys
// and term counts changed since the last save are written. The articles clustered since are logged; while several
// processes cluster, each turn also leaves what it changed as one diff, which the others read instead of replaying
// its articles (a process replays only articles no diff holds). Merges, splits and moves move the stored documents
// and are recorded.
import { followChanges, type StateChanges } from '../../cluster/changes.ts';
import { featuresOnce, statedDay } from '../../cluster/features.ts';
import { assign, type ClusterEvent, type ClusterState, emptyState } from '../../cluster/index.ts';
import type { Member } from '../../cluster/state.ts';
import type { ChangeEvent } from '../../model/change.ts';
import type { Document } from '../../model/document.ts';
import type { Store, StoryRecord } from '../../store/index.ts';
import { StoreError } from '../../store/store.ts';
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

/** An article to place, and its arrival day. */
export interface ToPlace {
  doc: Document;
  day: number;
}

/** An article placed and not stored yet: its place in the batch, the story it joined, its id there. */
export interface Arrival {
  at: number;
  story: string;
  doc: Document;
}

/** How a batch's articles are stored, in the transaction of the clustering lock. */
export interface StoreArrivals<T> {
  /** Stores articles (under the ids the clustering gave them) in the stories they joined, in the order given, and
   * returns what each stored; called with runs of consecutive articles, so a run costs a few statements. */
  store: (arrivals: Arrival[]) => Promise<T[]>;
  /** Told of the other stories an arrival changed (when any), once it is stored and its documents moved. */
  touched?: (at: number, stored: T, story: string, others: string[]) => Promise<void>;
}

export class StreamClusterer {
  private state: ClusterState | null = null;
  /** What changed in `state` since the saved rows it was read from (or this process saved last): the next save of
   * the rows writes these. */
  private changes: StateChanges | null = null;
  /** What changed in `state` in this turn (followed as it happens): the diff the turn leaves for the others. */
  private turn: StateChanges | null = null;
  /** The log entry this turn's changes start from. */
  private turnFrom = 0;
  /** The last log entry this process's state includes. */
  private applied = 0;
  /** The last log entry the saved rows include. */
  private saved = 0;
  private readonly rows = new MemberRows();
  /** The state's sweep count when this process last saved or loaded it: a sweep since means member rows to drop. */
  private sweptAt = 0;
  /** The log entry up to which this process last found articles another process had clustered since its turn:
   * while others cluster, each turn leaves its changes as a diff, so that theirs read it instead of replaying. */
  private othersAt = Number.NEGATIVE_INFINITY;
  /** How this process caught up with the others: whole states read, turns' diffs read (`before`: of them, those
   * read before queueing for the lock), articles replayed. */
  readonly caughtUp = { whole: 0, diffs: 0, before: 0, replayed: 0 };

  /** `saveEvery`: articles between two saves of the state (tests save often to cross many). */
  constructor(
    private readonly store: Store,
    private readonly saveEvery = SNAPSHOT_EVERY,
  ) {}

  /** The end of the last call this process made on its copy of the state: calls from one process (a worker taking
   * jobs with --concurrency) take turns, as the copy is also changed outside the lock (catchUpBefore). */
  private last: Promise<unknown> = Promise.resolve();

  /** Runs fn once the calls before it in this process have ended. */
  private inTurn<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.last.then(fn, fn);
    this.last = run.catch(() => {});
    return run;
  }

  /** The clustering state as of the latest article clustered by any process (read-only use). */
  currentState(): Promise<ClusterState> {
    return this.inTurn(() => this.store.withClusterLock(() => this.catchUp()));
  }

  /** Brings this process's state up to date: the diffs other turns left since its copy (the saved rows first when
   * there is no copy, or the diffs and the log no longer reach back to it), then the log entries after them. */
  private async catchUp(): Promise<ClusterState> {
    const { applied, pruned } = await this.store.clusterApplied();
    const had = this.state && this.changes ? this.applied : null;
    if (had === null) await this.loadWhole();
    else if (this.turn) mergeChanges(this.changes!, this.turn);
    if (!(await this.readDiffs()) || pruned > this.applied) {
      await this.loadWhole();
      if (!(await this.readDiffs()))
        throw new StoreError(
          `clustering state: the turns saved after entry ${this.applied} do not follow on`,
        );
    }
    this.saved = applied;
    const state = this.state!;
    // this turn's changes: the articles replayed now (no diff holds them), and those placed next
    this.turn = followChanges(state);
    this.turnFrom = this.applied;
    for (const e of await this.store.clusterLogSince(this.applied)) {
      this.rows.nameNew(state, assign(state, e.doc, e.day).value, e.seq);
      this.applied = e.seq;
      this.caughtUp.replayed++;
    }
    if (had !== null && this.applied > had) this.othersAt = this.applied;
    return state;
  }

  private async loadWhole(): Promise<void> {
    const saved = await this.store.getClusterState();
    this.caughtUp.whole++;
    const loaded = saved ? this.rows.load(saved) : { state: emptyState(), whole: false };
    this.state = loaded.state;
    this.sweptAt = loaded.state.sweptAt;
    this.changes = noChanges();
    // a state saved whole by an older corroborate: its first save here writes every row
    if (loaded.whole) markAllChanged(this.state, this.changes);
    this.applied = saved?.applied ?? 0;
  }

  /** Applies the diffs other turns left after this copy; false when they do not reach back to it (or a diff
   * cannot be applied): the state must then be read whole. */
  private async readDiffs(): Promise<boolean> {
    const diffs = await this.store.clusterDiffsSince(this.applied);
    if (diffs.length && diffs[0]!.since > this.applied) return false;
    for (const d of diffs) {
      if (!this.rows.applyDiff(this.state!, d, this.changes!)) return false;
      this.applied = d.applied;
      this.caughtUp.diffs++;
    }
    return true;
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
    const one: StoreArrivals<T> = { store: async ([a]) => [await store(a!.story, a!.doc)] };
    return (await this.placeMany([{ doc, day }], one))[0]!;
  }

  /**
   * Several articles, in the order given, under one hold of the clustering lock and in one transaction: the lock,
   * the catching up, the log insert and the commit are paid once for all of them (a worker takes its jobs in
   * batches), and the articles are stored in runs (`to.store`), so that storing costs a few statements per run.
   * A run ends where the store must be read as it is after the articles before: an arrival that moves stored
   * documents (merge, split, move), or an id that must be looked up. Their features, which need no shared state,
   * are computed before the lock is taken.
   */
  placeMany<T>(items: ToPlace[], to: StoreArrivals<T>): Promise<Placed<T>[]> {
    for (const item of items) featuresOnce(item.doc);
    return this.inTurn(async () => {
      await this.catchUpBefore();
      return this.placeLocked(items, to);
    });
  }

  private placeLocked<T>(items: ToPlace[], to: StoreArrivals<T>): Promise<Placed<T>[]> {
    return this.store.withClusterLock(async () => {
      try {
        const state = await this.catchUp();
        const ids = new BatchIds(this.store, await this.store.takenDocumentIds(items.map((i) => i.doc.id)));
        const run = new Run(to);
        const placed: { story: string; touched: string[] }[] = [];
        const logged: { doc: Document; day: number; member: Member | undefined }[] = [];
        for (const [at, item] of items.entries()) {
          if (!ids.known(item.doc.id)) await run.flush();
          const { doc, member, ...p } = await this.placeOne(state, at, item, ids, run);
          placed.push(p);
          logged.push({ doc, day: item.day, member });
        }
        await run.flush();
        const seqs = await this.store.appendClusterLogMany(logged);
        seqs.forEach((seq, k) => {
          const m = logged[k]!.member;
          if (m) this.rows.name(m, seq);
        });
        this.applied = seqs.at(-1) ?? this.applied;
        if (seqs.length && this.applied - this.othersAt <= this.saveEvery)
          await this.store.appendClusterDiff(
            this.rows.diffOf(state, this.turn!, this.turnFrom, this.applied),
          );
        if (this.applied - this.saved >= this.saveEvery) await this.save(state);
        return placed.map((p, at) => ({ ...p, stored: run.stored[at]! }));
      } catch (e) {
        // the transaction rolls back: the state in memory may be ahead of the store, so it is read again next time
        this.forget();
        throw e;
      }
    });
  }

  /** Before queueing for the lock: once the turn another process is taking ends, its diff (and any others saved
   * since this copy) is applied here, so that the lock is held only for this process's own articles. What cannot
   * be read this way (no copy yet, the log pruned past it, a diff that does not follow on) is left to the catching
   * up under the lock. */
  private async catchUpBefore(): Promise<void> {
    if (!this.state || !this.changes) return;
    try {
      await this.store.awaitClusterTurn();
      const [applied, diffs] = [this.applied, this.caughtUp.diffs];
      if ((await this.store.clusterApplied()).pruned > this.applied) return;
      await this.readDiffs();
      this.caughtUp.before += this.caughtUp.diffs - diffs;
      if (this.applied > applied) this.othersAt = this.applied;
    } catch (e) {
      this.forget();
      throw e;
    }
  }

  /** Drops the copy of the state: it is read again under the lock next time. */
  private forget(): void {
    this.state = null;
    this.changes = null;
    this.turn = null;
    this.applied = 0;
  }

  /** Writes the rows changed since the last save; the log keeps at least a save interval of entries (and the
   * turns' diffs with it), so that a process a little behind reads diffs rather than the whole state. */
  private async save(state: ClusterState): Promise<void> {
    mergeChanges(this.changes!, this.turn!);
    // after a sweep, member rows no story names any more go
    const storedMembers = state.sweptAt !== this.sweptAt ? await this.store.clusterMemberKeys() : undefined;
    await this.store.saveClusterState({
      ...this.rows.saveOf(state, this.changes!, this.applied, storedMembers),
      pruneTo: Math.min(this.saved, this.applied - this.saveEvery),
    });
    this.changes = noChanges();
    this.turn = followChanges(state);
    this.turnFrom = this.applied;
    this.saved = this.applied;
    this.sweptAt = state.sweptAt;
  }

  private async placeOne<T>(
    state: ClusterState,
    at: number,
    item: ToPlace,
    ids: BatchIds,
    run: Run<T>,
  ): Promise<{ story: string; touched: string[]; doc: Document; member: Member | undefined }> {
    // an id no stored document has: merges, splits and moves name documents by id, which must find this one only
    const id = await ids.free(item.doc.id);
    const doc = id === item.doc.id ? item.doc : { ...item.doc, id };
    const r = assign(state, doc, item.day).value;
    // keyed once the batch is logged: the member found now, before later arrivals move it
    const member = this.rows.memberOf(state, r, ids.claimed);
    const story = storyName(r.story);
    run.add({ at, story, doc });
    if (r.events.length === 0) return { story, touched: [], doc, member };
    // the events move stored documents: this one and those before it are stored first
    await run.flush();
    const touched = new Set<string>();
    for (const e of r.events) for (const name of await this.applyEvent(e)) touched.add(name);
    if (touched.size) ids.moved();
    touched.delete(story);
    if (touched.size && run.to.touched) await run.to.touched(at, run.stored[at]!, story, [...touched]);
    return { story, touched: [...touched], doc, member };
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

/** The articles of a batch placed and not stored yet, and what storing each returned. */
class Run<T> {
  private pending: Arrival[] = [];
  readonly stored: T[] = [];

  constructor(readonly to: StoreArrivals<T>) {}

  add(a: Arrival): void {
    this.pending.push(a);
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const run = this.pending;
    this.pending = [];
    const got = await this.to.store(run);
    run.forEach((a, k) => {
      this.stored[a.at] = got[k]!;
    });
  }
}

/** A batch's document ids, free ones from one query for the ids it wants (an id wanted twice in the batch, one the
 * query found taken, or any after documents moved, as a move may rename one, is looked up again), and the members
 * its articles became. */
class BatchIds {
  private readonly used = new Set<string>();
  /** Members the batch's articles became, keyed once the batch is logged. */
  readonly claimed = new Set<Member>();
  private exact = true;

  constructor(
    private readonly store: Store,
    private readonly taken: Set<string>,
  ) {}

  /** Whether `wanted` is known free without asking the store (which must then hold the articles before it). */
  known(wanted: string): boolean {
    return this.exact && !this.taken.has(wanted) && !this.used.has(wanted);
  }

  async free(wanted: string): Promise<string> {
    const id = this.known(wanted) ? wanted : await this.store.freeDocumentId(wanted);
    this.used.add(id);
    return id;
  }

  moved(): void {
    this.exact = false;
  }
}

const noChanges = (): StateChanges => ({ stories: new Set(), postings: new Set(), df: new Set() });

function mergeChanges(into: StateChanges, from: StateChanges): void {
  for (const k of from.stories) into.stories.add(k);
  for (const k of from.postings) into.postings.add(k);
  for (const k of from.df) into.df.add(k);
}
