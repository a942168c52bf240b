// Runs the CLI in-process through main(), with a real temp directory as its working directory.
import { Readable } from 'node:stream';
import { main } from '../../src/serve/cli.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  stdin?: string;
  isTTY?: boolean;
}

export async function runCli(argv: string[], opts: RunOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
    isTTY: opts.isTTY ?? false,
    // one thread unless a test asks for more: in-process runs stay quick; test/cli/jobs.test.ts covers the pool
    env: { CORROBORATE_JOBS: '1', ...opts.env },
    cwd: opts.cwd,
  });
  return { code, stdout, stderr };
}
