// Count budgets of ingest: records per file and items per feed past which an input is cut, and said to be.
import { describe, expect, it } from 'vitest';
import { ingest } from './index.ts';
import { MAX_FEED_ITEMS, MAX_RECORDS } from './limits.ts';
import { ctx, utf8 } from './test-helpers.ts';

const record = (n: number) =>
  JSON.stringify({ id: `r${n}`, text: `Record ${n} says the ferry sailed on time.` });

describe('ingest budgets', () => {
  it('reads the first MAX_RECORDS of a JSON Lines file and refuses the rest by name', () => {
    const lines = Array.from({ length: MAX_RECORDS + 50 }, (_, i) => record(i)).join('\n');
    const r = ingest({ name: 'many.jsonl', bytes: utf8(lines) }, ctx);
    expect(r.value.docs).toHaveLength(MAX_RECORDS);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'ingest.capped', severity: 'error', where: 'many.jsonl' }),
    ]);
    expect(r.issues[0]!.message).toMatch(`only the first ${MAX_RECORDS} of ${MAX_RECORDS + 50} records`);
  });

  it('does the same for a JSON array', () => {
    const arr = `[${Array.from({ length: MAX_RECORDS + 1 }, (_, i) => record(i)).join(',')}]`;
    const r = ingest({ name: 'many.json', bytes: utf8(arr) }, ctx);
    expect(r.value.docs).toHaveLength(MAX_RECORDS);
    expect(r.issues.map((i) => i.code)).toEqual(['ingest.capped']);
  });

  it('reads the first MAX_FEED_ITEMS items of a feed', () => {
    const items = Array.from(
      { length: MAX_FEED_ITEMS + 10 },
      (_, i) => `<item><title>T${i}</title><link>https://news.example/${i}</link></item>`,
    ).join('');
    const r = ingest(
      { name: 'big.rss', bytes: utf8(`<rss><channel><title>F</title>${items}</channel></rss>`) },
      ctx,
    );
    expect(r.value.follow).toHaveLength(MAX_FEED_ITEMS);
    expect(r.issues.map((i) => i.code)).toEqual(['ingest.capped']);
  });
});
