// Golden cases for the clustering rules the dev search may turn on (multi-word names, distinct protagonists, a
// stricter story merge, batch-end consolidation), each with a must-not-match twin. Invented passages throughout.
import { describe, expect, it } from 'vitest';
import { clean } from '../clean/index.ts';
import { makeContext } from '../context.ts';
import type { Document } from '../model/document.ts';
import { featuresOf } from './features.ts';
import { clusterDocuments } from './index.ts';
import { TUNING } from './params.ts';
import { mergeIfOne } from './reshape.ts';
import { score } from './score.ts';
import { type ClusterState, emptyState, type Member } from './state.ts';
import { openStory, takeMember } from './stories.ts';
import { normaliseFamilies, type Vector } from './vector.ts';

const ctx = makeContext({ now: new Date('2026-03-01T00:00:00Z') });

function doc(id: string, text: string): Document {
  const r = clean({ id, source: id, kind: 'text', body: text, meta: {} }, ctx);
  if (!r.value) throw new Error(`test article ${id} did not clean`);
  return r.value;
}

const names = (d: Document, nameBigrams: boolean): string[] =>
  [...featuresOf(d, { ...TUNING, nameBigrams }).counts.keys()].filter((k) => k.startsWith('n:')).sort();

describe('multi-word names (nameBigrams)', () => {
  const d = doc(
    'bigram',
    `Police in Port Velden arrested Ivo Lortel, a lineman for the Velden Harriers, on Saturday.
Lortel was released later. The Harriers said Ivo Lortel would miss practice, and Port Velden police filed charges.`,
  );

  it('two names written one after the other are also one key', () => {
    const keys = names(d, true);
    expect(keys).toContain('n:ivo_lortel');
    expect(keys).toContain('n:port_velden');
    // the single words stay keys too
    expect(keys).toContain('n:lortel');
  });

  it('without the rule, and across a stop or a possessive, no pair is made', () => {
    expect(names(d, false).some((k) => k.includes('_'))).toBe(false);
    const stops = doc(
      'stops',
      `The officials who came to the meeting talked with Dana Orvik in Velden. Harriers fans were cheering loudly,
and the team that Orvik's Harriers beat went home quietly. Later that evening Dana Orvik spoke to reporters.`,
    );
    const keys = names(stops, true);
    expect(keys).toContain('n:dana_orvik');
    expect(keys).not.toContain('n:velden_harriers');
    expect(keys).not.toContain('n:orvik_harriers');
  });
});

/** A member whose vector holds these keys (family-prefixed), the first weighing `lead` and the rest one. */
function member(id: string, keys: string[], lead = 3): Member {
  const v: Vector = {};
  keys.forEach((k, i) => {
    v[k] = i === 0 ? lead : 1;
  });
  return { id, day: null, vector: normaliseFamilies(v), signature: [] };
}
const side = (m: Member) => ({ vector: m.vector, firstDay: null, lastDay: null });

describe('distinct protagonists (protagonistPenalty)', () => {
  const TEAM = ['n:harriers', 'n:velden', 't:arrest', 't:lineman', 't:charg', '#:saturday'];
  const one = member('one', ['n:lortel', ...TEAM]);
  const retold = member('retold', ['n:lortel', 'n:harriers', 't:arrest', 't:releas', '#:saturday']);
  const other = member('other', ['n:brisko', ...TEAM]);
  const t = { ...TUNING, protagonistPenalty: 0.2 };

  it('two arrests of one team, each leading with its own player, score the penalty lower', () => {
    const plain = score(side(one), side(other), { ...TUNING, protagonistPenalty: 0 }).total;
    expect(score(side(one), side(other), t).total).toBeCloseTo(plain - 0.2, 6);
  });

  it('two accounts leading with the same player pay nothing', () => {
    const plain = score(side(one), side(retold), { ...TUNING, protagonistPenalty: 0 }).total;
    expect(score(side(one), side(retold), t).total).toBeCloseTo(plain, 6);
  });
});

describe('years in common (yearPenalty)', () => {
  const PATCH = ['n:orvane', 'n:skylet', 't:patch', 't:flaw', 't:browser', '#:7'];
  const early = member('early', [...PATCH, '#:2009']);
  const sameYear = member('same-year', [...PATCH, '#:2009', '#:12']);
  const later = member('later', [...PATCH, '#:2014']);
  const undated = member('undated', PATCH);
  const t = { ...TUNING, yearPenalty: 0.2 };
  const plain = (a: Member, b: Member) => score(side(a), side(b), { ...TUNING, yearPenalty: 0 }).total;

  it('two patches of one browser, one giving 2009 and the other 2014, score the penalty lower', () => {
    expect(score(side(early), side(later), t).total).toBeCloseTo(plain(early, later) - 0.2, 6);
  });

  it('a shared year, or a side giving none, costs nothing', () => {
    expect(score(side(early), side(sameYear), t).total).toBeCloseTo(plain(early, sameYear), 6);
    expect(score(side(early), side(undated), t).total).toBeCloseTo(plain(early, undated), 6);
  });
});

describe('a story merge asks more than a join (mergeMargin)', () => {
  const QUAKE = ['n:varnholt', 'n:quellin', 't:quake', 't:grain', '#:6.1'];
  const LOOSE = ['n:varnholt', 'n:ostrava', 't:quake', 't:school', '#:5.2'];
  function two(): { state: ClusterState; a: string; b: string } {
    const state = emptyState();
    const a = openStory(state);
    const b = openStory(state);
    for (const id of ['a1', 'a2']) takeMember(state, a, member(id, QUAKE, 1), []);
    for (const id of ['b1', 'b2']) takeMember(state, b, member(id, LOOSE, 1), []);
    return { state, a: a.id, b: b.id };
  }
  const t = { ...TUNING, namesFloor: 0, join: 0.2 };

  it('two stories whose articles score just above join merge without a margin', () => {
    const { state, a, b } = two();
    expect(mergeIfOne(state, state.stories[a]!, state.stories[b]!, 'b2', t)?.event).toBe('merge');
  });

  it('and stay apart with one', () => {
    const { state, a, b } = two();
    expect(
      mergeIfOne(state, state.stories[a]!, state.stories[b]!, 'b2', { ...t, mergeMargin: 0.3 }),
    ).toBeNull();
  });
});

describe('batch-end consolidation (consolidate)', () => {
  const story = (id: string, body: string): Document => doc(id, body);
  const docs = [
    story(
      'a1',
      `The Marsden Bridge over the Tolva river closed on Monday after engineers found cracks in its piers.
Transport chief Ilona Varga said the Marsden Bridge would stay shut for 6 weeks.`,
    ),
    story(
      'b1',
      `Ferry services on the Tolva were doubled as the Marsden Bridge stayed closed for repairs to its piers.
Ilona Varga, the transport chief, said 6 weeks of work lay ahead.`,
    ),
    story(
      'x1',
      `The Orlen tram line reopened on Monday after 3 months of track work, council member Teo Brandt said.`,
    ),
  ];

  it('when off, the batch ends as it did before the rule', () => {
    const off = clusterDocuments(docs, ctx, emptyState(), { ...TUNING, consolidate: false }).value;
    expect(off.events.filter((e) => e.event === 'merge')).toHaveLength(0);
  });

  it('never merges a story with one about something else', () => {
    const on = clusterDocuments(docs, ctx, emptyState(), { ...TUNING, consolidate: true }).value;
    const of = new Map(on.assignments.map((a) => [a.id, a.story]));
    expect(of.get('x1')).not.toBe(of.get('a1'));
  });
});
