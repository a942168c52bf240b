import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../../test/support/cpu.ts';
import { makeContext } from '../../context.ts';
import type { ClaimMention } from '../../model/mention.ts';
import type { SectionKind } from '../../model/segment.ts';
import { type EntityDef, makeEntities, makeSeg } from '../quotes/testkit.ts';
import { findClaims } from './index.ts';

const ctx = makeContext({ now: new Date('2026-03-01T00:00:00Z') });

const DEFS: EntityDef[] = [
  { name: 'Lena Ortiz', aliases: ['Ortiz'], roles: ['mayor of Dunmore'] },
  { name: 'Hal Brenner', aliases: ['Brenner'], roles: ['governor of Westland'] },
  { name: 'Dunmore', type: 'place' },
  { name: 'Westland', type: 'place' },
  { name: 'Dunmore Herald', type: 'org' },
];

function claims(text: string, kinds: { heading: string; kind: SectionKind }[] = []): ClaimMention[] {
  return findClaims(makeSeg(text, kinds), makeEntities(text, DEFS), ctx).value;
}

function one(text: string): ClaimMention {
  const cs = claims(text);
  expect(cs).toHaveLength(1);
  return cs[0] as ClaimMention;
}

describe('findClaims: what counts', () => {
  it('a sentence with an entity, a number, a date and a fact verb is a claim, with its structure', () => {
    const text = 'Police in Dunmore arrested 12 people on Friday after the protest.';
    const c = one(text);
    expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    expect(c.predicate).toBe('arrest');
    expect(c.subject).toBe('Police in Dunmore');
    expect(c.object).toBe('12 people on Friday');
    expect(c.time).toBe('Friday');
    expect(c.entities).toEqual(['e2']);
    expect(c.attribution).toBeNull();
    expect(c.sectionKind).toBe('news');
    expect(c.keys).toEqual(
      expect.arrayContaining(['police', 'dunmore', 'arrest', '12', 'people', 'friday', 'protest']),
    );
  });

  it('a phrasal verb keeps its particle', () => {
    const c = one('Ortiz has reached out to Brenner to propose a meeting in April.');
    expect(c.predicate).toBe('reach out');
    expect(c.subject).toBe('Ortiz');
    expect(c.entities).toEqual(['e0', 'e1']);
  });

  it('a clause-level parenthetical between commas does not become the subject', () => {
    const c = one('The Westland government, under pressure from Brenner, has signed 3 new water contracts.');
    expect(c.subject).toBe('The Westland government');
    expect(c.predicate).toBe('sign');
  });

  it('a copula stating a number is a claim too', () => {
    const c = one('The death toll in Dunmore was 40 by Sunday evening.');
    expect(c.predicate).toBe('be');
    expect(c.subject).toBe('The death toll in Dunmore');
    expect(c.object).toBe('40 by Sunday evening');
  });

  it('a copula with a name right after it states an identity; a demonstrative subject keeps its verb', () => {
    const c = one('The lone vote against the plan in Dunmore was Lena Ortiz, the mayor.');
    expect([c.subject, c.predicate]).toEqual(['The lone vote against the plan in Dunmore', 'be']);
    expect(one('Most of the 19 crew members were Westland nationals.').predicate).toBe('be');
    expect(one('This followed an 88-4 vote in Dunmore hours earlier.').predicate).toBe('follow');
    expect(one('The Dunmore fire was the deadliest in the region this century.').predicate).toBe('be');
    // "the lone", "the sole": being the only one is as checkable as a rank
    expect(one('Council leader Lena Ortiz (D-Pa.) was the lone opposition in Dunmore.').predicate).toBe('be');
  });

  it('a long sentence naming nothing states what happened when it has a fact verb of its own', () => {
    const c = one('The thieves then set fire to the getaway van and escaped in another car.');
    expect(c.predicate).toBe('escape');
    // Must not match: the same length without a fact verb, or a short sentence naming nothing.
    expect(claims('The whole night was a long and frightening ordeal for all of them.')).toEqual([]);
    expect(claims('The plan was criticized widely by residents.')).toEqual([]);
  });

  it('"there were no …" counts none of something: a claim, however short', () => {
    expect(one('There were no reports of injuries.').predicate).toBe('be');
    // Must not match: an existential that counts nothing.
    expect(claims('There was a sense of relief.')).toEqual([]);
  });

  it('a sentence the article repeats (a teaser above its body) is one claim, and two different ones are two', () => {
    const lead = 'Lena Ortiz closed the Dunmore bridge on Monday after a crack was found.';
    expect(claims(`${lead}\n\n${lead} Hal Brenner approved the repairs on Tuesday.`)).toHaveLength(2);
  });

  it('hypothetical sections still yield claims, marked with their kind', () => {
    const text = 'Case study (hypothetical)\nThe army destroyed 15 bridges in Westland in 2022.';
    const cs = claims(text, [{ heading: 'Case study (hypothetical)', kind: 'hypothetical' }]);
    expect(cs.map((c) => c.sectionKind)).toEqual(['hypothetical']);
  });
});

describe('findClaims: must not match', () => {
  it('questions, predictions, first-person opinion', () => {
    const text = [
      'Will Brenner sign the Westland budget in March?',
      'I predict the council will approve 20 new schools by 2030.',
      'I think Ortiz signed the wrong deal in May.',
    ].join('\n');
    expect(claims(text)).toEqual([]);
  });

  it('sentences in opinion, advice and reader-engagement sections', () => {
    const text = [
      'Ortiz signed the budget on Monday.',
      'Our view',
      'Brenner signed the worst deal in Westland history in 2024.',
      'Tips for readers',
      'Officials arrested 40 protesters in Dunmore last year, so keep your papers with you.',
      'Reader questions',
      'Should Dunmore have arrested 12 people on Friday?',
      'Readers told us Brenner signed 3 deals in 2024.',
    ].join('\n');
    const cs = claims(text, [
      { heading: 'Our view', kind: 'opinion' },
      { heading: 'Tips for readers', kind: 'advice' },
      { heading: 'Reader questions', kind: 'reader-engagement' },
    ]);
    expect(cs.map((c) => c.text)).toEqual(['Ortiz signed the budget on Monday.']);
  });

  it('a sentence that is only a quote and its attribution', () => {
    expect(claims('“We signed the deal with Westland on Monday,” Ortiz said.')).toEqual([]);
  });

  it('no entity, number or date; or no fact verb', () => {
    const text = ['The plan was criticized widely by residents.', 'Ortiz is the mayor of Dunmore.'].join(
      '\n',
    );
    expect(claims(text)).toEqual([]);
  });

  it('headings', () => {
    const text = 'Brenner Signs Westland Water Deal\nBrenner signed the water deal on Monday.';
    const cs = claims(text, [{ heading: 'Brenner Signs Westland Water Deal', kind: 'news' }]);
    expect(cs.map((c) => c.text)).toEqual(['Brenner signed the water deal on Monday.']);
  });
});

describe('findClaims: attribution', () => {
  it('according to X', () => {
    const c = one('The army deployed 300 troops to Westland on Monday, according to the Dunmore Herald.');
    expect(c.attribution).toBe('the Dunmore Herald');
    expect(c.predicate).toBe('deploy');
  });

  it('X said (that) …: X, and the structure of what X said', () => {
    const c = one('Ortiz said the city had arrested 12 people on Friday.');
    expect(c.attribution).toBe('Ortiz');
    expect(c.subject).toBe('the city');
    expect(c.predicate).toBe('arrest');
  });

  it('an unnamed source', () => {
    const c = one(
      'A senior official, speaking on background, said the army had deployed 300 troops to Westland.',
    );
    expect(c.attribution).toBe('unnamed source');
    expect(c.predicate).toBe('deploy');
  });

  it('trailing ", officials said" and ", Brenner said"', () => {
    const text = [
      'The bridge in Dunmore collapsed on Tuesday, officials said.',
      'The dam in Westland held on Tuesday, Brenner said.',
    ].join('\n');
    expect(claims(text).map((c) => c.attribution)).toEqual(['unnamed source', 'Brenner']);
  });

  it('a pronoun source resolves to the person', () => {
    const text = 'Brenner visited the dam on Monday.\nHe said the state had paid $2 million for repairs.';
    const cs = claims(text);
    expect(cs[1]?.attribution).toBe('Hal Brenner');
  });

  it('an adverbial or a clause before the verb is no source', () => {
    const text = [
      'Today, the Westland ministry announced 40 new clinics.',
      'Whatever the cause, Ortiz said the flood cost $2 million.',
      'From 2010 to 2015 there were 3248 floods in Westland, the report said.',
      'Brenner has twice said the dam cost $40 million.',
    ].join('\n');
    expect(claims(text).map((c) => c.attribution)).toEqual([
      'the Westland ministry',
      'Ortiz',
      'the report',
      'Brenner',
    ]);
  });

  it('the subject of an infinitive is the subject of the verb governing it', () => {
    const c = one('The Westland ministry is expected to close 40 clinics next year.');
    expect(c.subject).toBe('The Westland ministry');
    expect(c.predicate).toBe('close');
  });

  it('the article’s own assertion has no attribution', () => {
    expect(one('The army deployed 300 troops to Westland on Monday.').attribution).toBeNull();
  });
});

describe('findClaims: hedges', () => {
  const cases: [string, string[]][] = [
    ['The army reportedly killed 14 fighters in Westland on Sunday.', ['reportedly']],
    ['The council could approve the Dunmore budget in May.', ['could']],
    ['Westland is expected to sign the treaty in June.', ['is expected to']],
    ['The ministry plans to close 40 clinics in Dunmore next year.', ['plans']],
    ['The suspect allegedly smuggled 40 kilograms of cocaine into Westland.', ['allegedly']],
    ['Officials may extend the Dunmore curfew until Friday.', ['may']],
    ['The army killed 14 fighters in Westland on Sunday.', []],
  ];
  for (const [text, hedges] of cases) {
    it(text, () => {
      expect(one(text).hedges).toEqual(hedges);
    });
  }
});

describe('findClaims: a past written as its bare form', () => {
  it.each([
    [
      'after an appositive',
      'The Dunmore Herald, a daily paper, cut its print edition to four days a week.',
      'cut',
    ],
    [
      'after a name in the possessive',
      "Brenner's put the harbour levy on hold until the spring session.",
      'put',
    ],
    ['after a singular noun', 'The storm hit Dunmore hardest, flooding the lower town overnight.', 'hit'],
  ])('%s makes its sentence a claim', (_, text, verb) => {
    const c = one(text);
    // "cut" is a fact verb and names the claim; "put" and "hit" state an event all the same
    expect(c.predicate).toBe(verb === 'cut' ? 'cut' : 'be');
  });
  it.each([
    ['a noun after its determiner', 'The cut in Dunmore left many families worse off than before.'],
    ['a noun after a possessive', "The mayor's cut to Dunmore schools drew no comment at all."],
  ])('must not match: %s', (_, text) => {
    for (const c of claims(text)) expect(c.predicate).not.toBe('cut');
  });
});

describe('findClaims: timing guard', () => {
  it('a 1 MB line of quote marks and commas finishes within the CPU budget for pathological input', () => {
    const unit = '“a,” Ortiz said, "c", ”,“ 12 arrested, ';
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const seg = makeSeg(line);
    const t0 = cpuNow();
    findClaims(seg, [], ctx);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });

  it('a 1 MB line of words, commas and numbers (one long sentence) finishes within the CPU budget for pathological input', () => {
    const line = 'Ortiz said, 12 officials arrested, reportedly, '.repeat(22_000);
    const t0 = cpuNow();
    const cs = findClaims(makeSeg(line), [], ctx).value;
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
    expect(cs).toHaveLength(1);
  });
});
