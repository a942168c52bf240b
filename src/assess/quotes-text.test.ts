// Golden cases, end to end from text: two translations of one quote that differ only by an emphatic "nothing
// less than" are not an altered quote; a quote that loses its "not" is.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const said = (words: string) => `Chancellor Ana Ruiz told parliament: "${words}," she said.`;
const quoteDisputes = (a: string, b: string) =>
  briefTexts([said(a), said(b)], '2026-03-08').disputes.filter((d) => d.kind === 'quote');

describe('quote wording', () => {
  it('does not read "nothing less than" as a negation', () => {
    expect(
      quoteDisputes(
        'Nothing less than the survival of the harbour, and with that the survival of the town, hangs on this',
        'The survival of the harbour and with it the survival of the town hangs on this',
      ),
    ).toEqual([]);
  });
  it('must not match: a quote that loses its "not" is altered', () => {
    expect(
      quoteDisputes(
        'We will not close the harbour, and with that the survival of the town is safe',
        'We will close the harbour, and with that the survival of the town is safe',
      ),
    ).toHaveLength(1);
  });
});

describe('opinion flag', () => {
  it('does not read the "I" of an initialism as the writer speaking', () => {
    const b = briefTexts(
      ['The C.I.A. director met the F.B.I. chief on Monday. They will probably meet again next week.'],
      '2026-03-08',
    );
    expect(b.documents[0]!.flags.filter((f) => f.kind === 'opinion')).toEqual([]);
  });
  it('must not match: the writer\'s own "I" still marks opinion', () => {
    const b = briefTexts(
      ['The C.I.A. director met the F.B.I. chief on Monday. I predict they will meet again next week.'],
      '2026-03-08',
    );
    expect(b.documents[0]!.flags.map((f) => f.kind)).toContain('opinion');
  });
});

describe('who said it', () => {
  const words = '“The report shows the harbour fund was never touched by the council,”';
  const speakerDisputes = (texts: string[]) =>
    briefTexts(texts, '2026-03-08').disputes.filter((d) => d.about.startsWith('who said'));

  it('gives a joint statement to all who made it: sources naming one each do not disagree', () => {
    expect(
      speakerDisputes([
        `${words} read a joint statement from Senator Ana Ruiz and Senator Tomas Velmor.`,
        `${words} Ruiz said on Monday.`,
        `${words} Velmor said on Monday.`,
      ]),
    ).toEqual([]);
  });

  it('must not match: without a joint attribution, two speakers for the same words disagree', () => {
    expect(
      speakerDisputes([
        `${words} Senator Ana Ruiz said on Monday.`,
        `${words} Senator Tomas Velmor said on Monday.`,
      ]),
    ).toHaveLength(1);
  });
});
