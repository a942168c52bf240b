import { describe, expect, it } from 'vitest';
import { briefDoc, emptyBriefing } from '../../test/support/briefing.ts';
import type { Briefing } from '../model/briefing.ts';
import { diffBriefings } from './diff.ts';

const doc = briefDoc;

function briefing(over: Partial<Briefing> = {}): Briefing {
  return emptyBriefing({ story: { id: 'ferry', title: 'Ferry storm' }, documents: [doc('a')], ...over });
}

const qty = (about: string, values: [string, number][], agree = true) => ({
  about,
  agree,
  values: values.map(([d, value]) => ({
    doc: d,
    text: String(value),
    value,
    qualifier: null,
    unit: 'people',
  })),
});
const dispute = (about: string, sides: string[]) => ({
  about,
  kind: 'number',
  note: null,
  sides: sides.map((value) => ({ value, docs: ['a'], evidence: [] })),
});
const claim = (id: string, text: string, status: Briefing['claims'][number]['status']) => ({
  id,
  text,
  status,
  docs: ['a'],
  evidence: [],
});

describe('diffBriefings', () => {
  it('announces a story seen for the first time, once', () => {
    const events = diffBriefings(null, briefing({ documents: [doc('a'), doc('b')] }));
    expect(events).toEqual([
      {
        kind: 'new-story',
        summary: 'new story: Ferry storm (2 documents)',
        detail: { story: 'ferry', title: 'Ferry storm', docs: ['a', 'b'] },
      },
    ]);
  });

  it('finds nothing between equal briefings', () => {
    const b = briefing({
      quantities: [qty('passengers moved', [['a', 40]])],
      disputes: [dispute('moorings', ['3', '4'])],
    });
    expect(diffBriefings(b, structuredClone(b))).toEqual([]);
  });

  it('names each new source with its outlet', () => {
    const events = diffBriefings(briefing(), briefing({ documents: [doc('a'), doc('b', 'The Gazette')] }));
    expect(events.map((e) => [e.kind, e.summary])).toEqual([
      ['new-source', 'new source: b (The Gazette) "Title b"'],
    ]);
  });

  it('reports disputes that open and disputes that no longer stand, matched by what they are about', () => {
    const before = briefing({ disputes: [dispute('Moorings damaged', ['3', '4'])] });
    const after = briefing({ disputes: [dispute('passengers moved', ['40', '60'])] });
    const events = diffBriefings(before, after);
    expect(events.map((e) => e.kind)).toEqual(['new-dispute', 'resolved-dispute']);
    expect(events[0]!.summary).toBe('new dispute about passengers moved: 40 vs 60');
    // Same dispute written with other case and spacing is not new.
    expect(diffBriefings(before, briefing({ disputes: [dispute('moorings  damaged', ['3', '4'])] }))).toEqual(
      [],
    );
  });

  it('reports a count that moved, and not one that only gained a source giving the same value', () => {
    const before = briefing({ quantities: [qty('passengers moved', [['a', 40]])] });
    const moved = briefing({
      quantities: [
        qty(
          'passengers moved',
          [
            ['a', 40],
            ['b', 60],
          ],
          false,
        ),
      ],
    });
    const same = briefing({
      quantities: [
        qty('passengers moved', [
          ['a', 40],
          ['b', 40],
        ]),
      ],
    });
    const events = diffBriefings(before, moved);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      kind: 'changed-quantity',
      detail: { before: ['40 people'], after: ['40 people', '60 people'], agree: false },
    });
    expect(diffBriefings(before, same)).toEqual([]);
  });

  it('reports a claim whose status changed even when its id shifted', () => {
    const before = briefing({ claims: [claim('c1', 'The terminal closed on Tuesday.', 'single-source')] });
    const after = briefing({
      claims: [
        claim('c1', 'A new claim.', 'single-source'),
        claim('c2', 'The terminal closed on Tuesday.', 'corroborated'),
      ],
    });
    expect(diffBriefings(before, after)).toEqual([
      {
        kind: 'claim-status',
        summary: 'claim now corroborated (was single-source): The terminal closed on Tuesday.',
        detail: {
          text: 'The terminal closed on Tuesday.',
          before: 'single-source',
          after: 'corroborated',
          docs: ['a'],
        },
      },
    ]);
  });
});
