// The real process behind main(): argv, stdio, environment. Unexpected errors are bugs: shown with their stack.
import { main } from './cli.ts';

export async function run(): Promise<void> {
  let code: number;
  try {
    code = await main(process.argv.slice(2), {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      stdin: process.stdin,
      isTTY: Boolean(process.stderr.isTTY),
      stdoutIsTTY: Boolean(process.stdout.isTTY),
      env: process.env,
      cwd: process.cwd(),
    });
  } catch (e) {
    process.stderr.write(`corroborate: internal error (please report): ${(e as Error).stack ?? String(e)}\n`);
    code = 70;
  }
  // exitCode, not exit(): lets stdout drain when it is a pipe.
  process.exitCode = code;
}
