// Golden cases for story clustering, each with a must-not-match twin: invented articles, real clustering code.
import { describe, expect, it } from 'vitest';
import { clean } from '../clean/index.ts';
import { makeContext } from '../context.ts';
import type { Document } from '../model/document.ts';
import { featuresOf } from './features.ts';
import { assign, ClusterStateSchema, clusterDocuments, emptyState, StoryBook, sweep } from './index.ts';
import { MEMBERS_KEPT, POSTING_CAP, QUIET_DAYS, REVIEWS_PER_ARRIVAL, TUNING } from './params.ts';
import { mergeIfOne, splitIfTwo } from './reshape.ts';
import type { ClusterState, StoryState } from './state.ts';
import { openStory, takeMember } from './stories.ts';

const ctx = makeContext({ now: new Date('2026-03-01T00:00:00Z') });

function doc(id: string, text: string, published?: string): Document {
  const r = clean({ id, source: id, kind: 'text', body: text, meta: published ? { published } : {} }, ctx);
  if (!r.value) throw new Error(`test article ${id} did not clean`);
  return r.value;
}

/** The story of each article once the whole batch is in. */
function storiesOf(docs: Document[]): Map<string, string> {
  const r = clusterDocuments(docs, ctx).value;
  return new Map(r.assignments.map((a) => [a.id, a.story]));
}

const quakeA1 = doc(
  'quake-a1',
  `A magnitude 6.1 earthquake struck near Varnholt on Tuesday, collapsing the old grain hall and injuring 42 people.
The quake hit at 4:12 a.m. and was felt across the Lindmark valley, the Brask Seismic Institute said.
Mayor Edda Quellin said rescue teams were searching the rubble of the grain hall in Varnholt.`,
);
const quakeA2 = doc(
  'quake-a2',
  `Rescuers in Varnholt dug through the ruins of a grain hall after Tuesday's 6.1-magnitude tremor left 42 injured.
Edda Quellin, the town's mayor, asked residents of the Lindmark valley to stay out of damaged buildings.
The Brask Seismic Institute recorded several aftershocks through the morning.`,
);
const quakeA3 = doc(
  'quake-a3',
  `Aftershocks rattled the Lindmark valley a day after the Varnholt earthquake, which measured 6.1.
Officials from the Brask Seismic Institute warned that the grain hall site remained unstable; 42 people were hurt.
Mayor Quellin thanked volunteers who sheltered families overnight.`,
);
const quakeB1 = doc(
  'quake-b1',
  `A magnitude 5.2 earthquake shook Ostermoor on Friday, cracking the walls of the Saint Ivo school and injuring 7.
The tremor was centred under the Dunhallow hills, according to the Carrow Geological Survey.
Governor Tamsin Orrel said engineers would inspect every school in Ostermoor before classes resume.`,
);
const quakeB2 = doc(
  'quake-b2',
  `Engineers inspected schools in Ostermoor after Friday's 5.2 tremor under the Dunhallow hills hurt 7 pupils.
Governor Tamsin Orrel said the Saint Ivo school would stay closed; the Carrow Geological Survey counted 12 aftershocks.`,
);

describe('same event, different tellings', () => {
  it('three accounts of one earthquake join one story', () => {
    const s = storiesOf([quakeA1, quakeA2, quakeA3]);
    expect(new Set(s.values()).size).toBe(1);
  });

  it('a near copy joins its original, even under another headline', () => {
    const copy = doc(
      'quake-a1-copy',
      `Valley quake: grain hall falls\n\n${quakeA1.text.replace('injuring 42 people', 'injuring dozens')}`,
    );
    const s = storiesOf([quakeA1, quakeB1, copy]);
    expect(s.get('quake-a1-copy')).toBe(s.get('quake-a1'));
    expect(s.get('quake-b1')).not.toBe(s.get('quake-a1'));
  });
});

describe('different events of the same kind stay apart', () => {
  it('two earthquakes in different towns are two stories', () => {
    const s = storiesOf([quakeA1, quakeB1, quakeA2, quakeB2, quakeA3]);
    expect(s.get('quake-a2')).toBe(s.get('quake-a1'));
    expect(s.get('quake-b2')).toBe(s.get('quake-b1'));
    expect(s.get('quake-b1')).not.toBe(s.get('quake-a1'));
  });

  it('two trials of different defendants are two stories', () => {
    const t1 = doc(
      'trial-1',
      `The fraud trial of former Helvane Bank director Arno Pettersby opened in Kessling on Monday.
Prosecutors say Pettersby moved 3.4 million from client accounts; his lawyer, Mira Oduya, said he will plead not guilty.`,
    );
    const t2 = doc(
      'trial-2',
      `Arno Pettersby, who ran Helvane Bank's private clients desk, told the Kessling court on Monday he never touched client money.
Defence lawyer Mira Oduya said the 3.4 million transfers were approved by auditors.`,
    );
    const u1 = doc(
      'trial-3',
      `The fraud trial of shipping executive Lotte Varga opened in Pellamy on Wednesday.
Prosecutors say Varga hid 18 million in losses at Corrin Freight; her lawyer, Devan Shire, denies the charges.`,
    );
    const s = storiesOf([t1, u1, t2]);
    expect(s.get('trial-2')).toBe(s.get('trial-1'));
    expect(s.get('trial-3')).not.toBe(s.get('trial-1'));
  });

  it('the same people months apart are two stories', () => {
    const text = (what: string) =>
      `Senator Ilse Markwood and Governor Pieter Danvale clashed over the Halden water bill ${what}.
Markwood said the Halden reservoir plan would cost too much; Danvale called her objections political.`;
    const march = doc('march', text('in the state assembly'), '2025-03-04');
    const march2 = doc('march-2', text('during a televised debate'), '2025-03-05');
    const october = doc('october', text('again at a budget hearing'), '2025-10-20');
    const s = storiesOf([march, october, march2]);
    expect(s.get('march-2')).toBe(s.get('march'));
    expect(s.get('october')).not.toBe(s.get('march'));
  });
});

/** Puts articles straight into stories, as a chain of borderline joins could (raw counts as vectors). */
function fill(state: ClusterState, placed: [StoryState, Document][]): void {
  for (const [s, d] of placed) {
    const f = featuresOf(d);
    const member = { id: d.id, day: null, vector: Object.fromEntries(f.counts), signature: f.signature };
    takeMember(state, s, member, f.bands);
  }
}

describe('splits and merges', () => {
  it('a story holding two events splits, and the split is recorded with the articles moved', () => {
    const state = emptyState();
    const s = openStory(state);
    const docs = [quakeA1, quakeA2, quakeA3, quakeB1, quakeB2];
    // force both events into one story, as a long chain of borderline joins could
    const b3 = doc(
      'quake-b3',
      `${quakeB2.text}\nSchools in Ostermoor reopen next week, Governor Orrel said.`,
    );
    const b4 = doc(
      'quake-b4',
      `${quakeB1.text}\nThe Carrow Geological Survey said the Dunhallow fault is active.`,
    );
    const a4 = doc('quake-a4', `${quakeA2.text}\nVarnholt will rebuild the grain hall, Mayor Quellin said.`);
    fill(
      state,
      [...docs, b3, b4, a4].map((d) => [s, d]),
    );
    const events = splitIfTwo(state, s, 'quake-a4', TUNING);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e.event).toBe('split');
    const moved = new Set(e.event === 'split' ? e.moved : []);
    const quakeB = ['quake-b1', 'quake-b2', 'quake-b3', 'quake-b4'];
    const quakeA = ['quake-a1', 'quake-a2', 'quake-a3', 'quake-a4'];
    // either part may be the one that moves; each event stays whole
    const movedB = quakeB.every((id) => moved.has(id)) && quakeA.every((id) => !moved.has(id));
    const movedA = quakeA.every((id) => moved.has(id)) && quakeB.every((id) => !moved.has(id));
    expect(movedA || movedB).toBe(true);
    expect(state.stories[e.into]!.size + state.stories[s.id]!.size).toBe(8);
  });

  it('a story of one event does not split', () => {
    const state = emptyState();
    const s = openStory(state);
    fill(
      state,
      [quakeA1, quakeA2, quakeA3, quakeA1].map((d) => [s, d]),
    );
    expect(splitIfTwo(state, s, 'x', TUNING)).toEqual([]);
  });

  it('two stories of one event merge, and the merge is recorded with the article that showed it', () => {
    const state = emptyState();
    const a = openStory(state);
    const b = openStory(state);
    fill(state, [
      [a, quakeA1],
      [a, quakeA2],
      [b, quakeA3],
    ]);
    const e = mergeIfOne(state, b, a, 'quake-a3', TUNING);
    expect(e).toMatchObject({ event: 'merge', into: a.id, from: b.id, at: 'quake-a3' });
    expect(Object.keys(state.stories)).toEqual([a.id]);
    expect(a.size).toBe(3);
    expect(a.members.map((m) => m.id).sort()).toEqual(['quake-a1', 'quake-a2', 'quake-a3']);
  });

  it('the story book follows merges and splits: every article ends in the story that holds it', () => {
    const book = new StoryBook();
    book.arrive('x1', 's1');
    book.arrive('x2', 's2');
    book.arrive('x3', 's1');
    book.apply({ event: 'merge', into: 's1', from: 's2', at: 'x3', score: 0.5 });
    book.arrive('x4', 's1');
    book.apply({ event: 'split', from: 's1', into: 's3', moved: ['x2', 'x4'], at: 'x4' });
    expect(['x1', 'x2', 'x3', 'x4'].map((id) => book.storyOfArticle(id))).toEqual(['s1', 's3', 's1', 's3']);
  });

  it('two stories of different events do not merge', () => {
    const state = emptyState();
    const a = openStory(state);
    const b = openStory(state);
    fill(state, [
      [a, quakeA1],
      [b, quakeB1],
    ]);
    expect(mergeIfOne(state, a, b, 'x', TUNING)).toBeNull();
    expect(Object.keys(state.stories)).toHaveLength(2);
  });
});

describe('state', () => {
  it('survives a JSON round trip: clustering carries on as if it never stopped', () => {
    const first = [quakeA1, quakeB1];
    const rest = [quakeA2, quakeB2, quakeA3];
    const straight = clusterDocuments([...first, ...rest], ctx).value.assignments;
    const half = clusterDocuments(first, ctx).value.state;
    const restored = ClusterStateSchema.parse(JSON.parse(JSON.stringify(half)));
    const resumed = clusterDocuments(rest, ctx, restored).value.assignments;
    const byId = new Map(straight.map((a) => [a.id, a.story]));
    for (const a of resumed) expect(a.story).toBe(byId.get(a.id));
  });

  it('stays bounded: quiet stories leave, posting lists keep at most POSTING_CAP stories', () => {
    const state = emptyState();
    const day0 = 20_000;
    for (let i = 0; i < 300; i++) {
      const town = `Town${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`;
      const d = doc(
        `n${i}`,
        `A fire broke out in ${town} on Monday, chief Ansel ${town}son said. ${i + 3} homes burned.`,
      );
      assign(state, d, day0 + Math.floor(i / 10));
    }
    sweep(state);
    for (const list of Object.values(state.postings)) expect(list.length).toBeLessThanOrEqual(POSTING_CAP);
    for (const s of Object.values(state.stories)) {
      expect(s.touched).toBeGreaterThanOrEqual(state.clock - QUIET_DAYS);
      expect(s.members.length).toBeLessThanOrEqual(MEMBERS_KEPT);
    }
    // 10 articles a day for 30 days: only the last QUIET_DAYS (and the day) can still be there
    expect(Object.keys(state.stories).length).toBeLessThanOrEqual((QUIET_DAYS + 1) * 10);
  });

  it("bounds an arrival's work: a new day's first article takes at most REVIEWS_PER_ARRIVAL of the day's reviews", () => {
    const state = emptyState();
    const day0 = 20_000;
    for (let i = 0; i < 12; i++)
      assign(
        state,
        doc(`r${i}`, `A fire broke out in Town${i} on Monday, chief Ansel said. ${i + 3} homes burned.`),
        day0,
      );
    expect(state.pending).toHaveLength(12);
    assign(
      state,
      doc('next', 'A storm hit Orvale on Tuesday, mayor Tessa Brun said. 40 trees fell.'),
      day0 + 1,
    );
    // two of the twelve due reviews taken, the new arrival waiting behind the other ten
    const left = Array.from({ length: 12 - REVIEWS_PER_ARRIVAL }, (_, i) => `r${i + REVIEWS_PER_ARRIVAL}`);
    expect(state.pending.map((p) => p[0])).toEqual([...left, 'next']);
  });

  it('an article with nothing to match on opens its own story and says why', () => {
    const r = assign(emptyState(), doc('dots', 'So it goes, and then it was.'), 20_000);
    expect(r.value.opened).toBe(true);
    expect(r.issues.map((i) => i.code)).toContain('cluster.no-features');
  });
});
