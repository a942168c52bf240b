// clean, extract and brief over the real articles of ../shared: printed, checked, never stored.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BriefingSchema, spanProblems } from '../../src/model/briefing.ts';
import { tempDir } from '../store/fixtures.ts';
import { runCli } from './run.ts';

const corpus = resolve(new URL('.', import.meta.url).pathname, '../../../shared/corpus/cartel-strikes');
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const ids = files.map((f) => f.replace(/\.txt$/, ''));
const tmp = tempDir();
afterAll(() => tmp.cleanup());
const cli = (argv: string[]) => runCli(argv, { cwd: tmp.dir });
const NOW = ['--now', '2026-01-12T00:00:00Z'];

/** Every {start, end} pair anywhere in a value. */
function spansIn(value: unknown, out: { start: number; end: number }[] = []) {
  if (Array.isArray(value)) for (const v of value) spansIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push({ start: o.start, end: o.end });
    for (const v of Object.values(o)) spansIn(v, out);
  }
  return out;
}

describe('clean', () => {
  it('prints one JSON line per article with the public fields, and stores nothing', async () => {
    const r = await cli(['clean', corpus, ...NOW]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((d) => d.id).sort()).toEqual(ids);
    for (const d of lines) {
      expect(Object.keys(d)).toEqual([
        'id',
        'title',
        'outlet',
        'authors',
        'published',
        'published_basis',
        'language',
        'url',
        'text',
        'flags',
      ]);
      expect(d.text.length).toBeGreaterThan(200);
      expect(['metadata', 'text', 'inferred', 'unknown']).toContain(d.published_basis);
    }
    expect(existsSync(join(tmp.dir, 'corroborate.db'))).toBe(false);
  });

  it('prints the same records as one JSON array, and as text', async () => {
    const jsonl = (await cli(['clean', corpus, ...NOW])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const json = JSON.parse((await cli(['clean', corpus, ...NOW, '--format', 'json'])).stdout);
    expect(json).toEqual(jsonl);
    const text = (await cli(['clean', join(corpus, files[0]!), '--format', 'text'])).stdout;
    expect(text).toMatch(new RegExp(`^== ${ids[0]}: `));
    expect(text).toContain(jsonl.find((d) => d.id === ids[0]).text);
  });

  it('refuses an unknown format', async () => {
    const r = await cli(['clean', corpus, '--format', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format must be one of jsonl, json, text \(got 'yaml'\)/);
  });
});

describe('extract', () => {
  it('prints the findings of each article with spans inside its text', async () => {
    const r = await cli([
      'extract',
      join(corpus, files[0]!),
      join(corpus, files[1]!),
      ...NOW,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const records = JSON.parse(r.stdout) as {
      id: string;
      text: string;
      quotes: { span: { start: number; end: number }; text: string }[];
    }[];
    expect(records.map((x) => x.id)).toEqual(ids.slice(0, 2));
    for (const rec of records) {
      const spans = spansIn({ ...rec, text: undefined });
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) {
        expect(s.start).toBeLessThanOrEqual(s.end);
        expect(s.end).toBeLessThanOrEqual(rec.text.length);
      }
      for (const q of rec.quotes) expect(rec.text.slice(q.span.start, q.span.end)).toBe(q.text);
    }
  });
});

describe('brief', () => {
  it('prints a briefing that passes the contract, every span pointing at its words', async () => {
    const r = await cli(['brief', corpus, ...NOW, '--format', 'json', '--title', 'Strikes on cartels']);
    expect(r.code).toBe(0);
    const b = BriefingSchema.parse(JSON.parse(r.stdout));
    expect(b.story.title).toBe('Strikes on cartels');
    expect(b.documents.map((d) => d.id).sort()).toEqual(ids);
    expect(spanProblems(b)).toEqual([]);
  });

  it('is reproducible byte for byte with --now', async () => {
    const a = await cli(['brief', corpus, ...NOW]);
    const b = await cli(['brief', corpus, ...NOW]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('takes the reference time from CORROBORATE_NOW like --now', async () => {
    const flag = await cli(['brief', corpus, ...NOW]);
    const env = await runCli(['brief', corpus], { cwd: tmp.dir, env: { CORROBORATE_NOW: NOW[1]! } });
    expect(env.code).toBe(0);
    expect(env.stdout).toBe(flag.stdout);
  });

  it('renders md, html and text, and writes --out', async () => {
    const md = await cli(['brief', corpus, ...NOW, '--format', 'md']);
    const html = await cli(['brief', corpus, ...NOW, '--format', 'html']);
    const text = await cli(['brief', corpus, ...NOW, '--format', 'text']);
    expect(md.stdout).toMatch(/^#/);
    expect(html.stdout).toMatch(/<html/i);
    expect(text.stdout).not.toMatch(/\x1b\[/);
    const out = await cli(['brief', corpus, ...NOW, '--format', 'md', '--out', 'b.md']);
    expect(out.stdout).toBe('');
    expect(readFileSync(join(tmp.dir, 'b.md'), 'utf8')).toBe(md.stdout);
  });

  it('briefs a stored story like its inputs', async () => {
    const db = join(tmp.dir, 'brief.db');
    expect((await cli(['ingest', corpus, '--story', 'cartel', '--db', db])).code).toBe(0);
    const stored = JSON.parse((await cli(['brief', '--story', 'cartel', '--db', db, ...NOW])).stdout);
    const direct = JSON.parse((await cli(['brief', corpus, ...NOW, '--title', 'cartel'])).stdout);
    expect(stored.story).toEqual({ id: 'cartel', title: 'cartel' });
    expect(stored.documents.map((d: { id: string }) => d.id).sort()).toEqual(ids);
    expect(stored.claims.length).toBe(direct.claims.length);
  });

  it('takes INPUT… or --story, not both and not neither', async () => {
    const both = await cli(['brief', corpus, '--story', 'x']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/not both/);
    const neither = await cli(['brief']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(/brief needs INPUT/);
  });
});
