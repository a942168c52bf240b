import { describe, expect, it } from 'vitest';
import { capitalOf, countryNamed, countryOf, demonymOf, isPlaceName, placeKind } from './places.ts';

describe('countryOf', () => {
  it('maps names, official names, codes, abbreviations and demonyms to one canonical country', () => {
    expect(countryOf('Mexican')).toBe('Mexico');
    expect(countryOf('U.S.')).toBe('United States');
    expect(countryOf('USA')).toBe('United States');
    expect(countryOf('United States of America')).toBe('United States');
    expect(countryOf('UK')).toBe('United Kingdom');
    expect(countryOf('British')).toBe('United Kingdom');
    expect(countryOf('French')).toBe('France');
    expect(countryOf('American')).toBe('United States');
    expect(countryOf('Venezuela’s')).toBe('Venezuela');
    expect(countryOf('México')).toBe('Mexico');
    expect(countryOf('UAE')).toBe('United Arab Emirates');
  });

  it('must not match: pronouns, English words that are codes, people and plain words', () => {
    expect(countryOf('us')).toBeNull();
    expect(countryOf('IN')).toBeNull();
    expect(countryOf('IT')).toBeNull();
    expect(countryOf('Garden')).toBeNull();
    expect(countryOf('Tomas')).toBeNull();
  });
});

describe('places', () => {
  it('knows capitals and regions as places, demonyms as not places', () => {
    expect(capitalOf('Lima')).toBe('Peru');
    expect(placeKind('Mexico City')).toBe('capital');
    expect(placeKind('Latin America')).toBe('region');
    expect(placeKind('Chile')).toBe('country');
    expect(isPlaceName('Chilean')).toBe(false);
    expect(demonymOf('Chilean')).toBe('Chile');
    expect(countryNamed('Chilean')).toBeNull();
  });

  it("takes another language's name of a country for a person's when it is a popular given name", () => {
    // the data gives "Dominique" (French) for Dominica and "Maurice" for Mauritius: in English news, people
    expect(countryNamed('Dominique')).toBeNull();
    expect(countryNamed('Maurice')).toBeNull();
    // Must not match: a country's own English name stays a country, given name or not ("Jordan", "Chad").
    expect(countryNamed('Jordan')).toBe('Jordan');
    expect(countryNamed('Dominica')).toBe('Dominica');
  });

  it("knows cities of several words as places, not one-word towns or names built like a person's", () => {
    expect(placeKind('New Orleans')).toBe('city');
    expect(placeKind('Santa Rosa')).toBe('city');
    expect(placeKind("San Diego's")).toBe('city');
    // must not match: a town of one word is a family name or a word as often ("Reading", "Jackson"), and a town
    // named like a person ("Albert Lea") is read as one
    expect(placeKind('Reading')).toBeNull();
    expect(placeKind('Jackson')).toBeNull();
    expect(placeKind('Albert Lea')).toBeNull();
  });
});
