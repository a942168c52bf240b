// Golden cases, end to end from text: a person named once, in one article, by a near-spelling of a name that
// article and another give in full is a likely slip; a different person, or a name said twice, is not.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const slips = (a: string, b: string) =>
  briefTexts([a, b], '2026-03-08').disputes.filter((d) => d.kind === 'name');

const other =
  'Rep. Marten Olsby said he hurt his foot when the shooting began. Olsby, a coach of the team, said he was fine.';

describe('name slips', () => {
  it('finds a surname one letter from the given name of a person both articles name', () => {
    const d = slips(
      'Rep. Marten Olsby backed the coach on Tuesday. Martens was hurt in the crush when he fell from the stand.',
      other,
    );
    expect(d.map((x) => x.sides.map((s) => [s.value, s.docs]))).toEqual([
      [
        ['Martens', ['a']],
        ['Marten Olsby', ['b']],
      ],
    ]);
  });
  it('must not match: a near name the article never ties to that person', () => {
    const d = slips(
      'The coach spoke on Tuesday. Martens was hurt in the crush when he fell from the stand.',
      other,
    );
    expect(d).toEqual([]);
  });
  it('must not match: a name the article says more than once is a person of its own', () => {
    const d = slips(
      'Rep. Marten Olsby backed the coach. Martens was hurt when he fell from the stand. Martens is 40.',
      other,
    );
    expect(d).toEqual([]);
  });
  it('must not match: a family named by the surname in the plural', () => {
    const d = slips(
      'Rep. Marten Olsby backed the coach on Tuesday. The Olsbys were at home when the shooting began.',
      other,
    );
    expect(d).toEqual([]);
  });
  it('flags the article with the slip as carrying an error, and must not flag the one without', () => {
    const b = briefTexts(
      [
        'Rep. Marten Olsby backed the coach on Tuesday. Martens was hurt in the crush when he fell from the stand.',
        other,
      ],
      '2026-03-08',
    );
    const errors = (id: string) =>
      b.documents.find((d) => d.id === id)!.flags.filter((f) => f.kind === 'errors');
    expect(errors('a').map((f) => f.evidence)).toEqual(['names Marten Olsby once as "Martens"']);
    expect(errors('b')).toEqual([]);
  });
});
