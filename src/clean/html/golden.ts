// Golden cases on disk, fixtures/cases/<case>/: source.html, expected.txt ('' = no article), expected-meta.json, expected-issues.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocMeta } from '../../model/document.ts';
import { type ExtractOptions, extractArticle } from './index.ts';

// Under fixtures/ so that the linter leaves the hand-written pages as they are.
export const casesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'cases');

export interface GoldenCase {
  name: string;
  source: string;
  text: string;
  meta: DocMeta | null;
  issues: string[];
}

const readJson = <T>(file: string, fallback: T): T =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback;

export function listCases(): GoldenCase[] {
  return readdirSync(casesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(casesDir, d.name, 'source.html')))
    .map((d) => {
      const dir = path.join(casesDir, d.name);
      return {
        name: d.name,
        source: readFileSync(path.join(dir, 'source.html'), 'utf8'),
        text: readFileSync(path.join(dir, 'expected.txt'), 'utf8').replace(/\n$/, ''),
        meta: readJson<DocMeta | null>(path.join(dir, 'expected-meta.json'), null),
        issues: readJson<string[]>(path.join(dir, 'expected-issues.json'), []),
      };
    });
}

/** Writes the extractor's current output as the expectation of a case (to be reviewed by hand). */
export function writeExpected(dir: string, opts: ExtractOptions = {}): void {
  const source = readFileSync(path.join(dir, 'source.html'), 'utf8');
  const r = extractArticle(source, opts);
  writeFileSync(path.join(dir, 'expected.txt'), r.value ? `${r.value.text}\n` : '');
  writeFileSync(path.join(dir, 'expected-meta.json'), `${JSON.stringify(r.value?.meta ?? null, null, 2)}\n`);
  writeFileSync(path.join(dir, 'expected-issues.json'), `${JSON.stringify(r.issues.map((i) => i.code))}\n`);
}
