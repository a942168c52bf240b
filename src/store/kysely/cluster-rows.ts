// The stream clustering's tables (migrations/003_cluster.sql) through Kysely, for SQLite and PostgreSQL alike:
// one saved state, the log of articles clustered since it, and documents moving between stories.
import type { Kysely } from 'kysely';
import { type Document, DocumentSchema } from '../../model/document.ts';
import { StoreError } from '../store.ts';
import type { ClusterLogEntry, ClusterSnapshot } from '../stream.ts';
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

export async function getClusterSnapshot(q: Kysely<DB>): Promise<ClusterSnapshot | null> {
  const row = await q
    .selectFrom('cluster_state')
    .select(['body', 'applied'])
    .where('name', '=', STATE)
    .executeTakeFirst();
  return row ? { body: row.body, applied: Number(row.applied) } : null;
}

export async function putClusterSnapshot(q: Kysely<DB>, s: ClusterSnapshot, at: string): Promise<void> {
  // entries the previous snapshot held go: the log stays about two snapshot intervals long
  const pruned = (await clusterApplied(q)).applied;
  await q
    .insertInto('cluster_state')
    .values({ name: STATE, body: s.body, applied: s.applied, pruned, stored_at: at })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({ body: s.body, applied: s.applied, pruned, stored_at: at }),
    )
    .execute();
  await q.deleteFrom('cluster_log').where('seq', '<=', pruned).execute();
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
