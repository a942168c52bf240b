// Golden cases, end to end from text: one source says a building was destroyed, another that it stands intact;
// "damaged" against "intact" is no dispute, nor are two different buildings.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const two = (a: string, b: string) =>
  briefTexts([a, b], '2026-03-08').disputes.filter((d) => d.kind === 'account');

describe('damage accounts', () => {
  it('sets "destroyed" against "intact" for one building', () => {
    const d = two(
      'A large fire has destroyed much of the Velda supermarket in Port Sael, crews said on Sunday.',
      'Half the roof of the Velda supermarket collapsed but the main supermarket is intact with only smoke damage.',
    );
    expect(d.map((x) => x.sides.map((s) => [s.value, s.docs]))).toEqual([
      [
        ['destroyed', ['a']],
        ['intact or lightly damaged', ['b']],
      ],
    ]);
    expect(d[0]!.about).toContain('supermarket');
  });
  it('must not match: "damaged" is not "destroyed"', () => {
    const d = two(
      'A large fire has damaged much of the Velda supermarket in Port Sael, crews said on Sunday.',
      'Half the roof of the Velda supermarket collapsed but the main supermarket is intact with only smoke damage.',
    );
    expect(d).toEqual([]);
  });
  it('must not match: one building destroyed, another spared', () => {
    const d = two(
      'The fire destroyed a warehouse on the Port Sael quay, crews said on Sunday.',
      'The Port Sael lighthouse was left intact, the harbour master said.',
    );
    expect(d).toEqual([]);
  });
});

describe('how the victims died', () => {
  it('sets two causes of death from two sources against each other', () => {
    const d = two(
      'Three bank clerks died of their burns after rioters set the Velda bank in Port Sael on fire on Sunday.',
      'Police said the three clerks died of smoke inhalation after rioters threw firebombs into the Velda bank on Sunday.',
    );
    expect(d.map((x) => [x.about, x.sides.map((s) => [s.value, s.docs])])).toEqual([
      [
        'how the victims died',
        [
          ['burned to death', ['a']],
          ['suffocated by smoke', ['b']],
        ],
      ],
    ]);
  });
  it('must not match: an article giving both causes tells of several victims', () => {
    const d = two(
      'One guard was shot dead and another stabbed to death during the raid in Port Sael on Sunday.',
      'A guard was shot dead during the raid on the Port Sael depot on Sunday, police said.',
    );
    expect(d).toEqual([]);
  });
  it('must not match: one cause told by both sources', () => {
    const d = two(
      'Three bank clerks died of their burns after rioters set the Velda bank in Port Sael on fire on Sunday.',
      'Police said three clerks died of their burns inside the Velda bank in Port Sael on Sunday.',
    );
    expect(d).toEqual([]);
  });
});
