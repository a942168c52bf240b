// Golden cases, end to end from text: a sum and its conversion in brackets ("€4 million ($4.4 million)") are one
// amount, so outlets that give it in one currency or the other report one quantity, in agreement. Twins: two sums
// of one sentence that are not a conversion stay apart, and no exchange rate is ever assumed.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';
import { cpuNow } from '../../test/support/cpu.ts';

const groupsWith = (b: ReturnType<typeof briefTexts>, value: RegExp) =>
  b.quantities
    .filter((q) => q.values.some((v) => value.test(v.text)))
    .map((q) => ({ agree: q.agree, values: q.values.map((v) => `${v.doc}:${v.text}`).sort() }));

describe('a sum and its conversion', () => {
  it('joins the outlets that give the amount in either currency', () => {
    const b = briefTexts([
      'Raiders broke into the Orlen jeweller on Monday and took watches worth €4 million ($4.4 million), police said.',
      'Thieves drove a van into the Orlen jeweller on Monday and escaped with watches worth $4.4 million.',
      'Watches worth an estimated €4m were taken from a jeweller in Orlen in a raid on Monday.',
    ]);
    expect(groupsWith(b, /4\.4/)).toEqual([
      { agree: true, values: ['a:$4.4 million', 'a:€4 million', 'b:$4.4 million', 'c:an estimated €4m'] },
    ]);
    expect(b.disputes.filter((d) => d.kind === 'number')).toEqual([]);
  });
  it('joins a conversion into two currencies at once', () => {
    const b = briefTexts([
      'Raiders took watches worth €4m (£3.4m; $4.4m) from the Orlen jeweller on Monday.',
      'Thieves escaped with watches worth £3.4m from the Orlen jeweller on Monday.',
      'Watches worth $4.4m were taken from the Orlen jeweller on Monday.',
    ]);
    expect(groupsWith(b, /3\.4/)).toHaveLength(1);
    expect(groupsWith(b, /3\.4/)[0]!.values).toHaveLength(5);
  });
  it('must not match: two sums of one sentence that are two things', () => {
    const b = briefTexts([
      'Raiders took watches worth €4 million and a car worth $40,000 from the Orlen jeweller on Monday.',
      'Thieves escaped with watches worth €4 million from the Orlen jeweller on Monday.',
      'A car worth $40,000 was stolen along with the watches from the Orlen jeweller on Monday.',
    ]);
    const watches = groupsWith(b, /€4 million/);
    expect(watches).toHaveLength(1);
    expect(watches[0]!.values.some((v) => v.includes('40,000'))).toBe(false);
  });
  it('stays linear on a long run of bracketed sums', () => {
    const text = `Watches worth ${'€4m ($4.4m; '.repeat(20_000)}) were taken.`;
    const t0 = cpuNow();
    briefTexts([text, 'Watches worth $4.4m were taken from the Orlen jeweller on Monday.']);
    expect(cpuNow() - t0).toBeLessThan(10_000);
  });
});
