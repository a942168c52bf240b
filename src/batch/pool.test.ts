// The worker pool with real worker threads: same results as this thread, and a document over its time budget
// stopped and rejected while the next one is still done.
import { afterEach, describe, expect, it } from 'vitest';
import { article } from '../../test/cli/articles.ts';
import { makeContext } from '../context.ts';
import type { RawDocument } from '../model/document.ts';
import { Pool } from './pool.ts';
import { inThisThread } from './runner.ts';

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
