// Golden cases, end to end from text: one small count told by two articles about the same thing is one quantity;
// the same small count about another thing is not.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const groupsWith = (a: string, b: string, value: number) =>
  briefTexts([a, b])
    .quantities.filter((q) => q.values.some((v) => v.value === value))
    .map((q) => q.values.map((v) => v.doc));

describe('a small count two articles tell about one thing', () => {
  it('groups "three weeks" told of reopening the harbour by both', () => {
    expect(
      groupsWith(
        'Governor Ana Ruiz agreed to reopen the Port Sael harbour for three weeks while talks go on.',
        'The deal will keep the Port Sael harbour open for three weeks, Ana Ruiz said.',
        3,
      ),
    ).toEqual([['a', 'b']]);
  });
  it('must not match: the same count of weeks told of something else', () => {
    expect(
      groupsWith(
        'Governor Ana Ruiz agreed to reopen the Port Sael harbour for three weeks while talks go on.',
        'The storm over Lorvik lasted three weeks, forecasters said.',
        3,
      ),
    ).toEqual([['a'], ['b']]);
  });
});
