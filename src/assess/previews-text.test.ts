// Golden cases, end to end from text: a headline that looks ahead to an act another source, the same day or later,
// headlines as done is outdated; a later preview, two previews, or another act are not.
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../test/support/brief-text.ts';
import { brief } from '../api/run.ts';

const article = (id: string, title: string, published: string) => ({
  id,
  title,
  published,
  text: `${title}\n\nLawmakers in Port Sael debated the harbour tax bill that Governor Ana Ruiz vetoed last week.`,
});
const outdated = (a: [string, string], b: [string, string]) =>
  brief([article('a', ...a), article('b', ...b)], { now: TEST_NOW })
    .briefing.documents.filter((d) => d.flags.some((f) => f.kind === 'outdated'))
    .map((d) => d.id);

describe('a preview another source reports as done', () => {
  it('flags the preview headline as outdated', () => {
    expect(
      outdated(
        ['Assembly Set to Overturn Veto on Harbour Tax', '2026-03-04'],
        ['Assembly Overturns Ruiz Veto', '2026-03-05'],
      ),
    ).toEqual(['a']);
  });
  it('must not match: the report came before the preview, both are previews, or the acts differ', () => {
    expect(
      outdated(
        ['Assembly Set to Overturn Veto on Harbour Tax', '2026-03-06'],
        ['Assembly Overturns Ruiz Veto', '2026-03-05'],
      ),
    ).toEqual([]);
    expect(
      outdated(
        ['Assembly Set to Overturn Veto', '2026-03-04'],
        ['Assembly Expected to Overturn Ruiz Veto', '2026-03-05'],
      ),
    ).toEqual([]);
    expect(
      outdated(['Assembly Set to Overturn Veto', '2026-03-04'], ['Assembly Debates Ruiz Veto', '2026-03-05']),
    ).toEqual([]);
  });
});
