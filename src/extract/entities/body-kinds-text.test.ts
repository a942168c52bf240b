// Golden cases, end to end from text: what kind of body a name says it is ("Velmor Fire and Rescue" is a fire
// service, "the Harbor Gazette" a newspaper, "Lorvik TV" and CNN broadcasters). Twins: a name that only holds such
// a word somewhere ("Velmor Fire Station", "the Velmor Post Office") says no kind.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../../test/support/brief-text.ts';

const rolesOf = (text: string, name: string) =>
  briefTexts([text])
    .entities.find((e) => e.name === name)
    ?.roles.map((r) => [r.role, r.written]) ?? null;

describe('the kind of body a name says', () => {
  it('a fire service', () => {
    expect(
      rolesOf(
        'Crews from Velmor Fire and Rescue fought the blaze in Lorvik on Sunday.',
        'Velmor Fire and Rescue',
      ),
    ).toEqual([['Fire Service', ['Velmor Fire and Rescue']]]);
  });
  it('a newspaper and broadcasters', () => {
    const text =
      'The Harbor Gazette reported the closure on Monday, and Lorvik TV and CNN showed the flooded docks in Lorvik.';
    expect(rolesOf(text, 'Harbor Gazette')).toEqual([['Newspaper', ['Harbor Gazette']]]);
    expect(rolesOf(text, 'Lorvik TV')).toEqual([['Broadcaster', ['Lorvik TV']]]);
    expect(rolesOf(text, 'CNN')).toEqual([['Broadcaster', ['CNN']]]);
  });
  it('newspapers whose names end in words news never uses alone for a paper', () => {
    const text =
      'Ana Ruiz told the Lorvik Sentinel and the Velmor Courier on Monday that the port would close, the Tarn News Democrat reported.';
    expect(rolesOf(text, 'Lorvik Sentinel')).toEqual([['Newspaper', ['Lorvik Sentinel']]]);
    expect(rolesOf(text, 'Velmor Courier')).toEqual([['Newspaper', ['Velmor Courier']]]);
    expect(rolesOf(text, 'Tarn News Democrat')).toEqual([['Newspaper', ['Tarn News Democrat']]]);
  });
  it('must not match: a politician called "the Democrat" or a "Senate Democrat" is no paper', () => {
    const b = briefTexts([
      'Senate Democrat Ana Ruiz spoke on Monday, and the Democrat said the port in Lorvik would open.',
    ]);
    expect(b.entities.some((e) => e.roles.some((r) => r.role === 'Newspaper'))).toBe(false);
  });
  it('must not match: a name that only holds such a word', () => {
    const text =
      'Crews left Velmor Fire Station at dawn, and the Velmor Post Office in Lorvik was shut on Monday.';
    expect(rolesOf(text, 'Velmor Fire Station')?.some(([r]) => r === 'Fire Service') ?? false).toBe(false);
    expect(rolesOf(text, 'Velmor Post Office')?.some(([r]) => r === 'Newspaper') ?? false).toBe(false);
  });
});
