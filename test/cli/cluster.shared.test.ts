// corroborate cluster over the real articles of ../shared: the story-clustering benchmark and the labelled
// corpus stories, scored by B-cubed F1. Reads ../shared at run time; fails, saying so, when it is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bcubed } from '../../bench/stories.ts';
import { tempDir } from '../store/fixtures.ts';
import { runCli } from './run.ts';

const shared = resolve(new URL('.', import.meta.url).pathname, '../../../shared');
const bench = join(shared, 'bench/story-clustering');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

function requireShared(path: string): void {
  if (!existsSync(path))
    throw new Error(`${path} is missing: these checks need ../shared beside the project`);
}

async function predicted(inputs: string[], flags: string[] = []): Promise<Map<string, string>> {
  const r = await runCli(['cluster', ...inputs, '--format', 'jsonl', ...flags], { cwd: tmp.dir, env: {} });
  expect(r.code).toBe(0);
  const out = new Map<string, string>();
  for (const line of r.stdout.trim().split('\n')) {
    const o = JSON.parse(line) as { id?: string; story?: string };
    if (o.id && o.story) out.set(o.id, o.story);
  }
  return out;
}

describe('cluster over ../shared', () => {
  it('the story-clustering benchmark: every article gets a story, B-cubed F1 well above the one-story-each baseline', async () => {
    requireShared(bench);
    const gold = new Map(
      Object.entries(JSON.parse(readFileSync(join(bench, 'labels.json'), 'utf8')) as object),
    );
    const pred = await predicted([join(bench, 'articles.jsonl')]);
    expect(pred.size).toBe(gold.size);
    const s = bcubed(gold as Map<string, string>, pred);
    // every article its own story scores 0.256, a TF-IDF baseline tuned on these labels 0.876
    // reached: 0.929 (P 0.936, R 0.922); 0.931 before cleaning joined tokenised compounds; guards a little below, as any change of the method moves them a little
    expect(s.f1).toBeGreaterThan(0.92);
    expect(s.precision).toBeGreaterThan(0.93);
    expect(s.recall).toBeGreaterThan(0.91);
  }, 120_000);

  it('the weights chosen on the dev set alone (--tuning dev): B-cubed F1 as measured once', async () => {
    requireShared(bench);
    const gold = new Map(
      Object.entries(JSON.parse(readFileSync(join(bench, 'labels.json'), 'utf8')) as object),
    ) as Map<string, string>;
    const s = bcubed(gold, await predicted([join(bench, 'articles.jsonl')], ['--tuning', 'dev']));
    // reached: 0.899 (P 0.868, R 0.932); 0.912 with the first dev set and method
    expect(s.f1).toBeGreaterThan(0.89);
    expect(s.precision).toBeGreaterThan(0.86);
    expect(s.recall).toBeGreaterThan(0.92);
  }, 120_000);

  it('the corpus stories, one file each, fed as one stream: each stays (almost) whole and apart', async () => {
    const corpus = join(shared, 'corpus');
    requireShared(corpus);
    // stories whose record ids do not collide (colliding ids get renamed by collect)
    const files = [
      'comey-memos-2018',
      'gru-indictment-2018',
      'healdsburg-quake-2013',
      'paris-jewel-heist-2013',
    ];
    const gold = new Map<string, string>();
    for (const f of files)
      for (const line of readFileSync(join(corpus, `${f}.jsonl`), 'utf8')
        .trim()
        .split('\n'))
        gold.set((JSON.parse(line) as { id: string }).id, f);
    const pred = await predicted(files.map((f) => join(corpus, `${f}.jsonl`)));
    const s = bcubed(gold, pred);
    expect(s.precision).toBeGreaterThan(0.95);
    expect(s.f1).toBeGreaterThan(0.78);
  }, 60_000);
});
