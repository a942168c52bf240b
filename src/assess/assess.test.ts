import { describe, expect, it } from 'vitest';
import { briefSynthetic } from '../../test/e2e/run-synthetic.ts';
import { article } from '../../test/e2e/synthetic.ts';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';

const strikes = (id: string, n: number, published: string | null) =>
  article({
    id,
    published,
    text: `Patrols have seized at least ${n} fishing boats carrying contraband off the coast since May.`,
    quantities: [
      {
        text: `at least ${n}`,
        value: n,
        qualifier: 'at least',
        unit: 'boats',
        about: 'fishing boats carrying contraband',
        keys: ['boat', 'contraband'],
        scope: 'since May',
      },
    ],
  });

describe('number disputes', () => {
  it('reports differing lower bounds written at different times, as a likely update', () => {
    const { briefing } = briefSynthetic([strikes('a', 20, '2026-01-02'), strikes('b', 35, '2026-02-20')]);
    const d = briefing.disputes.find((x) => x.kind === 'number')!;
    expect(d.sides.map((s) => s.value)).toEqual(['at least 20', 'at least 35']);
    expect(d.note).toMatch(/lower bounds.*later report.*update/);
    expect(briefing.quantities[0]!.agree).toBe(false);
  });
  it('does not dispute two lower bounds published the same day', () => {
    const { briefing } = briefSynthetic([strikes('a', 20, '2026-01-02'), strikes('b', 35, '2026-01-02')]);
    expect(briefing.disputes).toEqual([]);
    expect(briefing.quantities[0]!.agree).toBe(true);
  });
  it('does not dispute a rounding difference', () => {
    const mk = (id: string, text: string, value: number, qualifier: 'about' | null) =>
      article({
        id,
        text: `The flood displaced ${text} residents of the valley.`,
        quantities: [
          {
            text,
            value,
            qualifier,
            unit: 'residents',
            about: 'residents displaced by flood',
            keys: ['resident', 'flood'],
          },
        ],
      });
    const { briefing } = briefSynthetic([
      mk('a', 'about 1,000', 1000, 'about'),
      mk('b', '1,012', 1012, null),
    ]);
    expect(briefing.disputes).toEqual([]);
    expect(briefing.quantities).toHaveLength(1);
    expect(briefing.quantities[0]!.agree).toBe(true);
  });
  it('reads a number as standing for its last written digit: 62% and 61.8%, 1.2 million and 1.23 million', () => {
    const mk = (id: string, text: string, value: number, unit: string) =>
      article({
        id,
        text: `Turnout reached ${text} of voters in the valley.`,
        quantities: [{ text, value, unit, about: 'turnout of voters', keys: ['turnout', 'voter'] }],
      });
    const agree = (x: [string, number], y: [string, number], unit: string) =>
      briefSynthetic([mk('a', x[0], x[1], unit), mk('b', y[0], y[1], unit)]).briefing.disputes.length === 0;
    expect(agree(['62%', 62], ['61.8%', 61.8], '%')).toBe(true);
    expect(agree(['1.2 million', 1_200_000], ['1.23 million', 1_230_000], 'voters')).toBe(true);
    expect(agree(['62%', 62], ['63.1%', 63.1], '%')).toBe(false);
    expect(agree(['6.8', 6.8], ['6.9', 6.9], 'magnitude')).toBe(false);
  });
  it('does not compare different things counted', () => {
    const a = article({
      id: 'a',
      text: 'The storm killed 12 people in the port.',
      quantities: [
        {
          text: '12',
          value: 12,
          unit: 'people',
          about: 'people killed in storm',
          keys: ['people', 'kill', 'storm'],
        },
      ],
    });
    const b = article({
      id: 'b',
      text: 'The storm injured 40 people in the port.',
      quantities: [
        {
          text: '40',
          value: 40,
          unit: 'people',
          about: 'people injured in storm',
          keys: ['people', 'injur', 'storm'],
        },
      ],
    });
    const { briefing } = briefSynthetic([a, b]);
    expect(briefing.disputes).toEqual([]);
    expect(briefing.quantities).toHaveLength(2);
  });
});

describe('role disputes', () => {
  const gov = (id: string, name: string, extra = '') =>
    article({
      id,
      text: `Governor ${name} of Tarn opened the bridge. ${extra}`.trim(),
      entities: [{ name, roles: [{ text: 'Governor', normalized: 'governor of tarn' }] }],
    });
  it('finds two current holders of one office and flags the less supported article as outdated', () => {
    const { briefing } = briefSynthetic([
      gov('a', 'Lena Morrow'),
      gov('b', 'Lena Morrow', 'Traffic was heavy all afternoon as crowds walked across.'),
      gov('c', 'Piet Vandal'),
    ]);
    const d = briefing.disputes.find((x) => x.kind === 'role')!;
    expect(d.sides.map((s) => [s.value, s.docs])).toEqual([
      ['Lena Morrow', ['a', 'b']],
      ['Piet Vandal', ['c']],
    ]);
    const c = briefing.documents.find((x) => x.id === 'c')!;
    expect(c.flags.map((f) => f.kind)).toContain('outdated');
    expect(briefing.documents.find((x) => x.id === 'a')!.flags.map((f) => f.kind)).not.toContain('outdated');
  });
  it('finds "former" against current for one person', () => {
    const cur = (id: string) =>
      article({
        id,
        text: 'President Ivo Brant of Ostia signed the law.',
        entities: [{ name: 'Ivo Brant', roles: [{ text: 'President', normalized: 'president of ostia' }] }],
      });
    const ex = article({
      id: 'x',
      text: 'Ivo Brant spoke at length. The ex-president said the law was needed.',
      entities: [
        { name: 'Ivo Brant', roles: [{ text: 'ex-president', normalized: 'president', status: 'former' }] },
      ],
    });
    const { briefing } = briefSynthetic([cur('a'), cur('b'), ex]);
    const d = briefing.disputes.find((x) => x.kind === 'role')!;
    expect(d.sides.map((s) => [s.value, s.docs])).toEqual([
      ['ex-president', ['x']],
      ['President', ['a', 'b']],
    ]);
  });
  it('does not dispute offices that many hold at once', () => {
    const mk = (id: string, name: string) =>
      article({
        id,
        text: `Senator ${name} of Tarn voted no.`,
        entities: [{ name, roles: [{ text: 'Senator', normalized: 'senator of tarn' }] }],
      });
    expect(briefSynthetic([mk('a', 'Ana Ruiz'), mk('b', 'Bo Lind')]).briefing.disputes).toEqual([]);
  });
});

describe('date disputes', () => {
  const mk = (id: string, when: string, resolved: string) =>
    article({
      id,
      text: `Rebels seized the Kessel dam on ${when}, said Colonel Aba Tunde.`,
      entities: [{ name: 'Kessel dam', type: 'place' }, { name: 'Aba Tunde' }],
      dates: [
        {
          text: when,
          resolved,
          event: 'rebels seized the Kessel dam',
          keys: ['rebel', 'seize', 'dam', 'kessel'],
        },
      ],
    });
  it('reports one event dated differently', () => {
    const { briefing } = briefSynthetic([
      mk('a', 'March 3, 2025', '2025-03-03'),
      mk('b', 'June 9, 2024', '2024-06-09'),
    ]);
    const d = briefing.disputes.find((x) => x.kind === 'date')!;
    expect(d.sides.map((s) => s.docs)).toEqual([['b'], ['a']]);
    expect(d.sides[0]!.value).toMatch(/^2024-06-09/);
    expect(briefing.timeline.map((t) => t.date)).toEqual(['2024-06-09', '2025-03-03']);
  });
  it('accepts a coarser date of the same event', () => {
    const { briefing } = briefSynthetic([
      mk('a', 'March 3, 2025', '2025-03-03'),
      mk('b', 'March 2025', '2025-03'),
    ]);
    expect(briefing.disputes).toEqual([]);
    expect(briefing.timeline).toHaveLength(1);
    expect(briefing.timeline[0]!.docs).toEqual(['a', 'b']);
  });
});

describe('quote disputes', () => {
  const mk = (id: string, speaker: string, words: string) =>
    article({
      id,
      text: `"${words}" ${speaker} told reporters.`,
      entities: [{ name: speaker }],
      quotes: [{ text: words, speaker }],
    });
  it('reports the same words given to different speakers', () => {
    const words = 'We will rebuild every school before winter comes';
    const { briefing } = briefSynthetic([mk('a', 'Ruth Okafor', words), mk('b', 'Dan Mileva', words)]);
    const d = briefing.disputes.find((x) => x.kind === 'quote')!;
    expect(d.sides.map((s) => s.value).sort()).toEqual(['Dan Mileva', 'Ruth Okafor']);
  });
  it('does not set a named speaker against a "she" resolved to someone else in an article naming both', () => {
    const words = 'We will rebuild every school before winter comes';
    const b = article({
      id: 'b',
      text: `Ruth Okafor met Dan Mileva at the school. "${words}," she said.`,
      // The pronoun resolved to the wrong person, as finders sometimes do.
      entities: [{ name: 'Ruth Okafor' }, { name: 'Dan Mileva', aliases: ['she'] }],
      quotes: [{ text: words, speaker: 'she' }],
    });
    const { briefing } = briefSynthetic([mk('a', 'Ruth Okafor', words), b]);
    expect(briefing.disputes.filter((x) => x.kind === 'quote')).toEqual([]);
  });
  it('reports a quote altered in a negation, not one merely trimmed', () => {
    const a = mk('a', 'Ruth Okafor', 'We will rebuild every school before winter comes');
    const b = mk('b', 'Ruth Okafor', 'We will not rebuild every school before winter comes');
    const c = mk('c', 'Ruth Okafor', 'rebuild every school before winter');
    const { briefing } = briefSynthetic([a, b, c]);
    const qd = briefing.disputes.filter((x) => x.kind === 'quote');
    expect(qd).toHaveLength(1);
    expect(qd[0]!.note).toMatch(/negation/);
  });
  it('must not match: "nothing less than" stresses, it negates nothing', () => {
    const a = mk('a', 'Ruth Okafor', 'Nothing less than the survival of the harbour hangs on this');
    const b = mk('b', 'Ruth Okafor', 'The survival of the harbour hangs on this');
    const { briefing } = briefSynthetic([a, b]);
    expect(briefing.disputes.filter((x) => x.kind === 'quote')).toEqual([]);
  });
});

describe('account disputes', () => {
  it('reports casualties against none for one event', () => {
    const a = article({
      id: 'a',
      text: 'The blast at the Ormond chemical plant near Vessa killed nine workers on Friday.',
    });
    const b = article({
      id: 'b',
      text: 'There were no casualties in the blast at the Ormond chemical plant near Vessa on Friday.',
    });
    const { briefing } = briefSynthetic([a, b]);
    const d = briefing.disputes.find((x) => x.kind === 'account')!;
    expect(d.sides.map((s) => s.docs)).toEqual([['a'], ['b']]);
  });
});

describe('account disputes by place', () => {
  it('sets "no casualties in X" against deaths in X told in other words by another source', () => {
    const a = article({
      id: 'a',
      text: 'In Port Veld itself, no casualties were reported, the mayor told local radio.',
    });
    const b = article({
      id: 'b',
      text: 'Two people were killed in Port Veld when a wall collapsed on a shelter.',
    });
    const c = article({ id: 'c', text: 'Three people were killed in Amsel when the river rose.' });
    const { briefing } = briefSynthetic([a, b, c]);
    const d = briefing.disputes.filter((x) => x.kind === 'account');
    expect(d.map((x) => x.sides.map((s) => s.docs))).toEqual([[['b'], ['a']]]);
  });
  it('leaves alone an aftershock that hurt no one, and a sentence that reports deaths itself', () => {
    const some = article({ id: 'b', text: 'The quake killed 12 people in Ostrel on Monday.' });
    const after = article({ id: 'a', text: 'An aftershock caused no casualties in Ostrel on Tuesday.' });
    const mixed = article({
      id: 'c',
      text: 'No one was killed in Ostrel at first, but 3 people died in hospital.',
    });
    const { briefing } = briefSynthetic([after, some, mixed]);
    expect(briefing.disputes.filter((x) => x.kind === 'account')).toEqual([]);
  });
  it('does not read a month after "in" as a place', () => {
    const a = article({ id: 'a', text: 'No one was hurt in January, the report said.' });
    const b = article({ id: 'b', text: 'Four miners were killed in January at the Vell pit.' });
    expect(briefSynthetic([a, b]).briefing.disputes.filter((x) => x.kind === 'account')).toEqual([]);
  });
});

describe('rising tolls', () => {
  const toll = (id: string, n: number, published: string | null, text: string) =>
    article({
      id,
      published,
      text,
      quantities: [{ text: String(n), value: n, about: 'people killed', keys: ['person', 'death'] }],
    });
  it('reads a toll that rises with each later report as an update, leaving the claims uncontested', () => {
    const { briefing } = briefSynthetic([
      toll('a', 4, '2025-09-09', 'The storm killed 4 people, officials said.'),
      toll('b', 11, null, 'The toll rose to 11 people killed by the storm.'),
      toll('c', 23, '2025-09-11', 'The storm has killed 23 people, officials said.'),
    ]);
    const d = briefing.disputes.find((x) => x.kind === 'number')!;
    expect(d.note).toMatch(/later report.*update/);
    expect(briefing.claims.map((c) => c.status)).not.toContain('disputed');
  });
  it('still contests a toll that falls in a later report', () => {
    const { briefing } = briefSynthetic([
      toll('a', 23, '2025-09-09', 'The storm killed 23 people, officials said.'),
      toll('c', 4, '2025-09-11', 'The storm has killed 4 people, officials said.'),
    ]);
    expect(briefing.claims.map((c) => c.status)).toContain('disputed');
  });
});

describe('sitting members called former', () => {
  it('disputes "former senator" for a senator other sources treat as sitting', () => {
    const mk = (id: string, text: string, role: string, status: 'current' | 'former') =>
      article({
        id,
        text,
        entities: [{ name: 'Clara Venn', roles: [{ text: role, normalized: 'senator', status }] }],
      });
    const { briefing } = briefSynthetic([
      mk('a', 'Senator Clara Venn wrote the bill.', 'Senator', 'current'),
      mk('b', 'The bill, by former senator Clara Venn, passed.', 'former senator', 'former'),
      mk('c', 'Senator Clara Venn spoke after the vote.', 'Senator', 'current'),
    ]);
    const d = briefing.disputes.filter((x) => x.kind === 'role');
    expect(d).toHaveLength(1);
    expect(d[0]!.sides.map((s) => s.docs)).toEqual([['b'], ['a', 'c']]);
  });
});

describe('claims and flags', () => {
  it('corroborates with two independent sources, not with a copy', () => {
    const line = 'The council approved the new harbour budget on Monday after a long debate.';
    const a = article({ id: 'a', text: line });
    const b = article({
      id: 'b',
      text: 'On Monday the council approved the harbour budget after long debate.',
    });
    const c = article({ id: 'c', text: 'A quiet day in the hills where shepherds moved flocks.' });
    const { briefing } = briefSynthetic([a, b, c]);
    expect(briefing.claims.find((x) => x.docs.includes('a'))!.status).toBe('corroborated');
    expect(briefing.claims.find((x) => x.docs.includes('c'))!.status).toBe('single-source');
  });
  it('flags hypothetical sections, the claim of no fiction beside them, opinion and unnamed sources', () => {
    const a = article({
      id: 'a',
      text:
        'The mill closed in May. An official, speaking on condition of anonymity, confirmed it.\n' +
        'Scenario: a reopening (Hypothetical)\nIf the mill reopened, 300 jobs would return.\n' +
        'My view\nI predict the town will recover. Nothing in this report is fictional.',
      sections: [
        { heading: 'Scenario: a reopening (Hypothetical)', kind: 'hypothetical' },
        { heading: 'My view', kind: 'opinion' },
      ],
    });
    const { briefing } = briefSynthetic([a]);
    const kinds = briefing.documents[0]!.flags.map((f) => f.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['hypothetical', 'opinion', 'self-contradiction', 'unnamed-sources']),
    );
    const hypo = briefing.claims.find((c) => c.text.startsWith('If the mill'))!;
    expect(hypo.status).toBe('hypothetical');
    expect(briefing.claims.find((c) => c.text.startsWith('I predict'))!.status).toBe('opinion');
  });
  it('reads an article denying its own speculation beside a hypothetical section as self-contradiction', () => {
    const flagsOf = (closing: string) =>
      briefSynthetic([
        article({
          id: 'a',
          text: `The mill closed in May.\nScenario: a reopening (Hypothetical)\nIf the mill reopened, 300 jobs would return.\n${closing}`,
          sections: [{ heading: 'Scenario: a reopening (Hypothetical)', kind: 'hypothetical' }],
        }),
      ]).briefing.documents[0]!.flags.map((f) => f.kind);
    expect(flagsOf('Everything here comes from verified reports; no part of it is speculative.')).toContain(
      'self-contradiction',
    );
    expect(flagsOf('Nothing in this article is speculation.')).toContain('self-contradiction');
    // must not match: reporting that others did not speculate
    expect(flagsOf('Police offered no speculation about the cause.')).not.toContain('self-contradiction');
  });
  it('tells people close to the talks (unnamed sources) from people close to the river (residents)', () => {
    const flagsOf = (text: string) =>
      briefSynthetic([article({ id: 'a', text })]).briefing.documents[0]!.flags.map((f) => f.kind);
    expect(flagsOf('People close to the river were told to leave their homes.')).not.toContain(
      'unnamed-sources',
    );
    expect(flagsOf('People close to the talks said a deal was near.')).toContain('unnamed-sources');
    expect(flagsOf('Sources close to the governor said she would resign.')).toContain('unnamed-sources');
  });
  it('does not flag a plain news article', () => {
    const a = article({
      id: 'a',
      text: 'The mill closed in May, the company said. Workers gathered outside.',
    });
    expect(briefSynthetic([a]).briefing.documents[0]!.flags).toEqual([]);
  });
});

describe('regex cost', () => {
  it('flags a 1 MB pathological line within the CPU budget for pathological input', () => {
    const line = `${'no no no fictional '.repeat(20_000)}${'Jan. one aaaa,bbbb '.repeat(20_000)}${'speaking on on on '.repeat(15_000)}`;
    const a = article({ id: 'a', text: line.slice(0, 1_000_000), claims: false });
    const t = cpuNow();
    const { briefing } = briefSynthetic([a]);
    expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
    expect(briefing.documents[0]!.flags.map((f) => f.kind)).toContain('errors');
  });
});

describe('outdated by date', () => {
  it('flags the older article when two holders have equal support', () => {
    const mk = (id: string, name: string, published: string, tail: string) =>
      article({
        id,
        published,
        text: `Chilean President ${name} opened the port. ${tail}`,
        entities: [{ name, roles: [{ text: 'Chilean President', normalized: 'president of chile' }] }],
      });
    const { briefing } = briefSynthetic([
      mk('a', 'Rosa Wend', '2026-02-01', 'Dockers cheered.'),
      mk('b', 'Tito Albar', '2021-05-01', 'It rained all day.'),
    ]);
    expect(briefing.disputes.map((d) => d.kind)).toEqual(['role']);
    expect(briefing.documents.find((d) => d.id === 'b')!.flags.map((f) => f.kind)).toContain('outdated');
    expect(briefing.documents.find((d) => d.id === 'a')!.flags.map((f) => f.kind)).not.toContain('outdated');
  });
});

describe('bare head-of-state titles', () => {
  const mk = (id: string, text: string, people: string[]) =>
    article({
      id,
      published: '2025-02-04',
      text,
      entities: people.map((name) => ({ name, roles: [{ text: 'President', normalized: 'president' }] })),
    });
  it('disputes two people called "President" for one act when no article names both', () => {
    const { briefing } = briefSynthetic([
      mk('a', 'President Ellen Varga signed the border order.', ['Ellen Varga']),
      mk('b', 'The order signed by President Ellen Varga drew fire.', ['Ellen Varga']),
      mk('c', 'President Tom Hale signed the border order.', ['Tom Hale']),
    ]);
    const d = briefing.disputes.filter((x) => x.kind === 'role');
    expect(d.map((x) => x.sides.map((s) => s.docs))).toEqual([[['a', 'b'], ['c']]]);
    expect(briefing.documents.find((x) => x.id === 'c')!.flags.map((f) => f.kind)).toContain('outdated');
  });
  it('leaves alone two presidents an article names side by side', () => {
    const { briefing } = briefSynthetic([
      mk('a', 'President Ellen Varga met President Ivo Lorne at the summit.', ['Ellen Varga', 'Ivo Lorne']),
      mk('b', 'President Ivo Lorne left the summit early.', ['Ivo Lorne']),
      mk('c', 'President Ellen Varga stayed.', ['Ellen Varga']),
    ]);
    expect(briefing.disputes.filter((x) => x.kind === 'role')).toEqual([]);
  });
});

describe('historical roles', () => {
  it('does not dispute a holder named in a sentence dated to an earlier year', () => {
    const now = (id: string, tail: string) =>
      article({
        id,
        published: '2026-02-01',
        text: `Chilean President Rosa Wend opened the port on January 5, 2026. ${tail}`,
        entities: [
          { name: 'Rosa Wend', roles: [{ text: 'Chilean President', normalized: 'president of chile' }] },
        ],
        dates: [
          {
            text: 'January 5, 2026',
            resolved: '2026-01-05',
            event: 'opened the port',
            keys: ['open', 'port'],
          },
        ],
      });
    const then = article({
      id: 'c',
      published: '2026-02-02',
      text: 'In 2019, Chilean President Tito Albar signed the first port plan.',
      entities: [
        { name: 'Tito Albar', roles: [{ text: 'Chilean President', normalized: 'president of chile' }] },
      ],
      dates: [
        {
          text: '2019',
          resolved: '2019',
          event: 'signed the first port plan',
          keys: ['sign', 'port', 'plan'],
        },
      ],
    });
    const { briefing } = briefSynthetic([now('a', 'Dockers cheered.'), now('b', 'It rained.'), then]);
    expect(briefing.disputes.filter((d) => d.kind === 'role')).toEqual([]);
    expect(briefing.documents.find((d) => d.id === 'c')!.flags.map((f) => f.kind)).not.toContain('outdated');
  });
});

describe('courtesy titles', () => {
  it('does not dispute a former holder whom one article still calls by the title', () => {
    const past = (id: string, tail: string) =>
      article({
        id,
        text: `Former president Ivo Brant opened a library. ${tail}`,
        entities: [
          {
            name: 'Ivo Brant',
            roles: [{ text: 'Former president', normalized: 'president of ostia', status: 'former' }],
          },
        ],
      });
    const courtesy = article({
      id: 'c',
      text: 'President Ivo Brant of Ostia cut the ribbon.',
      entities: [{ name: 'Ivo Brant', roles: [{ text: 'President', normalized: 'president of ostia' }] }],
    });
    const { briefing } = briefSynthetic([past('a', 'Children read.'), past('b', 'It was sunny.'), courtesy]);
    expect(briefing.disputes).toEqual([]);
  });
});
