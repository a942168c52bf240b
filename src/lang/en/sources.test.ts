import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../../test/support/cpu.ts';
import { unnamedSource } from './sources.ts';

describe('unnamed sources', () => {
  it.each([
    'A police source said the men fled in a second car.',
    'The official, who wished to remain anonymous, described the plan.',
    'Two sources told the paper the talks had stalled.',
    'People familiar with the discussions said no deal was near.',
    'An unnamed senior official confirmed the trip.',
  ])('finds the unnamed source in %s', (s) => {
    expect(unnamedSource(s)).not.toBeNull();
  });
  it.each([
    'Police spokesman Ari Dunn said the men fled in a second car.',
    'People close to the river were moved to higher ground.',
    'The source of the fire was an electrical fault, investigators said.',
    'Open source software runs the city’s traffic lights.',
  ])('names no unnamed source in %s', (s) => {
    expect(unnamedSource(s)).toBeNull();
  });
  it('reads a 1 MB pathological line within the CPU budget', () => {
    const line = 'a source a source '.repeat(60_000);
    const t0 = cpuNow();
    unnamedSource(line);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
