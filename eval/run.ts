// npm run eval: brief the ../shared story as raw text, write out/eval/<story>.json, print the scorer's verdict.
// An edge: it reads and writes files and runs the scorer; the pipeline itself stays pure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeContext } from '../src/context.ts';
import type { RawDocument } from '../src/model/document.ts';
import { briefStory, cleanAll, ingestInput } from '../src/pipeline.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repo, '../shared');
const story = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'cartel-strikes';
const verbose = process.argv.includes('--verbose');
const now = process.env.CORROBORATE_NOW ? new Date(process.env.CORROBORATE_NOW) : new Date();
const ctx = makeContext({ now });

const dir = path.join(shared, 'corpus', story);
const raws: RawDocument[] = [];
for (const name of readdirSync(dir).sort()) {
  const file = path.join(dir, name);
  const r = ingestInput(
    { name: file, bytes: new Uint8Array(readFileSync(file)), contentType: 'text/plain' },
    ctx,
  );
  for (const i of r.issues) if (i.severity === 'error') console.error(`${i.code}: ${i.message}`);
  raws.push(...r.value.docs);
}
const t0 = performance.now();
const cleaned = cleanAll(raws, ctx);
const result = briefStory(cleaned.value, { id: story, title: story }, ctx);
const ms = performance.now() - t0;
for (const i of [...cleaned.issues, ...result.issues])
  if (i.severity === 'error') console.error(`${i.code}: ${i.message}`);

const outDir = path.join(repo, 'out', 'eval');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, `${story}.json`);
writeFileSync(outFile, `${JSON.stringify(result.value, null, 2)}\n`);
console.log(
  `${story}: ${raws.length} documents briefed in ${ms.toFixed(0)} ms → ${path.relative(repo, outFile)}`,
);

const args = [path.join(shared, 'eval', 'score.mjs'), path.join(shared, 'eval', `${story}.json`), outFile];
if (verbose) args.push('--verbose');
process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
