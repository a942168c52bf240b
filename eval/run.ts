// npm run eval [STORY…] [--verbose] [--gate]: brief every annotated story in ../shared/eval (or the ones named), write
// out/eval/<story>.json, score each with the shared scorer and print a table (story × part) with the mean of each part.
// --gate: exit 1 when a mean falls below its pinned floor in eval/floors.json (a quality gate that refuses to drop).
// An edge: it reads and writes files and runs the scorer; the pipeline itself stays pure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeContext } from '../src/context.ts';
import type { RawDocument } from '../src/model/document.ts';
import { briefStory, cleanAll, ingestInput } from '../src/pipeline.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repo, '../shared');
const evalDir = path.join(shared, 'eval');
if (!existsSync(path.join(evalDir, 'score.mjs'))) {
  console.error(`npm run eval: ${evalDir} is missing; it needs ../shared beside the project`);
  process.exit(2);
}
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
const gate = process.argv.includes('--gate');
const outDir = path.join(repo, 'out', 'eval');
mkdirSync(outDir, { recursive: true });

const stories = named.length
  ? named
  : readdirSync(evalDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();

/** The input files of one story: the annotation's `corpus` (a folder of articles or one JSON Lines file). */
function inputFiles(corpus: string): string[] {
  const at = path.join(shared, corpus);
  if (statSync(at).isDirectory())
    return readdirSync(at)
      .sort()
      .map((n) => path.join(at, n));
  return [at];
}

function briefOne(story: string): string {
  const ann = JSON.parse(readFileSync(path.join(evalDir, `${story}.json`), 'utf8')) as { corpus?: string };
  const ctx = makeContext({
    now: process.env.CORROBORATE_NOW ? new Date(process.env.CORROBORATE_NOW) : undefined,
  });
  const raws: RawDocument[] = [];
  for (const file of inputFiles(ann.corpus ?? `corpus/${story}`)) {
    const r = ingestInput({ name: file, bytes: new Uint8Array(readFileSync(file)) }, ctx);
    for (const i of r.issues) if (i.severity === 'error') console.error(`${story}: ${i.code}: ${i.message}`);
    raws.push(...r.value.docs);
  }
  const t0 = performance.now();
  const cleaned = cleanAll(raws, ctx);
  const result = briefStory(cleaned.value, { id: story, title: story }, ctx);
  const ms = performance.now() - t0;
  for (const i of [...cleaned.issues, ...result.issues])
    if (i.severity === 'error') console.error(`${story}: ${i.code}: ${i.message}`);
  const outFile = path.join(outDir, `${story}.json`);
  writeFileSync(outFile, `${JSON.stringify(result.value, null, 2)}\n`);
  if (stories.length === 1)
    console.log(
      `${story}: ${raws.length} documents briefed in ${ms.toFixed(0)} ms → ${path.relative(repo, outFile)}`,
    );
  return outFile;
}

/** The scorer's lines "part   0.850  (17/20)" and "score: 0.812" → part → score (null for n/a). */
function parseScores(out: string): Map<string, number | null> {
  const parts = new Map<string, number | null>();
  for (const line of out.split('\n')) {
    const m = line.match(/^(\S.*?)\s{2,}(n\/a|\d\.\d+)\s/);
    if (m?.[1] && m[2]) parts.set(m[1].trim(), m[2] === 'n/a' ? null : Number(m[2]));
    const s = line.match(/^score: (\d\.\d+)/);
    if (s) parts.set('score', Number(s[1]));
  }
  return parts;
}

const table = new Map<string, Map<string, number | null>>();
for (const story of stories) {
  const outFile = briefOne(story);
  const args = [path.join(evalDir, 'score.mjs'), path.join(evalDir, `${story}.json`), outFile];
  if (verbose) args.push('--verbose');
  const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
  if (stories.length === 1 || verbose) process.stdout.write(out);
  table.set(story, parseScores(out));
}

/** A part's mean over the stories that score it (null when none does). */
function mean(part: string): number | null {
  const vs = [...table.values()].map((m) => m.get(part)).filter((v): v is number => typeof v === 'number');
  return vs.length ? vs.reduce((a, b) => a + b, 0) / vs.length : null;
}

if (stories.length > 1) {
  const parts = [...new Set([...table.values()].flatMap((m) => [...m.keys()]))];
  const short = (p: string) =>
    p.replace('disputes ', 'disp ').replace(' claims', '').replace('entities ', 'ent ');
  const cell = (v: number | null | undefined) =>
    v === null || v === undefined ? '   - ' : v.toFixed(2).padStart(5);
  const w = Math.max(...stories.map((s) => s.length), 6);
  console.log(`${''.padEnd(w)} ${parts.map((p) => short(p).slice(0, 9).padStart(9)).join(' ')}`);
  for (const [story, m] of table)
    console.log(`${story.padEnd(w)} ${parts.map((p) => cell(m.get(p)).padStart(9)).join(' ')}`);
  console.log(`${'mean'.padEnd(w)} ${parts.map((p) => cell(mean(p)).padStart(9)).join(' ')}`);
  console.log('(disputes means are over the stories that have them; briefings in out/eval/)');
}

if (gate) {
  // Floors are pinned a little under the measured means: a change that lowers one must say why, or not land.
  const floors = JSON.parse(readFileSync(path.join(repo, 'eval', 'floors.json'), 'utf8')) as {
    means: Record<string, number>;
    stories: Record<string, number>;
  };
  const below: string[] = [];
  for (const [part, floor] of Object.entries(floors.means)) {
    const got = mean(part) ?? 0;
    if (got < floor) below.push(`mean ${part} ${got.toFixed(3)} < ${floor}`);
  }
  for (const [story, floor] of Object.entries(floors.stories)) {
    const got = table.get(story)?.get('score') ?? 0;
    if (got < floor) below.push(`${story} score ${got.toFixed(3)} < ${floor}`);
  }
  for (const b of below) console.error(`below the floor: ${b}`);
  if (below.length) process.exit(1);
  console.log('eval gate: every mean at or above its floor');
}
