// End to end: a text with no sentence stop is cut into bounded sentences, so a briefing of it stays linear.
import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';
import { brief } from '../api/run.ts';

const now = new Date('2026-01-10T00:00:00Z');

describe('a long run with no sentence stop', () => {
  it('briefs a 2 MB run of dates with no stop, and no publication date, in bounded time', () => {
    // Undated, every date is completed across the story by the words of its sentence: one sentence of 2 MB made
    // that quadratic.
    const text = 'On Monday, January 5, 2026 '.repeat(75_000);
    const c0 = cpuNow();
    brief([{ id: 'a', text }], { now });
    expect(cpuNow() - c0).toBeLessThan(BLOWUP_BUDGET_MS * 2);
  });
});
