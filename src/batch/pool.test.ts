// The worker pool with real worker threads: same results as this thread, and a document over its time budget
// stopped and rejected while the next one is still done.
import { afterEach, describe, expect, it } from 'vitest';
import { article } from '../../test/cli/articles.ts';
import { makeContext } from '../context.ts';
import type { RawDocument } from '../model/document.ts';
import { Pool } from './pool.ts';
import { inThisThread, openRunner } from './runner.ts';
import type { Task } from './tasks.ts';

const ctx = makeContext({ now: new Date('2026-01-12T00:00:00Z') });
const raw = (id: string, body: string): RawDocument => ({
  id,
  source: `${id}.txt`,
  kind: 'text',
  body,
  meta: {},
});
let pool: Pool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('Pool', () => {
  it('cleans and extracts in workers exactly as in this thread', async () => {
    pool = new Pool(2, ctx);
    const local = inThisThread(ctx);
    const raws = [0, 1, 2, 3].map((n) => raw(`a${n}`, article(n)));
    const pooled = await Promise.all(raws.map((r) => pool!.run({ kind: 'clean', raw: r })));
    const here = await Promise.all(raws.map((r) => local.clean(r)));
    expect(pooled).toEqual(here);
    const doc = here[0]!.value!;
    expect(await pool.run({ kind: 'extract', doc })).toEqual(await local.extract(doc));
  }, 60_000);

  it('stops a document past its time budget, rejects it with the reason, and goes on', async () => {
    pool = new Pool(1, ctx, 0.2);
    // a page of twenty thousand paragraphs: parsing and Readability take seconds, far past 0.2 s
    const page = `<html><body><article>${'<p>Fire crews said the pier burned on Monday night.</p>'.repeat(20_000)}</article></body></html>`;
    const slow: RawDocument = { id: 'slow', source: 'slow.html', kind: 'html', body: page, meta: {} };
    const r = await pool.run({ kind: 'clean', raw: slow });
    expect(r.value).toBeNull();
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'budget.time', where: 'slow.html', severity: 'error' }),
    ]);
    const roomy = new Pool(1, ctx);
    try {
      const next = await roomy.run({ kind: 'clean', raw: raw('ok', article(1)) });
      expect((next.value as { id: string } | null)?.id).toBe('ok');
    } finally {
      await roomy.close();
    }
  }, 60_000);
});

describe('Pool with this thread taking small documents', () => {
  const small = (t: Task) => t.kind === 'clean' && t.raw.body.length < 10_000;

  it('runs small documents here and starts no worker while the backlog is short', async () => {
    pool = new Pool(1, ctx, { inline: small, minBacklog: 100 });
    const local = inThisThread(ctx);
    const raws = [0, 1, 2].map((n) => raw(`s${n}`, article(n)));
    const here = await Promise.all(raws.map((r) => local.clean(r)));
    expect(await Promise.all(raws.map((r) => pool!.run({ kind: 'clean', raw: r })))).toEqual(here);
    expect(pool.started).toBe(0);
  });

  it('starts a worker for a document too large to run here, whatever the backlog', async () => {
    pool = new Pool(1, ctx, { inline: small, minBacklog: 100 });
    const big = raw('big', article(2).repeat(Math.ceil(12_000 / article(2).length)));
    const r = await pool.run({ kind: 'clean', raw: big });
    expect((r.value as { id: string } | null)?.id).toBe('big');
    expect(pool.started).toBe(1);
  }, 60_000);

  it('starts workers once the backlog is long, and gives the same results in the same order', async () => {
    pool = new Pool(1, ctx, { inline: small, minBacklog: 4 });
    const local = inThisThread(ctx);
    const raws = Array.from({ length: 12 }, (_, n) => raw(`m${n}`, article(n % 4)));
    const pooled = await Promise.all(raws.map((r) => pool!.run({ kind: 'clean', raw: r })));
    expect(pooled).toEqual(await Promise.all(raws.map((r) => local.clean(r))));
    expect(pool.started).toBe(1);
  }, 60_000);
});

describe('Pool holding a next task per worker', () => {
  it('runs the task held behind one that overran in a fresh worker, not rejected with it', async () => {
    // the same page and budget as above: parsing and Readability take far longer than 0.2 s, a short text far less
    pool = new Pool(1, ctx, 0.2);
    const page = `<html><body><article>${'<p>Fire crews said the pier burned on Monday night.</p>'.repeat(20_000)}</article></body></html>`;
    const slow: RawDocument = { id: 'slow', source: 'slow.html', kind: 'html', body: page, meta: {} };
    const [a, b] = await Promise.all([
      pool.run({ kind: 'clean', raw: slow }),
      pool.run({ kind: 'clean', raw: raw('after', 'Fire crews said the pier burned on Monday night.') }),
    ]);
    expect(a.issues).toEqual([expect.objectContaining({ code: 'budget.time', where: 'slow.html' })]);
    expect((b.value as { id: string } | null)?.id).toBe('after');
    expect(pool.started).toBe(2);
  }, 60_000);
});

describe('Pool work started ahead of need', () => {
  const any = () => true;

  it('leaves it to workers, and runs it here once promoted with no worker started', async () => {
    pool = new Pool(1, ctx, { inline: any, minBacklog: 100 });
    const doc = (await inThisThread(ctx).clean(raw('h', article(1)))).value!;
    const ahead = pool.runAhead({ kind: 'extract', doc });
    await new Promise((r) => setTimeout(r, 50));
    expect(pool.started).toBe(0);
    pool.promote(ahead.id, true);
    expect(await ahead.result).toEqual(await inThisThread(ctx).extract(doc));
    expect(pool.started).toBe(0);
  });

  it('starts a worker for it once promoted to workers only, even with a short backlog', async () => {
    pool = new Pool(1, ctx, { inline: any, minBacklog: 100 });
    const doc = (await inThisThread(ctx).clean(raw('w', article(2)))).value!;
    const ahead = pool.runAhead({ kind: 'extract', doc });
    pool.promote(ahead.id, false);
    expect(await ahead.result).toEqual(await inThisThread(ctx).extract(doc));
    expect(pool.started).toBe(1);
  }, 60_000);
});

describe('openRunner extracting ahead', () => {
  it('extracts each cleaned document in a worker, and answers with the document as the caller holds it', async () => {
    const runner = openRunner(ctx, 2, { extractAhead: 10 });
    const local = inThisThread(ctx);
    try {
      const raws = [0, 1, 2, 3, 4].map((n) => raw(`x${n}`, article(n)));
      const docs = (await Promise.all(raws.map((r) => runner.clean(r)))).map((r) => r.value!);
      expect(docs).toEqual((await Promise.all(raws.map((r) => local.clean(r)))).map((r) => r.value));
      // a mark added after cleaning (as dedupe does) is on the document the extraction points at
      const marked = docs.map((d, i) =>
        i === 4
          ? { ...d, flags: [...d.flags, { kind: 'duplicate-of' as const, evidence: 'x', of: 'x0' }] }
          : d,
      );
      const got = await Promise.all(marked.map((d) => runner.extract(d)));
      expect(got).toEqual(await Promise.all(marked.map((d) => local.extract(d))));
      expect(got[4]!.value!.seg.doc).toBe(marked[4]);
    } finally {
      await runner.close();
    }
  }, 60_000);
});
