// Golden cases, end to end from text: a one-word name the article shows to be a firm ("the Velda supermarket") is
// that firm when it speaks ("Velda said", "a spokesman for Velda said"), not a person of the same name. Twins: a
// titled or full name that speaks is a person, whatever firm shares a word with it.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../../test/support/brief-text.ts';

const entitiesNamed = (texts: string[], name: string) =>
  briefTexts(texts)
    .entities.filter((e) => e.name === name || e.aliases.includes(name))
    .map((e) => [e.name, e.type]);

describe('a firm that speaks', () => {
  it('is one organisation, however it is quoted', () => {
    const texts = [
      'Fire crews tackled a blaze at the Velda supermarket in Lorvik on Sunday. A spokesman for Velda said the store would stay shut.',
      'The Velda store in Lorvik was badly damaged by fire. Velda said staff would be paid while it was closed.',
    ];
    expect(entitiesNamed(texts, 'Velda')).toEqual([['Velda', 'org']]);
  });
  it('must not match: a titled person who shares the firm’s name speaks as a person', () => {
    const texts = [
      'Fire crews tackled a blaze at the Velda supermarket in Lorvik on Sunday. Mayor Ana Velda said the store would stay shut.',
    ];
    expect(entitiesNamed(texts, 'Ana Velda')).toEqual([['Ana Velda', 'person']]);
  });
});
