// The README's main command: a briefing of the bundled example story, which we wrote to hold one of each problem.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Briefing, BriefingSchema, spanProblems } from '../../src/model/briefing.ts';
import { runCli } from './run.ts';

const root = resolve(import.meta.dirname, '../..');
const args = ['brief', 'examples/harbor-fire', '--now', '2026-11-22'];
const brief = (...more: string[]) => runCli([...args, ...more], { cwd: root });

let json: string;
let b: Briefing;
beforeAll(async () => {
  const r = await brief('--format', 'json');
  expect(r.code).toBe(0);
  json = r.stdout;
  b = BriefingSchema.parse(JSON.parse(json));
});

const doc = (id: string) => b.documents.find((d) => d.id === id)!;
const sideOf = (d: Briefing['disputes'][number], id: string) => d.sides.find((s) => s.docs.includes(id));

describe('the example story', () => {
  it('reads every input kind of the folder (.txt, .html, .jsonl) with evidence spans that point at their words', () => {
    expect(b.documents.map((d) => d.id).sort()).toEqual([
      '01-northline-wire',
      '02-coastal-courier',
      '03-harbour-talk',
      '04-baywatch-daily',
    ]);
    expect(spanProblems(b)).toEqual([]);
    expect(doc('02-coastal-courier').outlet).toBe('The Coastal Courier');
    expect(doc('04-baywatch-daily').published).toBe('2026-03-06');
  });

  it('drops page furniture and comment forms but keeps the article', () => {
    const all = b.documents.map((d) => d.text).join('\n');
    for (const gone of [
      'Leave a Reply',
      'Subscribe to our newsletter',
      'You may also like',
      'min read',
      'Share on',
    ])
      expect(all).not.toContain(gone);
    expect(doc('02-coastal-courier').text).toContain(
      'dust extraction on the east conveyor had been faulty for weeks',
    );
  });

  it('disputes the mayor called "former" by one outlet while the others treat him as sitting', () => {
    const d = b.disputes.find((x) => sideOf(x, '03-harbour-talk')?.value.toLowerCase().includes('former'));
    expect(d).toBeDefined();
    expect(
      d!.sides.some((s) => s.docs.includes('01-northline-wire') && !s.value.toLowerCase().includes('former')),
    ).toBe(true);
  });

  it('disputes the date the fire broke out: March 2 in one outlet, March 3 in the others', () => {
    const d = b.disputes.find((x) => sideOf(x, '03-harbour-talk')?.value.includes('2026-03-02'));
    expect(d).toBeDefined();
    expect(d!.sides.some((s) => s.value.includes('2026-03-03'))).toBe(true);
    // each wording once per side: three outlets saying "on Tuesday" read as one "Tuesday"
    for (const s of d!.sides) {
      const words = (/\((.*)\)$/.exec(s.value)?.[1] ?? '')
        .split('; ')
        .map((w) => w.toLowerCase().replace(/^on /, ''));
      expect(new Set(words).size).toBe(words.length);
    }
  });

  it('reads the rising toll as a likely update, and a part of the toll ("two died in hospital") as no rival count', () => {
    const numbers = b.disputes.filter((d) => d.kind === 'number');
    const toll = numbers.find((d) => sideOf(d, '01-northline-wire')?.value.includes('4'));
    expect(toll?.sides.some((s) => s.value.includes('6'))).toBe(true);
    expect(toll?.note).toMatch(/later report/);
    expect(numbers.some((d) => d.sides.some((s) => /^two\b/.test(s.value)))).toBe(false);
  });

  it('flags the opinion column, its hypothetical section beside a denial of speculation, and the anonymous source', () => {
    const kinds = (id: string) => doc(id).flags.map((f) => f.kind);
    expect(kinds('03-harbour-talk')).toEqual(
      expect.arrayContaining(['opinion', 'hypothetical', 'self-contradiction']),
    );
    expect(kinds('02-coastal-courier')).toContain('unnamed-sources');
    expect(kinds('01-northline-wire')).not.toContain('opinion');
  });

  it('attributes the harbour master quote, reported by three outlets, to her', () => {
    const q = b.quotes.find((x) => x.text.includes('We lost the east conveyor within minutes'));
    expect(q?.speaker).toMatch(/Vallory/);
    expect(q?.docs.length).toBeGreaterThanOrEqual(3);
  });

  it('is the same briefing byte for byte on a second run', async () => {
    expect((await brief('--format', 'json')).stdout).toBe(json);
  });

  it('renders for people as Markdown, one HTML page and terminal text', async () => {
    const md = await brief('--format', 'md');
    const html = await brief('--format', 'html');
    const text = await brief('--format', 'text');
    expect(md.stdout).toContain('## Disputes');
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(text.stdout).toContain('DISPUTES');
    expect(text.stdout).not.toContain('\x1b[');
  });
});
