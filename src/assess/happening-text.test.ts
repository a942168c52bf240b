// Golden cases, end to end from text: whether a planned event goes ahead on its day. "Could take place on
// Tuesday" against "would not be held this Tuesday" is a dispute; two sources agreeing, or two events, are not.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

// 2026-03-06 is a Friday; "Tuesday" ahead is 2026-03-10.
const happening = (a: string, b: string) =>
  briefTexts([a, b], '2026-03-06').disputes.filter((d) => d.about.startsWith('whether it goes ahead'));

describe('whether an event goes ahead', () => {
  it('sets "could take place" against "would not be held" on one day', () => {
    const d = happening(
      'Ruiz delayed the harbour address, but if the port reopens it could take place on Tuesday as scheduled.',
      'The speaker said the harbour address would not be held this Tuesday, as originally scheduled.',
    );
    expect(d.map((x) => [x.about, x.sides.map((s) => s.docs)])).toEqual([
      ['whether it goes ahead on 2026-03-10', [['a'], ['b']]],
    ]);
  });
  it('must not match: both say it goes ahead', () => {
    const d = happening(
      'The harbour address will be held on Tuesday as scheduled, aides said.',
      'The speaker said the harbour address could take place this Tuesday, as originally scheduled.',
    );
    expect(d).toEqual([]);
  });
  it('must not match: two different events of one day', () => {
    const d = happening(
      'The harbour address could take place on Tuesday as scheduled.',
      'The fishing fair would not be held this Tuesday because of the storm.',
    );
    expect(d).toEqual([]);
  });
});
