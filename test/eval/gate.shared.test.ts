// The quality gate over the annotated stories of ../shared: `npm run eval -- --gate` briefs all of them, scores
// them with the shared scorer and fails when any mean falls below its floor in eval/floors.json.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(new URL('.', import.meta.url).pathname, '../..');

describe('eval quality gate', () => {
  it('keeps every part of the briefing at or above its pinned floor on the annotated stories', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'eval/run.ts', '--gate'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CORROBORATE_NOW: '2026-12-01T00:00:00Z' },
    });
    expect(r.stderr).not.toMatch(/below the floor/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/eval gate: every mean at or above its floor/);
  }, 120_000);
});
