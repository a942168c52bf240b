import { describe, expect, it } from 'vitest';
import { article } from '../../test/e2e/synthetic.ts';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';
import { makeContext } from '../context.ts';
import { isInitialism, resolveEntities } from './entities.ts';
import { resolve } from './index.ts';
import { bareTokens, sameGivenName, sameNamed, samePerson } from './names.ts';

const ctx = makeContext({ now: new Date('2026-02-01T00:00:00Z') });

describe('name rules', () => {
  it('merges middle names, second surnames, compound surnames and accents', () => {
    expect(samePerson(bareTokens('Marta Quiroga'), bareTokens('Marta Quiroga Ledesma'))).toBe(true);
    expect(samePerson(bareTokens('Andrés Luis Peña Robles'), bareTokens('Peña Robles'))).toBe(true);
    expect(samePerson(bareTokens('Tomás Ebbe'), bareTokens('Tomas Ebbe'))).toBe(true);
    expect(samePerson(bareTokens('President Tomas Ebbe'), bareTokens('Ebbe'))).toBe(true);
  });
  it('merges a short form of a given name and transliterations of one name', () => {
    expect(samePerson(bareTokens('Bob Vantrell'), bareTokens('Robert W. Vantrell'))).toBe(true);
    expect(samePerson(bareTokens('Chuck Oderin'), bareTokens('Sen. Charles Oderin'))).toBe(true);
    expect(samePerson(bareTokens('Karolos Velmaris'), bareTokens('Carolos Velmaris'))).toBe(true);
    expect(samePerson(bareTokens('Giannis Orestou'), bareTokens('Yiannis Orestou'))).toBe(true);
    expect(samePerson(bareTokens('Sergei Tamrov'), bareTokens('Sergey Tamrov'))).toBe(true);
    expect(samePerson(bareTokens('Elanor Vardakis'), bareTokens('Ilanor Vardakis'))).toBe(true);
    expect(samePerson(bareTokens('Yelena Tamrova'), bareTokens('Elena Tamrova'))).toBe(true);
  });
  it('must not merge given names a letter apart that are other names, or short forms of other names', () => {
    expect(samePerson(bareTokens('Ana Quiroga'), bareTokens('Ada Quiroga'))).toBe(false);
    expect(samePerson(bareTokens('Daniel Quiroga'), bareTokens('Daniela Quiroga'))).toBe(false);
    expect(samePerson(bareTokens('Brian Quiroga'), bareTokens('Bruno Quiroga'))).toBe(false);
    expect(samePerson(bareTokens('Bob Quiroga'), bareTokens('William Quiroga'))).toBe(false);
    expect(samePerson(bareTokens('Karen Quiroga'), bareTokens('Karin Quiroga'))).toBe(false);
    expect(samePerson(bareTokens('Elena Quiroga'), bareTokens('Ilona Quiroga'))).toBe(false);
    expect(samePerson(bareTokens('Ella Quiroga'), bareTokens('Ilse Quiroga'))).toBe(false);
  });
  it('never merges different first names sharing a surname', () => {
    expect(samePerson(bareTokens('Marta Quiroga'), bareTokens('Elena Quiroga'))).toBe(false);
    expect(samePerson(bareTokens('John Ebbe'), bareTokens('Jane Ebbe'))).toBe(false);
  });
  it('matches acronyms and folded forms of organisations', () => {
    expect(sameNamed('United Nations', 'UN')).toBe(true);
    expect(sameNamed('U.S.', 'United States')).toBe(true);
    expect(sameNamed('Northern Grain Board', 'NGB')).toBe(true);
    expect(sameNamed('Northern Grain Board', 'Southern Grain Board')).toBe(false);
    // a word in capitals keeps all its letters: US Navy is USN, not the UN
    expect(sameNamed('US Navy', 'UN')).toBe(false);
    expect(sameNamed('US Navy', 'USN')).toBe(true);
  });
  it('matches a dotted initialism, an acronym that counts "of", and a body named head-first or field-first', () => {
    expect(sameNamed('F.B.I.', 'FBI')).toBe(true);
    expect(sameNamed('Department of Harbours', 'DOH')).toBe(true);
    expect(sameNamed('Department of Harbours', 'Harbours Department')).toBe(true);
    expect(sameNamed('Harbours Department', 'DOH')).toBe(true);
    expect(sameNamed('Ministry of Fisheries', 'Fisheries Ministry')).toBe(true);
    // Must not match: a title word opening an organisation's name is part of it, and another field is another body.
    expect(sameNamed('General Motors', 'Motors')).toBe(false);
    expect(sameNamed('Justice Department', 'Department')).toBe(false);
    expect(sameNamed('Harbours Department', 'Department of Fisheries')).toBe(false);
    expect(sameNamed('Fisheries Union', 'Union of Fisheries')).toBe(false);
  });
  it('matches a firm named without its head word, and must not match another head or a longer name', () => {
    expect(sameNamed('Ostrel Bank', 'Ostrel')).toBe(true);
    expect(sameNamed('Ostrel', 'Ostrel Airlines')).toBe(true);
    expect(sameNamed('Ostrel Bank', 'Ostrel Airlines')).toBe(false);
    expect(sameNamed('Ostrel Street', 'Ostrel')).toBe(false);
    expect(sameNamed('North Ostrel Bank', 'North')).toBe(false);
  });
  it('matches a body of three words or more named without its court or firm head word, and no shorter one', () => {
    expect(sameNamed("Tarn Vale Magistrates' Court", 'Tarn Vale Magistrates')).toBe(true);
    expect(sameNamed('Velo Harbour Ferry Company', 'Velo Harbour Ferry')).toBe(true);
    expect(sameNamed('Tarn Court', 'Tarn')).toBe(false);
    expect(sameNamed('Velo Harbour Police', 'Velo Harbour')).toBe(false);
  });
  it('matches a body named with or without its country before it, and must not leave a lone head word', () => {
    expect(sameNamed('U.S. Harbor Police', 'Harbor Police')).toBe(true);
    expect(sameNamed('Chilean Fisheries Agency', 'Fisheries Agency')).toBe(true);
    expect(sameNamed('U.S. Navy', 'Navy')).toBe(false);
    expect(sameNamed('Velo Harbor Police', 'Harbor Police')).toBe(false);
  });
  it('matches a body named with or without the place it belongs to, and must not match a lone head word', () => {
    expect(sameNamed("Fishers' Union of Chile", "Fishers' Union")).toBe(true);
    expect(sameNamed('Workers Party of Korea', 'Workers Party')).toBe(true);
    expect(sameNamed('Bank of Chile', 'Bank')).toBe(false);
    expect(sameNamed("Fishers' Union of Velo Harbour", "Fishers' Union")).toBe(false);
  });
  it('matches a firm named with or without its closing legal form, and must not match another firm so named', () => {
    expect(sameNamed('Velder Holdings Ltd.', 'Velder Holdings')).toBe(true);
    expect(sameNamed('Orvell Inc.', 'Orvell')).toBe(true);
    expect(sameNamed('Ostrel Bank PLC', 'Ostrel Bank')).toBe(true);
    expect(sameNamed('Ostrel Bank Ltd', 'Ostrel Airlines Ltd')).toBe(false);
    expect(sameNamed('Velder Holdings Ltd', 'Kesten Holdings Ltd')).toBe(false);
    expect(sameNamed('Co', 'Ltd')).toBe(false);
  });
  it('matches a firm named with or without a descriptor before its head, and must not match another word there', () => {
    expect(sameNamed('Ostrel Investment Bank', 'Ostrel Bank')).toBe(true);
    expect(sameNamed('Velo Intercontinental Hotel', 'Velo Hotel')).toBe(true);
    expect(sameNamed('Velo Intercontinental Hotel', 'Velo')).toBe(true);
    expect(sameNamed('Ostrel Investment Bank', 'Ostrel Investment Airlines')).toBe(false);
    expect(sameNamed('Ostrel Harbour Bank', 'Ostrel Bank')).toBe(false);
  });
});

describe('resolve', () => {
  const a = article({
    id: 'a',
    text: 'Governor Marta Quiroga Ledesma met Elena Quiroga. Quiroga Ledesma spoke first.',
    entities: [
      {
        name: 'Marta Quiroga Ledesma',
        aliases: ['Quiroga Ledesma'],
        roles: [{ text: 'Governor', normalized: 'governor of tarn' }],
      },
      { name: 'Elena Quiroga' },
    ],
  });
  const b = article({
    id: 'b',
    text: 'Marta Quiroga said the dam would open. Quiroga added nothing.',
    entities: [{ name: 'Marta Quiroga', aliases: ['Quiroga'] }],
  });
  const c = article({ id: 'c', text: 'Quiroga was asked about the dam.', entities: [{ name: 'Quiroga' }] });

  it('gives one entity per person across articles, roles per article', () => {
    const r = resolve([a, b, c], ctx).value;
    const marta = r.entities.find((e) => e.name === 'Marta Quiroga Ledesma' || e.name === 'Marta Quiroga')!;
    expect(marta.docs).toEqual(['a', 'b']);
    expect(marta.roles.map((x) => `${x.doc}:${x.normalized}`)).toEqual(['a:governor of tarn']);
    const elena = r.entities.find((e) => e.name === 'Elena Quiroga')!;
    expect(elena.id).not.toBe(marta.id);
  });
  it('leaves an ambiguous surname alone', () => {
    const r = resolve([a, b, c], ctx).value;
    const lone = r.entities.find((e) => e.docs.includes('c'))!;
    expect(lone.docs).toEqual(['c']);
  });
  it('groups articles that share wire copy as one source, with a reason', () => {
    const wire =
      'The river rose four metres overnight and forced the evacuation of three villages along the northern bank, officials said on Tuesday, adding that the water would keep rising until the weekend at least.';
    const x = article({ id: 'x', text: `VALLEY (AP) — ${wire}` });
    const y = article({ id: 'y', text: `Local desk. ${wire} More later.` });
    const z = article({ id: 'z', text: 'A different report about the harvest festival and its music.' });
    const r = resolve([x, y, z], ctx).value;
    expect(r.sources.map((s) => s.docs)).toEqual([['x', 'y'], ['z']]);
    expect(r.sources[0]!.reason).toMatch(/near copies|wire/);
    expect(r.sourceOf.x).toBe(r.sourceOf.y);
  });
  it('completes an implied year from a source stating the same event with its year', () => {
    const p = article({
      id: 'p',
      text: 'The ferry service has carried freight across the strait since March.',
      dates: [
        {
          text: 'since March',
          resolved: '2026-03',
          certainty: 'implied',
          event: 'ferry service carried freight across strait',
          keys: ['ferry', 'freight', 'strait'],
        },
      ],
    });
    const q = article({
      id: 'q',
      text: 'Since March 2025 the ferry has moved freight over the strait.',
      dates: [
        {
          text: 'Since March 2025',
          resolved: '2025-03',
          event: 'ferry moved freight over strait',
          keys: ['ferry', 'freight', 'strait'],
        },
      ],
    });
    const r = resolve([p, q], ctx).value;
    const d = r.dates.find((x) => x.doc === 'p')!;
    expect(d.resolved).toBe('2025-03');
    expect(d.completedFrom).toEqual({ doc: 'q', text: 'Since March 2025' });
  });
  it('completes a day written without its year from the same day written with one, in any source', () => {
    const dated = (
      id: string,
      text: string,
      d: string,
      resolved: string,
      certainty: 'stated' | 'implied',
      event: string,
    ) => article({ id, text, dates: [{ text: d, resolved, certainty, event, keys: event.split(' ') }] });
    const p = dated(
      'p',
      'In a Feb. 8 talk the mayor raised the levy.',
      'Feb. 8',
      '2026-02-08',
      'implied',
      'mayor raised levy',
    );
    const q = dated(
      'q',
      'A memo dated Feb. 8, 2025, survives.',
      'Feb. 8, 2025',
      '2025-02-08',
      'stated',
      'memo survives',
    );
    expect(resolve([p, q], ctx).value.dates.find((x) => x.doc === 'p')!.resolved).toBe('2025-02-08');
    // Must not match: another day of that month says nothing about the year without shared words.
    const r = dated(
      'r',
      'A memo dated Feb. 9, 2025, survives.',
      'Feb. 9, 2025',
      '2025-02-09',
      'stated',
      'memo survives',
    );
    expect(resolve([p, r], ctx).value.dates.find((x) => x.doc === 'p')!.resolved).toBe('2026-02-08');
  });
});

describe('resolve cost', () => {
  it('handles a 1 MB line of former-office words within the CPU budget for pathological input', () => {
    const text = 'The former president The ex-president the former '.repeat(21_000).slice(0, 1_000_000);
    const x = article({ id: 'a', text, claims: false, entities: [{ name: 'Ivo Brant', roles: [] }] });
    const t = cpuNow();
    resolve([x], ctx);
    expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});

describe('former-office anaphora', () => {
  it('links "the ex-president" to the nearest holder, preferring one already called former', () => {
    const a = article({
      id: 'a',
      text: 'President Ivo Brant of Ostia spoke first. Later Ana Reel answered him. The ex-president said the law was needed.',
      entities: [
        { name: 'Ivo Brant', roles: [{ text: 'President', normalized: 'president of ostia' }] },
        { name: 'Ana Reel', roles: [] },
      ],
    });
    const b = article({
      id: 'b',
      text: 'Former president Ana Reel of Ostia wrote a book. President Ivo Brant read it. The ex-president smiled.',
      entities: [
        {
          name: 'Ana Reel',
          roles: [{ text: 'Former president', normalized: 'president of ostia', status: 'former' }],
        },
        { name: 'Ivo Brant', roles: [{ text: 'President', normalized: 'president of ostia' }] },
      ],
    });
    const r = resolve([a, b], ctx).value;
    const brant = r.entities.find((e) => e.name === 'Ivo Brant')!;
    const reel = r.entities.find((e) => e.name === 'Ana Reel')!;
    expect(brant.roles.filter((x) => x.status === 'former').map((x) => x.doc)).toEqual([]);
    // Written in b, then the anaphors of a and b.
    expect(reel.roles.filter((x) => x.status === 'former').map((x) => x.doc)).toEqual(['b', 'a', 'b']);
  });
});

describe('surname-only forms', () => {
  it('go to the person the story names far more often', () => {
    const full = (id: string) =>
      article({ id, text: `Governor Ruth Okafor spoke in ${id}.`, entities: [{ name: 'Ruth Okafor' }] });
    const relative = article({
      id: 'r',
      text: 'Her son Ben Okafor watched.',
      entities: [{ name: 'Ben Okafor' }],
    });
    const only = article({
      id: 's',
      text: 'Okafor said the port would reopen.',
      entities: [{ name: 'Okafor' }],
    });
    const r = resolve([full('a'), full('b'), full('c'), relative, only], ctx).value;
    expect(r.entities.find((e) => e.name === 'Ruth Okafor')!.docs).toEqual(['a', 'b', 'c', 's']);
    expect(r.entities.find((e) => e.name === 'Ben Okafor')!.docs).toEqual(['r']);
  });
});

describe('canonical names', () => {
  it('names a person without titles and leaves organisations whole', () => {
    const a = article({
      id: 'a',
      text: 'President Ivo Brant met General Motors staff.',
      entities: [
        { name: 'President Ivo Brant', aliases: ['Brant'] },
        { name: 'General Motors', type: 'org' },
      ],
    });
    const names = resolve([a], ctx)
      .value.entities.map((e) => e.name)
      .sort();
    expect(names).toEqual(['General Motors', 'Ivo Brant']);
  });
});

describe('the type of a law named with its initialism', () => {
  it('keeps a law a law when another article names it by its initialism alone', () => {
    const a = article({
      id: 'a',
      text: 'The Harbour Safety Act passed on Monday.',
      entities: [{ name: 'Harbour Safety Act', type: 'other' }],
    });
    const b = article({
      id: 'b',
      text: 'Critics said HSA goes too far.',
      entities: [{ name: 'HSA', type: 'org' }],
    });
    const e = resolve([a, b], ctx).value.entities;
    expect(e.map((x) => [x.name, x.type])).toEqual([['Harbour Safety Act', 'other']]);
  });
  it('must not change: a body named in full without a law word, and by its initialism', () => {
    const a = article({
      id: 'a',
      text: 'The Harbour Safety Watch met on Monday.',
      entities: [{ name: 'Harbour Safety Watch', type: 'other' }],
    });
    const b = article({
      id: 'b',
      text: 'Critics said HSW goes too far.',
      entities: [{ name: 'HSW', type: 'org' }],
    });
    const e = resolve([a, b], ctx).value.entities;
    expect(e.map((x) => [x.name, x.type])).toEqual([['Harbour Safety Watch', 'org']]);
  });
});

describe('a long given name', () => {
  it('compares 1 MB given names of transliterations within the CPU budget for pathological input', () => {
    const t = cpuNow();
    expect(sameGivenName(`ye${'l'.repeat(1_000_000)}a`, `e${'l'.repeat(1_000_000)}o`)).toBe(false);
    expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});

describe('a long initialism beside a law', () => {
  it('reads a 1 MB name in capitals within the CPU budget for pathological input', () => {
    const t = cpuNow();
    expect(isInitialism(`${'H.'.repeat(500_000)}x`)).toBe(false);
    expect(isInitialism('H.S.A.')).toBe(true);
    expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});

describe('a newspaper named by its head word alone', () => {
  it("joins the story's one paper with that head, and must not join when two papers share it", () => {
    const a = article({
      id: 'a',
      text: 'The Tarn Times said so.',
      entities: [{ name: 'Tarn Times', type: 'org' }],
    });
    const b = article({
      id: 'b',
      text: 'It was reported by the Times.',
      entities: [{ name: 'Times', type: 'org' }],
    });
    const one = resolve([a, b], ctx).value.entities;
    expect(one.map((e) => [e.name, e.docs])).toEqual([['Tarn Times', ['a', 'b']]]);
    const c = article({
      id: 'c',
      text: 'The Velo Times agreed.',
      entities: [{ name: 'Velo Times', type: 'org' }],
    });
    const two = resolve([a, b, c], ctx).value.entities;
    expect(two.find((e) => e.name === 'Times')?.docs).toEqual(['b']);
  });
});

describe('names typed differently by different articles', () => {
  it('merges one full name of two words typed person in one article and place in another, as the place', () => {
    const a = article({
      id: 'a',
      text: 'Rain fell on Port Sall.',
      entities: [{ name: 'Port Sall', type: 'person' }],
    });
    const b = article({
      id: 'b',
      text: 'Boats left Port Sall.',
      entities: [{ name: 'Port Sall', type: 'place' }],
    });
    const c = article({ id: 'c', text: 'Sall spoke.', entities: [{ name: 'Sall', type: 'place' }] });
    const r = resolve([a, b, c], ctx).value;
    const port = r.entities.find((e) => e.name === 'Port Sall')!;
    expect(port.docs).toEqual(['a', 'b']);
    expect(port.type).toBe('place');
  });
  it('lets a story-wide person take "the ex-president" in an article that typed the name other', () => {
    const a = article({
      id: 'a',
      text: 'President Ivo Brant of Ostia signed the law.',
      entities: [{ name: 'Ivo Brant', roles: [{ text: 'President', normalized: 'president of ostia' }] }],
    });
    const b = article({
      id: 'b',
      text: 'Ivo Brant spoke long. The ex-president said farmers had waited.',
      entities: [{ name: 'Ivo Brant', type: 'other' }],
    });
    const brant = resolve([a, b], ctx).value.entities.find((e) => e.name === 'Ivo Brant')!;
    expect(brant.roles.filter((x) => x.status === 'former').map((x) => x.doc)).toEqual(['b']);
  });
});

describe('wire copy with light edits', () => {
  const lead =
    'A drone strike set fire to a fuel depot outside the northern city of Vell on Tuesday, killing three workers,';
  it('groups articles keeping a 20-word lead whole, but not articles sharing only a long quote', () => {
    const x = article({ id: 'x', text: `${lead} regional governor Omar Tell said. Lines formed at pumps.` });
    const y = article({ id: 'y', text: `${lead} governor Omar Tell said. Queues formed by evening.` });
    const quote =
      '"We will find every one of those responsible for this cowardly attack on our workers and they will pay for it in full," he said.';
    const p = article({ id: 'p', text: `The governor spoke at the depot. ${quote} Crews worked all night.` });
    const q = article({ id: 'q', text: `Smoke rose over the city. ${quote} Fuel prices rose.` });
    const r = resolve([x, y, p, q], ctx).value;
    expect(r.sources.map((s) => s.docs)).toEqual([['x', 'y'], ['p'], ['q']]);
  });
});

describe('copies among many articles', () => {
  const wire = [
    'Floodwater broke through a levee south of the port town of Amsel early on Friday and covered two farming villages.',
    'Rescue boats took more than 300 people from rooftops before noon, the regional emergency office said.',
    'The river had been rising for a week after the heaviest autumn rain recorded in the valley in forty years.',
    'Engineers said the levee, built in the nineteen sixties, had been due for repairs that were never funded.',
  ].join(' ');
  const own = (topic: string) =>
    `${topic} has its own reporting here, a long paragraph written by the outlet's own staff about matters that no other outlet covers in the same words at all, at considerable length.`;
  it('flags each later copy of one wire report once, pointing at the first, and leaves an original report alone', () => {
    const a = article({ id: 'a', text: wire });
    const b = article({ id: 'b', text: `AMSEL — ${wire} More to follow.` });
    const c = article({ id: 'c', text: `${wire} ${own('The harbour')}` });
    const d = article({ id: 'd', text: `${own('The farm union')} ${own('The town council')}` });
    const r = resolve([a, b, c, d], ctx).value;
    expect(r.copies.map((x) => [x.doc, x.of])).toEqual([
      ['b', 'a'],
      ['c', 'a'],
    ]);
  });
  it('keeps two reports apart as sources when they share one wire paragraph below their own leads', () => {
    const first = `${wire.split('. ')[0]}.`;
    const a = article({
      id: 'a',
      text: `Our reporter spent the morning with farmers who lost their winter feed, their barns now standing in brown water up to the rafters. Most had moved their animals to higher fields two days before, on advice from the county vet. ${first} The insurance offices in town had already closed their doors for the week.`,
    });
    const b = article({
      id: 'b',
      text: `At the county hall the mayor promised pumps from the army by Sunday, while volunteers filled sandbags in the market square. Schools will stay shut until the roads to the outlying hamlets reopen, her office said. ${first} The only bakery still open handed out bread to anyone who came in from the rain.`,
    });
    expect(resolve([a, b], ctx).value.sources.map((x) => x.docs)).toEqual([['a'], ['b']]);
    // Must not match: the same sentence opening both is a wire story rewritten around its lead, one source.
    const c = article({ id: 'c', text: `${first} ${a.seg.doc.text.split('. ')[0]}.` });
    const d = article({ id: 'd', text: `${first} ${b.seg.doc.text.split('. ')[0]}.` });
    expect(resolve([c, d], ctx).value.sources.map((x) => x.docs)).toEqual([['c', 'd']]);
  });
  it('does not call an article a copy when it shares only one paragraph of a much longer text', () => {
    const long = Array.from({ length: 6 }, (_, i) => own(`Topic number ${'abcdef'[i]}`)).join(' ');
    const a = article({ id: 'a', text: `${wire} ${long}` });
    const other = Array.from(
      { length: 6 },
      (_, i) =>
        `Item ${i}: the market opened late, prices of grain and fuel ${i % 2 ? 'rose' : 'fell'} again while traders in stall ${i} waited for lorries held up on the flooded road to the ${i}th district.`,
    ).join(' ');
    const b = article({ id: 'b', text: `${wire.split('. ')[0]}. ${other}` });
    const r = resolve([a, b], ctx).value;
    expect(r.copies).toEqual([]);
  });
});

describe('resolveEntities at scale', () => {
  it('joins one name shared by six thousand similar articles without listing every pair', () => {
    // 6,000 items sharing blocking keys once made ~18M candidate pairs: past the limit of a Set
    const many = Array.from({ length: 6000 }, (_, i) =>
      article({
        id: `d${i}`,
        text: `Harbour Authority staff met Ana Ferreira and Tomas Reyes${i} on the pier.`,
        entities: [
          { name: 'Harbour Authority', type: 'org' },
          { name: 'Ana Ferreira' },
          { name: `Tomas Reyes${i}` },
        ],
      }),
    );
    const r = resolveEntities(many);
    expect(r.entities.find((e) => e.name === 'Harbour Authority')?.docs).toHaveLength(6000);
    expect(r.entities.find((e) => e.name === 'Ana Ferreira')?.docs).toHaveLength(6000);
    // people who share only a first name stay apart
    expect(r.entities.filter((e) => e.name.startsWith('Tomas Reyes'))).toHaveLength(6000);
  });
});
