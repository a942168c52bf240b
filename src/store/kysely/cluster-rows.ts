// The stream clustering's tables (migrations/003_cluster.sql, 004_cluster_rows.sql) through Kysely, for SQLite and
// PostgreSQL alike: one saved state (a header and rows by story, index key and term), and the log of articles
// clustered since it.
import type { Kysely } from 'kysely';
import { type Document, DocumentSchema } from '../../model/document.ts';
import { StoreError } from '../store.ts';
import type { ClusterDiff, ClusterLogEntry, ClusterSave, ClusterSaved } from '../stream.ts';
import type { DB } from './schema.ts';

/** One clustering per database: the row's name. */
const STATE = 'stream';

export async function clusterApplied(q: Kysely<DB>): Promise<{ applied: number; pruned: number }> {
  const row = await q
    .selectFrom('cluster_state')
    .select(['applied', 'pruned'])
    .where('name', '=', STATE)
    .executeTakeFirst();
  return row ? { applied: Number(row.applied), pruned: Number(row.pruned) } : { applied: 0, pruned: 0 };
}

export async function getClusterState(q: Kysely<DB>): Promise<ClusterSaved | null> {
  const head = await q
    .selectFrom('cluster_state')
    .select(['body', 'applied'])
    .where('name', '=', STATE)
    .executeTakeFirst();
  if (!head) return null;
  const [stories, members, postings, df] = [
    await q.selectFrom('cluster_stories').select(['id', 'body']).execute(),
    await q.selectFrom('cluster_members').select(['key', 'body']).execute(),
    await q.selectFrom('cluster_postings').select(['key', 'stories']).execute(),
    await q.selectFrom('cluster_df').select(['key', 'n', 'last']).execute(),
  ];
  return {
    header: head.body,
    applied: Number(head.applied),
    stories,
    members,
    postings,
    df: df.map((r) => ({ key: r.key, n: Number(r.n), last: Number(r.last) })),
  };
}

/** A turn's changes, kept for the processes whose copies are behind it. */
export async function appendClusterDiff(q: Kysely<DB>, d: ClusterDiff): Promise<void> {
  await q.insertInto('cluster_diffs').values({ applied: d.applied, since: d.since, body: d.body }).execute();
}

export async function clusterDiffsSince(q: Kysely<DB>, applied: number): Promise<ClusterDiff[]> {
  const rows = await q
    .selectFrom('cluster_diffs')
    .select(['applied', 'since', 'body'])
    .where('applied', '>', applied)
    .orderBy('applied')
    .execute();
  return rows.map((r) => ({ applied: Number(r.applied), since: Number(r.since), body: r.body }));
}

/** Rows per statement, a power of two at most this: one prepared statement per size, so only a few. */
const BATCH = 256;
/** Rows per statement for the small rows (index keys, term counts) a save writes by the thousand. */
const ROWS_SMALL = 1024;

function* batches<T>(rows: T[], max = BATCH): Generator<T[]> {
  for (let i = 0; i < rows.length; ) {
    let n = max;
    while (n > rows.length - i) n >>= 1;
    yield rows.slice(i, i + n);
    i += n;
  }
}

/** Rows in the order of their keys: a save's many small rows then land on neighbouring pages of the key's index,
 * instead of each on a page of its own, and its cost stops growing with the size of the tables. */
function inKeyOrder<T extends { key: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => byKey(a.key, b.key));
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function clusterMemberKeys(q: Kysely<DB>): Promise<string[]> {
  return (await q.selectFrom('cluster_members').select('key').execute()).map((r) => r.key);
}

export async function saveClusterState(q: Kysely<DB>, s: ClusterSave, at: string): Promise<void> {
  const applied = s.applied;
  for (const b of batches(s.stories.gone))
    await q.deleteFrom('cluster_stories').where('id', 'in', b).execute();
  // a story's body is large: fewer of them per statement
  for (const b of batches(s.stories.put, 16))
    await q
      .insertInto('cluster_stories')
      .values(b)
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ body: eb.ref('excluded.body') })))
      .execute();
  for (const b of batches(s.members.gone))
    await q.deleteFrom('cluster_members').where('key', 'in', b).execute();
  for (const b of batches(s.members.put, 64))
    await q
      .insertInto('cluster_members')
      .values(b)
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  for (const b of batches([...s.postings.gone].sort(byKey)))
    await q.deleteFrom('cluster_postings').where('key', 'in', b).execute();
  // small rows, many per save: large statements keep the round trips few, and key order keeps the pages they
  // change few and neighbouring (stories keep the order given: a state read back walks them in stored order)
  for (const b of batches(inKeyOrder(s.postings.put), ROWS_SMALL))
    await q
      .insertInto('cluster_postings')
      .values(b)
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ stories: eb.ref('excluded.stories') })))
      .execute();
  for (const b of batches([...s.df.gone].sort(byKey)))
    await q.deleteFrom('cluster_df').where('key', 'in', b).execute();
  for (const b of batches(inKeyOrder(s.df.put), ROWS_SMALL))
    await q
      .insertInto('cluster_df')
      .values(b)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({ n: eb.ref('excluded.n'), last: eb.ref('excluded.last') })),
      )
      .execute();
  // entries the previous save held go (or those the saver names): the log stays about two save intervals long
  const before = await clusterApplied(q);
  const pruned = Math.max(before.pruned, Math.min(s.pruneTo ?? before.applied, before.applied));
  await q
    .insertInto('cluster_state')
    .values({ name: STATE, body: s.header, applied, pruned, stored_at: at })
    .onConflict((oc) => oc.column('name').doUpdateSet({ body: s.header, applied, pruned, stored_at: at }))
    .execute();
  await q.deleteFrom('cluster_log').where('seq', '<=', pruned).execute();
  // the saved rows hold these turns' changes, and a process whose copy is older than the log reads them whole
  await q.deleteFrom('cluster_diffs').where('applied', '<=', pruned).execute();
}

export async function appendClusterLog(
  q: Kysely<DB>,
  doc: Document,
  day: number,
  at: string,
): Promise<number> {
  const row = await q
    .insertInto('cluster_log')
    .values({ doc: JSON.stringify(doc), day, at })
    .returning('seq')
    .executeTakeFirstOrThrow();
  return Number(row.seq);
}

export async function appendClusterLogMany(
  q: Kysely<DB>,
  entries: { doc: Document; day: number }[],
  at: string,
): Promise<number[]> {
  const out: number[] = [];
  for (const b of batches(entries, 64)) {
    const rows = await q
      .insertInto('cluster_log')
      .values(b.map((e) => ({ doc: JSON.stringify(e.doc), day: e.day, at })))
      .returning('seq')
      .execute();
    // the key numbers the rows in the order given
    out.push(...rows.map((r) => Number(r.seq)).sort((x, y) => x - y));
  }
  return out;
}

export async function clusterLogSince(q: Kysely<DB>, seq: number): Promise<ClusterLogEntry[]> {
  const rows = await q
    .selectFrom('cluster_log')
    .select(['seq', 'doc', 'day'])
    .where('seq', '>', seq)
    .orderBy('seq')
    .execute();
  return rows.map((r) => {
    const parsed = DocumentSchema.safeParse(JSON.parse(r.doc));
    if (!parsed.success)
      throw new StoreError(
        `clustering log entry ${r.seq} holds an invalid document: ${parsed.error.message}`,
      );
    return { seq: Number(r.seq), doc: parsed.data, day: Number(r.day) };
  });
}
