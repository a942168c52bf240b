// Golden cases, end to end from text: one speech quoted in two wordings is listed in each, with the sources that
// give it; a shorter excerpt of a wording is that wording.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../../test/support/brief-text.ts';

const quotesOf = (texts: string[]) =>
  briefTexts(texts)
    .quotes.filter((q) => q.speaker === 'Ana Ruiz')
    .map((q) => [q.text, q.docs]);

describe('the wordings of one quote', () => {
  it('lists each wording sources give, with its sources', () => {
    expect(
      quotesOf([
        'Mayor Ana Ruiz spoke to the council. "The survival of the harbour and the place of Port Sael within Velmor hang on this vote," she said.',
        'Mayor Ana Ruiz spoke on Monday. "The survival of the harbour and the place of Port Sael within Velmor hang on this vote," Ruiz said.',
        'Mayor Ana Ruiz addressed the council. "Nothing short of the survival of the harbour, and with it the place of Port Sael in Velmor, hangs on this vote," Ruiz said.',
      ]),
    ).toEqual([
      ['The survival of the harbour and the place of Port Sael within Velmor hang on this vote,', ['a', 'b']],
      [
        'Nothing short of the survival of the harbour, and with it the place of Port Sael in Velmor, hangs on this vote,',
        ['c'],
      ],
    ]);
  });
  it('must not match: an excerpt of the same words is that wording, not another', () => {
    expect(
      quotesOf([
        'Mayor Ana Ruiz spoke to the council. "The survival of the harbour and the place of Port Sael within Velmor hang on this vote," she said.',
        'Mayor Ana Ruiz spoke on Monday. She said "the place of Port Sael within Velmor hang on this vote" in her speech.',
      ]),
    ).toEqual([
      ['The survival of the harbour and the place of Port Sael within Velmor hang on this vote,', ['a', 'b']],
    ]);
  });
});
