// Golden cases, end to end from text: a collective noun's possessive opens a name ("the People's Party", "Children's
// Hospital"); a person's possessive before a name ("Ana Ruiz's Party of Renewal") stays the owner's, apart.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../../test/support/brief-text.ts';

const namesOf = (text: string) =>
  briefTexts([text])
    .entities.map((e) => e.name)
    .sort();

describe('a collective owner in a name', () => {
  it('keeps a hospital named for children whole', () => {
    expect(namesOf("The Ostrel Children's Hospital said on Monday that four boys were hurt.")).toContain(
      "Ostrel Children's Hospital",
    );
    expect(namesOf('Leaders of the People’s Party met in Lorvik on Monday.')).toContain('People’s Party');
  });
  it("must not match: a person's possessive before a body's name", () => {
    expect(namesOf("Ana Ruiz's Party of Renewal lost in Lorvik on Monday.")).toEqual([
      'Ana Ruiz',
      'Lorvik',
      'Party of Renewal',
    ]);
  });
});
