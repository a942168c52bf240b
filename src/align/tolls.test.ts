// Golden case, end to end from text: a count that says nothing of harm ("20 people had been inside") never joins a
// count of the injured, while two counts of the injured do.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const briefOf = (...texts: string[]) => briefTexts(texts);

describe('tolls', () => {
  it('keeps a count of people who were somewhere out of the count of the injured', () => {
    const b = briefOf(
      'Police said 12 people were injured in the riots in Port Sael.',
      'Police said 18 people had been injured in the riots in Port Sael.',
      'Firefighters said as many as 20 people had been inside the bank in Port Sael.',
    );
    const injured = b.quantities.find((q) => q.values.some((v) => v.value === 12))!;
    expect(injured.values.map((v) => v.value).sort((x, y) => x - y)).toEqual([12, 18]);
  });
});
