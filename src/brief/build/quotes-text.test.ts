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
        'Mayor Ana Ruiz spoke to the council. "The future of the harbour and the future of Port Sael within Velmor is at stake," she said.',
        'Mayor Ana Ruiz spoke on Monday. "The future of the harbour and the future of Port Sael within Velmor is at stake," Ruiz said.',
        'Mayor Ana Ruiz addressed the council. "Nothing less than the future of the harbour, and with it the future of Port Sael in Velmor, is at stake," Ruiz said.',
      ]),
    ).toEqual([
      ['The future of the harbour and the future of Port Sael within Velmor is at stake,', ['a', 'b']],
      [
        'Nothing less than the future of the harbour, and with it the future of Port Sael in Velmor, is at stake,',
        ['c'],
      ],
    ]);
  });
  it('must not match: an excerpt of the same words is that wording, not another', () => {
    expect(
      quotesOf([
        'Mayor Ana Ruiz spoke to the council. "The future of the harbour and the future of Port Sael within Velmor is at stake," she said.',
        'Mayor Ana Ruiz spoke on Monday. She said "the future of Port Sael within Velmor is at stake" in her speech.',
      ]),
    ).toEqual([
      ['The future of the harbour and the future of Port Sael within Velmor is at stake,', ['a', 'b']],
    ]);
  });
});
