import { describe, expect, it } from 'vitest';
import { currencyOf, ordinalValue, parseNumberText, wordValue } from './numbers.ts';

describe('number words', () => {
  it.each([
    ['three', 3],
    ['twenty-one', 21],
    ['twenty one', 21],
    ['a dozen', 12],
    ['two dozen', 24],
    ['one hundred and fifty', 150],
    ['a hundred', 100],
    ['two thousand three hundred', 2300],
    ['half a million', 5e5],
    ['a quarter of a million', 2.5e5],
    ['three quarters of a million', 7.5e5],
    ['three-quarters of a billion', 7.5e8],
    ['1.5 million', 1.5e6],
    ['1,234,567', 1234567],
    ['$800 billion', 8e11],
  ])('%s → %d', (text, value) => {
    expect(parseNumberText(text)?.value).toBe(value);
  });

  it('must not read a quarter of something other than a scale, or an ordinal share, as a number', () => {
    expect(parseNumberText('a quarter of a century')?.value).not.toBe(25);
    expect(parseNumberText('a quarter of the vote')?.value).toBeUndefined();
    expect(parseNumberText('third quarter of a million')?.value).not.toBe(250_000);
  });

  it('reads orders of magnitude as ranges', () => {
    expect(parseNumberText('hundreds of thousands')).toMatchObject({ low: 1e5, high: 1e6 });
    expect(parseNumberText('tens of thousands')).toMatchObject({ low: 1e4, high: 1e5 });
    expect(parseNumberText('thousands')).toMatchObject({ low: 1e3, high: 1e4 });
    expect(parseNumberText('dozens')).toMatchObject({ low: 24, high: 144 });
  });

  it('reads ordinals in words and digits', () => {
    expect(ordinalValue('third')).toBe(3);
    expect(ordinalValue('thirty-first')).toBe(31);
    expect(ordinalValue('21st')).toBe(21);
    expect(ordinalValue('three')).toBeNull();
    expect(parseNumberText('twenty-third')).toMatchObject({ value: 23, ordinal: true });
  });

  it('keeps currency and percent units', () => {
    expect(parseNumberText('$800 billion')?.unit).toBe('USD');
    expect(parseNumberText('5 million euros')?.unit).toBe('EUR');
    expect(parseNumberText('97%')?.unit).toBe('%');
    expect(currencyOf('£')).toBe('GBP');
  });

  it('does not read words that are not numbers', () => {
    expect(wordValue('someone')).toBeNull();
    expect(parseNumberText('a lot of people')).toBeNull();
    expect(parseNumberText('thousand')).toBeNull();
    // "5 m" is metres unless it is money.
    expect(parseNumberText('5 m')?.value).toBe(5);
    expect(parseNumberText('$5 m')?.value).toBe(5e6);
  });
});
