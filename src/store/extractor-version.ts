// The version stored findings are keyed by: a hash of the code that makes them (segment, extract, the vocabulary and
// the model types), so any change to the extractor re-extracts instead of serving findings it would no longer make.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../', import.meta.url));
/** The folders whose code decides what extractDoc returns. */
const EXTRACTOR_DIRS = ['segment', 'extract', 'lang', 'model'];
const IS_TEST = /\.(test|fixture)\.ts$/;

function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourcesUnder(path));
    else if (e.name.endsWith('.ts') && !IS_TEST.test(e.name)) out.push(path);
  }
  return out;
}

let memo: string | null = null;

export function extractorVersion(): string {
  if (memo) return memo;
  const h = createHash('sha256');
  for (const d of EXTRACTOR_DIRS) {
    for (const file of sourcesUnder(join(SRC, d))) {
      h.update(file.slice(SRC.length));
      h.update('\0');
      h.update(readFileSync(file));
    }
  }
  memo = `x1-${h.digest('hex').slice(0, 16)}`;
  return memo;
}
