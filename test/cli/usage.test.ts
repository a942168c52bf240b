import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/serve/cli.ts';
import { tempDir } from '../store/fixtures.ts';
import { runCli } from './run.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const cli = (argv: string[], env: Record<string, string> = {}) => runCli(argv, { cwd: tmp.dir, env });

describe('usage errors exit 2 and say what was wrong', () => {
  it('an unknown command', async () => {
    const r = await cli(['summarise', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'summarise'/);
    expect(r.stderr).toMatch(/brief, ingest/);
  });

  it('no command at all prints the overview on stderr', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: corroborate COMMAND/);
  });

  it('an unknown flag, named', async () => {
    const r = await cli(['stories', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--bogus/);
    expect(r.stderr).toMatch(/corroborate stories --help/);
  });

  it('a bad --format, with the values allowed', async () => {
    const r = await cli(['docs', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format must be one of text, json \(got 'xml'\)/);
  });

  it('a flag that needs a value and got none', async () => {
    const r = await cli(['docs', '--story']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--story/);
  });

  it('a --now that is not a date, from the flag or the environment', async () => {
    const flag = await cli(['stories', '--now', 'yesterday']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--now must be an ISO date .*'yesterday'/);
    const env = await cli(['stories'], { CORROBORATE_NOW: '2026-13-45' });
    expect(env.code).toBe(2);
    expect(env.stderr).toMatch(/--now must be an ISO date/);
  });

  it('stray arguments to a command that takes none', async () => {
    const r = await cli(['stories', 'extra']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/takes no arguments/);
  });

  it('show without a DOC', async () => {
    const r = await cli(['show']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/show needs exactly one DOC/);
  });
});

describe('help and version', () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help lists every command', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.name} `);
  });

  it.each(COMMANDS.map((c) => c.name))(
    '%s --help and -h show usage with examples and exit 0',
    async (name) => {
      for (const flag of ['--help', '-h']) {
        const r = await cli([name, flag]);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^Usage: corroborate ${name}`));
        expect(r.stdout).toMatch(/\nExamples:\n {2}corroborate /);
      }
    },
  );

  it('help COMMAND is the same as COMMAND --help', async () => {
    const a = await cli(['help', 'ingest']);
    const b = await cli(['ingest', '--help']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('every option named in a help text is accepted by its command', async () => {
    for (const c of COMMANDS) {
      const { run } = await c.load();
      for (const flag of c.help.matchAll(/--([a-z-]+)/g)) {
        const out: string[] = [];
        const io = {
          stdout: (t: string) => {
            out.push(t);
          },
          stderr: () => {},
          stdin: process.stdin,
          isTTY: false,
          env: {},
          cwd: tmp.dir,
        };
        // --help wins over values and positionals, so an accepted flag exits 0; an unknown one throws a UsageError.
        const code = await run([`--${flag[1]}`, 'x', '--help'], io);
        expect([c.name, flag[1], code]).toEqual([c.name, flag[1], 0]);
        expect(out.join('')).toBe(c.help);
      }
    }
  });
});
