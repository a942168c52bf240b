// The command line: `corroborate COMMAND …`. main() takes its process as an argument (Io) so tests run it
// in-process; bin.ts wires the real one. Exit 0: all inputs handled; 1: some rejected or a request that cannot
// be met; 2: a usage error, with a message that says what was wrong.
import { readFileSync } from 'node:fs';
import { StoreError } from '../store/store.ts';
import { COMMANDS } from './commands/registry.ts';
import { CliError, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, type Io, UsageError } from './io.ts';

export { COMMANDS } from './commands/registry.ts';
export type { Io } from './io.ts';

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `corroborate ${version()}: cross-check several news articles about one event.

Usage: corroborate COMMAND [options]

Commands:
${list}

Options for every command: --help/-h, --now ISO (reference time, or $CORROBORATE_NOW).
corroborate --version prints the version. corroborate COMMAND --help shows options and examples.

Examples:
  corroborate brief examples/harbor-fire --format text
  corroborate ingest articles/ --story harbour-fire && corroborate brief --story harbour-fire --format md
`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const about = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    if (name === undefined) {
      io.stderr(overview());
      return EXIT_USAGE;
    }
    io.stdout(about ? about.help : overview());
    return EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${version()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const what = name.startsWith('-')
      ? `unknown option '${name}' (options go after the command)`
      : `unknown command '${name}'`;
    io.stderr(
      `corroborate: ${what}\ncommands: ${COMMANDS.map((c) => c.name).join(', ')} (corroborate --help)\n`,
    );
    return EXIT_USAGE;
  }
  // Help never needs the command's code (nor the models it loads).
  const optionArgs = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (optionArgs.includes('--help') || optionArgs.includes('-h')) {
    io.stdout(command.help);
    return EXIT_OK;
  }
  try {
    const { run } = await command.load();
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(
        `corroborate ${command.name}: ${e.message}\n(corroborate ${command.name} --help shows the options)\n`,
      );
      return EXIT_USAGE;
    }
    if (e instanceof CliError || e instanceof StoreError) {
      io.stderr(`corroborate ${command.name}: ${e.message}\n`);
      return EXIT_REJECTED;
    }
    throw e;
  }
}
