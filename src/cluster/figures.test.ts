// Golden cases for the figures rule (numbersFloor, numbersPenalty): accounts of one event give its figures; a second
// event of the same kind at the same place, told with the same names, gives others. The weights are pinned (an
// earlier dev choice) so that the case tests the rule, whatever the search picks next.
import { describe, expect, it } from 'vitest';
import { clean } from '../clean/index.ts';
import { makeContext } from '../context.ts';
import type { Document } from '../model/document.ts';
import { clusterDocuments } from './index.ts';
import { TUNING, type Tuning } from './params.ts';

const WITH_FIGURES: Tuning = {
  ...TUNING,
  namesWeight: 0.5,
  termsWeight: 0.2,
  numbersWeight: 0.3,
  join: 0.2,
  namesFloor: 0.1,
  mergeOnReview: true,
  numbersFloor: 0.1,
  numbersPenalty: 0.1,
};

const ctx = makeContext({ now: new Date('2026-03-01T00:00:00Z') });

function doc(id: string, text: string): Document {
  const r = clean({ id, source: id, kind: 'text', body: text, meta: {} }, ctx);
  if (!r.value) throw new Error(`test article ${id} did not clean`);
  return r.value;
}

const fireA1 = doc(
  'fire-a1',
  `A fire tore through a warehouse on the Velmor docks in Port Sael, killing 3 workers and injuring 14.
Fire chief Ana Ruiz said 40 firefighters fought the blaze for 6 hours before it was brought under control.
The warehouse, owned by the Tarrow Shipping Company, stored 2,000 tonnes of grain.`,
);
const fireA2 = doc(
  'fire-a2',
  `Three workers died and 14 were hurt when fire swept a warehouse of the Tarrow Shipping Company in Port Sael.
Ana Ruiz, the fire chief, said 40 firefighters spent 6 hours on the Velmor docks fighting the flames.
About 2,000 tonnes of grain were lost.`,
);
// another fire on the same docks, told with the chief's name and the place: only its figures are all its own
const fireB1 = doc(
  'fire-b1',
  `Smoke rose over Port Sael as a timber store burned on the Velmor docks; 2 people were treated for burns.
Ana Ruiz, who leads the city's firefighters, said 25 crews had the flames out within 90 minutes.
The store, built in 1987, held 800 tonnes of timber, its owner Kesta Marrow said.`,
);

function storiesOf(docs: Document[], t: Tuning): Map<string, string> {
  const r = clusterDocuments(docs, ctx, undefined, t).value;
  return new Map(r.assignments.map((a) => [a.id, a.story]));
}

describe('figures tell two events of one kind apart', () => {
  it('two accounts giving the same toll and counts join one story', () => {
    const s = storiesOf([fireA1, fireA2], WITH_FIGURES);
    expect(s.get('fire-a2')).toBe(s.get('fire-a1'));
  });

  it('a second fire at the same docks, with the same names and other figures, is another story', () => {
    const s = storiesOf([fireA1, fireA2, fireB1], WITH_FIGURES);
    expect(s.get('fire-a2')).toBe(s.get('fire-a1'));
    expect(s.get('fire-b1')).not.toBe(s.get('fire-a1'));
  });

  it('without the figures rule the second fire joins the first: the rule is what keeps them apart', () => {
    const s = storiesOf([fireA1, fireA2, fireB1], { ...WITH_FIGURES, numbersPenalty: 0 });
    expect(s.get('fire-b1')).toBe(s.get('fire-a1'));
  });
});
