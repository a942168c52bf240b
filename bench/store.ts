// npm run bench:store: what storing a stream costs on SQLite and on PostgreSQL (a server the bench starts, as the
// tests do, unless --pg URL names one): articles/s written (document, log line and feed item in one transaction
// each), the cost per article as the store grows (should stay flat), and a story's briefing cold, after one new
// article (one extraction + the cross-source stages), and unchanged (no work).
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { makeContext } from '../src/context.ts';
import type { Document, RawDocument } from '../src/model/document.ts';
import { cleanAll, ingestInput } from '../src/pipeline.ts';
import { rebriefStory } from '../src/serve/stream/rebrief.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { tempDir } from '../test/store/fixtures.ts';
import { freshDatabase, startPostgres } from '../test/support/postgres.ts';
import { realArticles } from './corpus.ts';

const { values: flags } = parseArgs({
  options: {
    docs: { type: 'string', default: '10000' },
    pg: { type: 'string' },
    'story-size': { type: 'string', default: '20' },
  },
});
const N = Number(flags.docs);
const STORY = Number(flags['story-size']);
const ctx = makeContext({ now: new Date('2026-11-22T00:00:00Z') });
const enc = new TextEncoder();

/** The real articles, cleaned once; copies differ by id and hash only (the store's cost does not read the text). */
function baseDocs(): { raw: RawDocument; doc: Document }[] {
  const out: { raw: RawDocument; doc: Document }[] = [];
  for (const a of realArticles()) {
    const raws = ingestInput({ name: a.name, bytes: enc.encode(a.text) }, ctx).value.docs;
    const doc = cleanAll(raws, ctx).value[0];
    if (doc && raws[0]) out.push({ raw: raws[0], doc });
  }
  return out;
}

function copyOf(base: { raw: RawDocument; doc: Document }[], i: number) {
  const b = base[i % base.length]!;
  const id = `${b.doc.id}-${i}`;
  const contentHash = createHash('sha256').update(`${b.doc.contentHash}:${i}`).digest('hex');
  return { raw: { ...b.raw, id }, doc: { ...b.doc, id, contentHash } };
}

const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

async function writeStream(store: Store, base: ReturnType<typeof baseDocs>) {
  const marks = new Map<number, number>();
  const checkpoints = [1000, Math.round(N / 10), N].filter((c, i, a) => c <= N && a.indexOf(c) === i);
  const window = 200;
  let windowStart = process.hrtime.bigint();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    const { raw, doc } = copyOf(base, i);
    const story = await store.createStory(`s${Math.floor(i / STORY)}`);
    await store.transaction(async () => {
      const p = await store.putDocument(story, raw, doc);
      await store.logIngest(story, { input: doc.source, status: p.status, docId: p.id });
    });
    // The cost per article around each checkpoint: the mean of the last `window` writes.
    for (const c of checkpoints) if (i + 1 === c) marks.set(c, ms(windowStart) / window);
    if ((i + 1) % window === 0) windowStart = process.hrtime.bigint();
  }
  return { total: ms(t0), marks };
}

async function briefing(store: Store, base: ReturnType<typeof baseDocs>) {
  const story = await store.createStory('bench-brief');
  for (let i = 0; i < STORY; i++) {
    const { raw, doc } = base[i % base.length]!;
    await store.putDocument(story, raw, doc);
  }
  let t = process.hrtime.bigint();
  const cold = await rebriefStory(store, story, ctx);
  const coldMs = ms(t);
  const extra = base[STORY % base.length]!;
  await store.putDocument(story, extra.raw, {
    ...extra.doc,
    id: 'late',
    contentHash: `${extra.doc.contentHash}-late`,
  });
  t = process.hrtime.bigint();
  const warm = await rebriefStory(store, story, ctx);
  const warmMs = ms(t);
  t = process.hrtime.bigint();
  const same = await rebriefStory(store, story, ctx);
  const sameMs = ms(t);
  return { coldMs, cold: cold.extracted, warmMs, warm: warm.extracted, sameMs, same: same.rebuilt };
}

async function run(name: string, store: Store, base: ReturnType<typeof baseDocs>) {
  const w = await writeStream(store, base);
  const b = await briefing(store, base);
  const perArticle = [...w.marks].map(([n, v]) => `${v.toFixed(2)} ms at ${n}`).join(', ');
  console.log(
    `${name}: ${N} articles stored in ${(w.total / 1000).toFixed(1)} s = ${Math.round((N * 1000) / w.total)} articles/s ` +
      `(${Math.round((N * 86_400_000) / w.total).toLocaleString('en')} a day); per article ${perArticle}`,
  );
  console.log(
    `${name}: briefing a ${STORY}-article story cold ${b.coldMs.toFixed(0)} ms (${b.cold} extracted), ` +
      `after one new article ${b.warmMs.toFixed(0)} ms (${b.warm} extracted), unchanged ${b.sameMs.toFixed(1)} ms (rebuilt: ${b.same})`,
  );
  await store.close();
}

const base = baseDocs();
console.log(`store bench: ${N} articles (copies of ${base.length} real ones), stories of ${STORY}`);
const tmp = tempDir('corroborate-bench-');
await run('sqlite', openStore(`${tmp.dir}/bench.db`, { create: true }), base);
tmp.cleanup();
const server = flags.pg ? null : await startPostgres();
const db = flags.pg ? { url: flags.pg, drop: async () => {} } : await freshDatabase(server!.url);
await run('postgresql', openStore(db.url), base);
await db.drop();
server?.stop();
