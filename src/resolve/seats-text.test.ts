// Golden cases, end to end from text: a bare "President" is the office of the one seat of government the story
// names; no seat, seats of two countries, or two presidents named alike leave it bare.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const rolesOf = (texts: string[], name: string) =>
  briefTexts(texts)
    .entities.find((e) => e.name === name)!
    .roles.map((r) => r.role);

describe('a bare title and the seat of government the story names', () => {
  it('reads "President" as the office the White House houses', () => {
    const texts = [
      'President Ana Ruiz said on Monday at the White House that the port would reopen.',
      'President Ana Ruiz spoke to reporters in Port Sael on Monday about the port.',
    ];
    expect(rolesOf(texts, 'Ana Ruiz')).toEqual(['President of the United States']);
  });
  it('must not match: no seat named, or two presidents named alike on a visit', () => {
    expect(
      rolesOf(
        [
          'President Ana Ruiz said on Monday that the port would reopen.',
          'President Ana Ruiz spoke to reporters in Port Sael on Monday.',
        ],
        'Ana Ruiz',
      ),
    ).toEqual(['President']);
    const visit = [
      'President Ana Ruiz met President Leo Brand at the White House on Monday.',
      'President Ana Ruiz and President Leo Brand spoke to reporters on Monday.',
    ];
    expect(rolesOf(visit, 'Ana Ruiz')).toEqual(['President']);
    expect(rolesOf(visit, 'Leo Brand')).toEqual(['President']);
  });
  it('leaves out a seat whose office the story already gives someone with the country named', () => {
    const texts = [
      'President Ana Ruiz said at the White House that Russian President Leo Brand called the Kremlin talks useful.',
      'President Ana Ruiz spoke to reporters in Port Sael on Monday about the talks.',
    ];
    expect(rolesOf(texts, 'Ana Ruiz')).toEqual(['President of the United States']);
  });
});
