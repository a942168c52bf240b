// Golden cases, end to end from text: an initialism of three letters or more names a body ("the YMCA Lorvik"),
// and a name of no known kind written before ", <state>" is a town there ("an Orlen, Virginia, park"). Twins: a
// person named with an office ("FBI Director Ana Ruiz") or a generation ("Leo Ruiz III") stays a person.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../../test/support/brief-text.ts';

const typesOf = (text: string) => new Map(briefTexts([text]).entities.map((e) => [e.name, e.type]));

describe('initialisms and towns with their state', () => {
  it('a name holding an initialism is a body', () => {
    const t = typesOf('A lockdown was lifted at the YMCA Lorvik, next to the field, on Wednesday morning.');
    expect(t.get('YMCA Lorvik')).toBe('org');
  });
  it('a name of no known kind before ", <state>" is a town, also named with its state', () => {
    const b = briefTexts([
      'Four people were hurt during a shooting at an Orlen, Virginia, park on Wednesday.',
    ]);
    const town = b.entities.find((e) => e.name === 'Orlen');
    expect([town?.type, town?.aliases]).toEqual(['place', ['Orlen, Virginia']]);
  });
  it('must not match: an office or a generation with a person’s name', () => {
    const t = typesOf('FBI Director Ana Ruiz met Leo Ruiz III and Senator Ola Brisk in Lorvik on Wednesday.');
    expect([t.get('Ana Ruiz'), t.get('Leo Ruiz III')]).toEqual(['person', 'person']);
  });
});

describe('a law defined with its initialism', () => {
  it('stays a law, where a body defined so is a body', () => {
    const t = typesOf(
      'The Harbour Safety Act (HSA) was passed on Monday. The Harbour Safety Board (HSB) will enforce it in Lorvik.',
    );
    expect([t.get('Harbour Safety Act'), t.get('Harbour Safety Board')]).toEqual(['other', 'org']);
  });
});
