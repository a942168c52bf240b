// Creates (or refreshes) a golden HTML case from a page: copies it to src/clean/html/fixtures/cases/<name>/source.html and
// writes the extractor's current output as expected.txt / expected-meta.json / expected-issues.json, for review.
// Usage: npx tsx scripts/add-html-case.ts <name> [file.html] [--url URL]
//   without file.html the case's existing source.html is re-run (after a deliberate change of behaviour).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { casesDir, writeExpected } from '../src/clean/html/golden.ts';

function main(argv: string[]): number {
  const urlAt = argv.indexOf('--url');
  const url = urlAt >= 0 ? argv[urlAt + 1] : undefined;
  const positional = argv.filter((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  const [name, file] = positional;
  if (!name || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    console.error(
      'usage: tsx scripts/add-html-case.ts <name: lower-case-with-dashes> [file.html] [--url URL]',
    );
    return 2;
  }
  const dir = path.join(casesDir, name);
  mkdirSync(dir, { recursive: true });
  if (file) copyFileSync(file, path.join(dir, 'source.html'));
  else if (!existsSync(path.join(dir, 'source.html'))) {
    console.error(`${dir}/source.html does not exist; give the HTML file to copy`);
    return 2;
  }
  writeExpected(dir, url ? { url } : {});
  console.log(`wrote ${dir}: review expected.txt and expected-meta.json before committing`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
