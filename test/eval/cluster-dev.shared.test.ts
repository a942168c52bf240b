// The cluster dev set (eval/cluster-dev-set.ts), built from ../shared/corpus at run time: it holds every hard class,
// and the dev-chosen weights (DEV_CHOSEN) still beat the defaults on it by what the search found.
import { describe, expect, it } from 'vitest';
import { classOf, DEV_CLASSES, devSet, loadDevSets, scoreDev } from '../../eval/cluster-dev-set.ts';
import { DEV_CHOSEN, TUNING } from '../../src/cluster/params.ts';

describe('cluster dev set', () => {
  it('holds every hard class, each with stories of several articles', () => {
    const records = devSet(0);
    for (const c of Object.keys(DEV_CLASSES)) {
      const sizes = new Map<string, number>();
      for (const r of records) if (classOf(r.story) === c) sizes.set(r.story, (sizes.get(r.story) ?? 0) + 1);
      expect(sizes.size, c).toBeGreaterThan(3);
      expect(Math.max(...sizes.values()), c).toBeGreaterThan(2);
    }
  });

  it('DEV_CHOSEN scores as the search found (dev F1 0.831), above the defaults (0.780)', () => {
    const sets = loadDevSets();
    const chosen = scoreDev(sets, DEV_CHOSEN);
    const defaults = scoreDev(sets, TUNING);
    expect(chosen.f1).toBeGreaterThan(0.826);
    expect(chosen.f1).toBeGreaterThan(defaults.f1 + 0.04);
  }, 120_000);
});
