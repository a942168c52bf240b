// `corroborate serve` as a user runs it: its help, its refusals, and the real bin answering on 127.0.0.1 until
// SIGTERM stops it cleanly.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../cli/run.ts';
import { tempDir } from '../store/fixtures.ts';

const repo = resolve(new URL('.', import.meta.url).pathname, '../..');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

it('shows its help like the other commands, and is listed', async () => {
  const help = await runCli(['serve', '--help'], { cwd: tmp.dir });
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('Usage: corroborate serve [--db PATH] [--host 127.0.0.1] [--port 8080]');
  expect(help.stdout).toContain('CORROBORATE_TOKEN');
  const all = await runCli(['--help'], { cwd: tmp.dir });
  expect(all.stdout).toMatch(/\n {2}serve +the web dashboard/);
});

it('refuses to listen beyond loopback without a token, and a bad port', async () => {
  const open = await runCli(['serve', '--host', '0.0.0.0', '--db', join(tmp.dir, 'a.db')], { cwd: tmp.dir });
  expect(open.code).toBe(2);
  expect(open.stderr).toContain('refusing to listen on 0.0.0.0 without a token: set CORROBORATE_TOKEN');
  const port = await runCli(['serve', '--port', 'eighty'], { cwd: tmp.dir });
  expect(port.code).toBe(2);
  expect(port.stderr).toContain('--port must be a number');
  const extra = await runCli(['serve', 'stories'], { cwd: tmp.dir });
  expect(extra.code).toBe(2);
});

/** Starts the real bin; resolves with its URL once it listens, and a promise of its exit code. */
async function serve(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(repo, 'bin/corroborate.js'), 'serve', '--port', '0', ...args], {
    cwd: tmp.dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (c: string) => {
      out += c;
      const m = /(http:\/\/[\d.]+:\d+)\//.exec(out);
      if (m) ok(m[1]!);
    });
    child.on('exit', () => fail(new Error(`serve exited: ${out}`)));
  });
  return { child, url, exited };
}

it('listens beyond loopback only with a token, which every API call then needs', async () => {
  const { child, url, exited } = await serve(['--host', '0.0.0.0', '--db', join(tmp.dir, 'open.db')], {
    CORROBORATE_TOKEN: 'tok-123',
  });
  const local = url.replace('0.0.0.0', '127.0.0.1');
  try {
    expect((await fetch(`${local}/api/stories`)).status).toBe(401);
    const ok = await fetch(`${local}/api/stories`, { headers: { authorization: 'Bearer tok-123' } });
    expect(ok.status).toBe(200);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});

it('serves the API and the pages on 127.0.0.1 and stops on SIGTERM', async () => {
  const { child, url, exited } = await serve(['--db', join(tmp.dir, 'served.db')]);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  try {
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health.status).toBe('ok');
    const created = await fetch(`${url}/api/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'live' }),
    });
    expect(created.status).toBe(201);
    const page = await fetch(`${url}/`);
    expect(await page.text()).toContain('live');
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});
