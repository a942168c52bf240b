// Article-extraction benchmark: runs extractArticle over the 181 pages of ../shared/bench/article-extraction,
// writes { key: { articleBody } }, and prints the shared scorer's table (peers beside us) and pages/second.
// Usage: npm run bench:extract -- --out FILE [--dom jsdom] [--worst N] [--show KEY]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { type DomKind, extractArticle } from '../src/clean/html/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.resolve(repoRoot, '../shared/bench/article-extraction');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const tokens = (t: string): string[] => t.match(/[\p{L}\p{N}_]+/gu) ?? [];
function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const m = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join('\u0001');
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
/** Per-page precision and recall, as the shared scorer counts them (for the --worst listing only). */
function pageScore(truth: string, pred: string): { p: number; r: number } {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0;
    const y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  return { p: tp + fp ? tp / (tp + fp) : 1, r: tp + fn ? tp / (tp + fn) : 1 };
}

function main(): void {
  const dom = (arg('--dom') ?? 'linkedom') as DomKind;
  const out = arg('--out') ?? path.join(mkdtempSync(path.join(tmpdir(), 'bench-extract-')), `${dom}.json`);
  const worst = Number(arg('--worst') ?? 0);
  const show = arg('--show');
  const htmlDir = path.join(benchDir, 'html');
  const files = readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort();
  const pages = files.map((f) => ({
    key: f.slice(0, -'.html.gz'.length),
    html: gunzipSync(readFileSync(path.join(htmlDir, f))).toString('utf8'),
  }));
  const predictions: Record<string, { articleBody: string }> = {};
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const { key, html } of pages) {
    const r = extractArticle(html, { dom });
    predictions[key] = { articleBody: r.value?.text ?? '' };
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time too: on a shared machine wall time says more about the neighbours than about the extractor.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  writeFileSync(out, JSON.stringify(predictions));
  const table = execFileSync('node', [path.join(benchDir, 'score.mjs'), out], { encoding: 'utf8' });
  process.stdout.write(table);
  const rate = (s: number): string => (pages.length / s).toFixed(1);
  console.log(
    `dom: ${dom}  pages: ${pages.length}  pages/s: ${rate(seconds)} (per CPU second: ${rate(cpuSeconds)})  out: ${out}`,
  );
  if (worst > 0 || show) report(predictions, worst, show);
}

function report(predictions: Record<string, { articleBody: string }>, worst: number, show?: string): void {
  const truth = JSON.parse(readFileSync(path.join(benchDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  if (show) {
    const key = Object.keys(truth).find((k) => k.startsWith(show)) ?? show;
    const t = truth[key]?.articleBody ?? '';
    const o = predictions[key]?.articleBody ?? '';
    console.log(`--- ${truth[key]?.url}\n--- ours, not in truth (+)`);
    printMissing(o, t, '+');
    console.log('--- truth, not in ours (-)');
    printMissing(t, o, '-');
    return;
  }
  const rows = Object.entries(truth).map(([key, t]) => ({
    key,
    url: t.url,
    ...pageScore(t.articleBody, predictions[key]?.articleBody ?? ''),
  }));
  rows.sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r));
  for (const r of rows.slice(0, worst))
    console.log(`p=${r.p.toFixed(2)} r=${r.r.toFixed(2)} ${r.key.slice(0, 12)} ${r.url}`);
}

/** Lines of a whose 4-word shingles are mostly absent from b. */
function printMissing(a: string, b: string, mark: string): void {
  const inB = shingles(b);
  for (const line of a.split(/\n+/)) {
    const s = shingles(line);
    let miss = 0;
    for (const k of s.keys()) if (!inB.has(k)) miss++;
    if (s.size && miss / s.size > 0.5) console.log(`${mark} ${line.slice(0, 160)}`);
  }
}

main();
