// Where a command writes its result (--out): checked before any work is done, so a typo costs nothing.
import { statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './io.ts';

/** The absolute path of --out, or a CliError when it names a folder or sits in a folder that does not exist. */
export function outputPath(cwd: string, out: string): string {
  const path = resolve(cwd, out);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new CliError(
      `--out ${out} is a folder; give a file name such as ${out.replace(/\/+$/, '')}/briefing.json`,
    );
  const dir = dirname(path);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new CliError(`--out ${out}: the folder ${dir} does not exist`);
  return path;
}

/** Writes the result; a file system refusal (permissions, a full disk) is one line, not a stack trace. */
export function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new CliError(`cannot write ${path}: ${(e as Error).message}`);
  }
}
