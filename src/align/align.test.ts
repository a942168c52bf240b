import { describe, expect, it } from 'vitest';
import { article } from '../../test/e2e/synthetic.ts';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';
import { makeContext } from '../context.ts';
import type { Extracted } from '../model/mention.ts';
import { resolve } from '../resolve/index.ts';
import { align } from './index.ts';
import { sameQuote } from './quotes.ts';
import { keysOf } from './text.ts';

const ctx = makeContext({ now: new Date('2026-03-01T00:00:00Z') });
const run = (xs: Extracted[]) => align(resolve(xs, ctx).value, ctx).value;

describe('quote alignment', () => {
  it('matches verbatim, trimmed and lightly altered quotes', () => {
    expect(
      sameQuote('We will rebuild every school before winter.', 'we will rebuild every school before winter'),
    ).toBe(true);
    expect(sameQuote('We will rebuild every school before winter comes', 'rebuild every school')).toBe(true);
    expect(
      sameQuote(
        'We will rebuild every single school before winter comes',
        'We will rebuild every school before the winter comes',
      ),
    ).toBe(true);
  });
  it('keeps different quotes apart', () => {
    expect(sameQuote('We will rebuild every school', 'The bridge will open in spring')).toBe(false);
    expect(sameQuote('yes', 'yes we can')).toBe(false);
  });
});

describe('quantity alignment', () => {
  it('labels a toll by the people counted and the measure, and any other group by the words most members use', () => {
    const toll = (id: string, n: number) =>
      article({
        id,
        text: `The storm killed ${n} people in the valley and destroyed ${n * 10} homes along the river road.`,
        quantities: [
          { text: String(n), value: n, unit: 'people', about: 'people', keys: ['person', 'death'] },
          {
            text: String(n * 10),
            value: n * 10,
            unit: 'homes',
            about: 'homes along the river road',
            keys: ['home'],
          },
        ],
      });
    const groups = run([toll('a', 6), toll('b', 8)]).quantities;
    const labels = groups.map((g) => g.about).sort();
    expect(labels).toEqual(['homes along the river road', 'people killed']);
  });
  it('joins a toll an article repeats in other words, and keeps equal counts of other things apart', () => {
    const a = article({
      id: 'a',
      text: 'Blast kills at least 4.\nThe blast at the depot killed at least 4 workers. It destroyed 4 trucks.',
      quantities: [
        { text: 'at least 4', value: 4, qualifier: 'at least', unit: null, about: 'kills', keys: ['death'] },
        {
          text: 'at least 4 workers',
          value: 4,
          qualifier: 'at least',
          unit: 'workers',
          about: 'workers',
          keys: ['worker', 'death'],
        },
        { text: '4 trucks', value: 4, unit: 'trucks', about: 'trucks', keys: ['truck'] },
      ],
    });
    const b = article({
      id: 'b',
      text: 'The blast at the depot killed at least 6 people.',
      quantities: [
        {
          text: 'at least 6',
          value: 6,
          qualifier: 'at least',
          unit: 'people',
          about: 'people',
          keys: ['person', 'death'],
        },
      ],
    });
    const groups = run([a, b]).quantities.map((g) =>
      g.members.map((m) => `${m.doc}:${m.q.value}:${m.q.unit}`).sort(),
    );
    expect(groups).toContainEqual(['a:4:null', 'a:4:workers', 'b:6:people']);
    expect(groups).toContainEqual(['a:4:trucks']);
  });
  it('keeps a part of a toll named in the same sentence ("after two died in hospital") out of the comparison', () => {
    const dead = (text: string, value: number, unit: string | null) => ({
      text,
      value,
      qualifier: text.startsWith('at least') ? ('at least' as const) : null,
      unit,
      about: unit ?? 'killed',
      keys: ['death'],
    });
    const a = article({
      id: 'a',
      text: 'The toll of the depot blast has risen to at least 6, after two workers died in hospital.',
      quantities: [dead('at least 6', 6, null), dead('two workers', 2, 'workers')],
    });
    const b = article({
      id: 'b',
      text: 'The depot blast killed at least 6 people.',
      quantities: [dead('at least 6 people', 6, 'people')],
    });
    const c = article({
      id: 'c',
      text: 'The depot blast killed at least 5 workers.',
      quantities: [dead('at least 5 workers', 5, 'workers')],
    });
    const groups = run([a, b, c]).quantities.map((g) => g.members.map((m) => `${m.doc}:${m.q.value}`).sort());
    expect(groups).toContainEqual(['a:2']);
    expect(groups.find((g) => g.includes('a:6'))).toEqual(['a:6', 'b:6', 'c:5']);
  });
  it('leaves out numbers of a declared hypothetical section: they count nothing that happened', () => {
    const count = (text: string) => ({
      text,
      value: Number(text),
      unit: 'homes',
      about: 'homes',
      keys: ['home'],
    });
    const a = article({
      id: 'a',
      text: 'The flood reached 40 homes.\nScenario (Hypothetical)\nA bigger flood would reach 900 homes.',
      sections: [{ heading: 'Scenario (Hypothetical)', kind: 'hypothetical' }],
      quantities: [count('40'), count('900')],
    });
    const values = run([a]).quantities.flatMap((g) => g.members.map((m) => m.q.value));
    expect(values).toContain(40);
    expect(values).not.toContain(900);
  });
  it('takes a "since" date of the sentence as the scope of a count without one', () => {
    const a = article({
      id: 'a',
      text: 'Patrols have seized at least 20 boats carrying contraband since May.',
      quantities: [
        {
          text: 'at least 20',
          value: 20,
          qualifier: 'at least',
          unit: 'boats',
          about: 'boats carrying contraband',
          keys: ['boat', 'contraband'],
          scope: 'since May',
        },
      ],
    });
    const b = article({
      id: 'b',
      text: 'Since May 2025, patrols took at least 35 boats off the coast.',
      quantities: [
        {
          text: 'at least 35',
          value: 35,
          qualifier: 'at least',
          unit: 'boats',
          about: 'boats',
          keys: ['boat'],
        },
      ],
      dates: [
        {
          text: 'Since May 2025',
          resolved: '2025-05',
          event: 'patrols took boats',
          keys: ['patrol', 'boat'],
        },
      ],
    });
    const g = run([a, b]).quantities;
    expect(g).toHaveLength(1);
    expect(g[0]!.members.map((m) => m.q.scope)).toEqual(['since May', 'Since May 2025']);
  });
  it('never joins counts from one sentence', () => {
    const a = article({
      id: 'a',
      text: 'Patrols seized 20 boats and 35 boats of contraband.',
      quantities: [
        {
          text: '20 boats',
          value: 20,
          unit: 'boats',
          about: 'boats of contraband',
          keys: ['boat', 'contraband'],
        },
        {
          text: '35 boats',
          value: 35,
          unit: 'boats',
          about: 'boats of contraband',
          keys: ['boat', 'contraband'],
        },
      ],
    });
    expect(run([a]).quantities).toHaveLength(2);
  });
});

describe('date alignment', () => {
  it('does not make one event of two dates that share only the story subject', () => {
    const mk = (id: string, text: string, when: string, resolved: string, keys: string[]) =>
      article({
        id,
        text,
        entities: [{ name: 'Ivo Brant' }],
        dates: [{ text: when, resolved, event: text, keys }],
      });
    const xs = [
      mk('a', 'Ivo Brant signed the cartel law on March 3, 2025.', 'March 3, 2025', '2025-03-03', [
        'brant',
        'sign',
        'cartel',
        'law',
      ]),
      mk('b', 'Ivo Brant spoke about cartel raids on June 9, 2024.', 'June 9, 2024', '2024-06-09', [
        'brant',
        'spoke',
        'cartel',
        'raid',
      ]),
      mk('c', 'Ivo Brant met cartel victims on May 1, 2025.', 'May 1, 2025', '2025-05-01', [
        'brant',
        'met',
        'cartel',
        'victim',
      ]),
    ];
    expect(run(xs).dates).toHaveLength(3);
  });
});

describe('blocking', () => {
  it('aligns 3,000 claims across 30 articles without comparing all pairs', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x`);
    const xs = Array.from({ length: 30 }, (_, d) => {
      const text = Array.from({ length: 100 }, (_, s) => {
        const pick = (k: number) => words[(d * 7 + s * 13 + k * 31) % words.length];
        return `Word ${pick(0)} ${pick(1)} ${pick(2)} ${pick(3)} ${pick(4)} ${pick(5)}.`;
      }).join(' ');
      return article({ id: `d${d}`, text });
    });
    const t = cpuNow();
    const a = run(xs);
    expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
    expect(a.claims.length).toBeGreaterThan(0);
  });
});

describe('dates of a series', () => {
  it('keeps "another raid" on a later date apart from the first raid', () => {
    const a = article({
      id: 'a',
      text: 'Police raided the Harrow depot on March 2, 2025, seizing weapons.',
      dates: [
        {
          text: 'March 2, 2025',
          resolved: '2025-03-02',
          event: 'police raided the Harrow depot',
          keys: ['police', 'raid', 'harrow', 'depot'],
        },
      ],
    });
    const b = article({
      id: 'b',
      text: 'Police raided the Harrow depot again on April 9, 2025, seizing weapons.',
      dates: [
        {
          text: 'April 9, 2025',
          resolved: '2025-04-09',
          event: 'police raided the Harrow depot again',
          keys: ['police', 'raid', 'harrow', 'depot'],
        },
      ],
    });
    expect(run([a, b]).dates).toHaveLength(2);
  });
});

describe('increments', () => {
  it('never compares "another 5 killed" with a total', () => {
    const a = article({
      id: 'a',
      text: 'The fighting killed 12 people in the port.',
      quantities: [
        { text: '12', value: 12, unit: 'people', about: 'people killed', keys: ['people', 'kill'] },
      ],
    });
    const b = article({
      id: 'b',
      text: 'Shelling killed another 5 people in the port.',
      quantities: [{ text: '5', value: 5, unit: 'people', about: 'people killed', keys: ['people', 'kill'] }],
    });
    expect(run([a, b]).quantities).toHaveLength(2);
  });
});

describe('additions of people at large', () => {
  const added = (id: string, text: string, n: number, keys = ['person']) =>
    article({ id, text, quantities: [{ text: String(n), value: n, unit: 'people', about: 'people', keys }] });
  it('keeps "30 more people" led out apart from "another five people" rescued', () => {
    const a = added('a', 'About 30 more people were led out of the hall.', 30);
    const b = added('b', 'Crews rescued another 5 people from the roof.', 5);
    expect(run([a, b]).quantities).toHaveLength(2);
  });
  it('joins additions of people that share what befell them, and the same addition told twice', () => {
    const a = added('a', 'Crews rescued another 5 people from the roof.', 5, ['person', 'rescue']);
    const b = added('b', 'Firefighters rescued 7 more people from the top floor.', 7, ['person', 'rescue']);
    expect(run([a, b]).quantities).toHaveLength(1);
    const c = added('c', 'About 30 more people were led out of the hall.', 30);
    const d = added('d', 'Some 30 more people were then led out of the hall.', 30);
    expect(run([c, d]).quantities).toHaveLength(1);
  });
});

describe('counts within one article', () => {
  const count = (text: string, value: number, about: string) => ({
    text,
    value,
    about,
    keys: ['resident'],
    unit: 'residents',
  });
  it('keeps two different counts of one article apart and joins the same uncommon number across articles', () => {
    const a = article({
      id: 'a',
      text: 'The league speaks for about 4,000 residents. The county has about 52,000 residents.',
      quantities: [
        { ...count('about 4,000', 4000, 'residents'), qualifier: 'about' },
        { ...count('about 52,000', 52000, 'residents'), qualifier: 'about' },
      ],
    });
    const b = article({
      id: 'b',
      text: 'It filed suit for 4,012 residents.',
      quantities: [count('4,012', 4012, 'residents')],
    });
    const groups = run([a, b]).quantities.map((g) => g.members.map((m) => `${m.doc}:${m.q.value}`));
    expect(groups).toContainEqual(['a:4000', 'b:4012']);
    expect(groups).toContainEqual(['a:52000']);
  });
});

describe('dates of statements', () => {
  it('never makes the day a source spoke the date of the event it spoke about', () => {
    const a = article({
      id: 'a',
      text: 'Storm Idra made landfall at Port Sall on Monday, killing four people.',
      dates: [
        {
          text: 'on Monday',
          resolved: '2025-09-08',
          event: 'Storm Idra made landfall at Port Sall',
          keys: ['storm', 'idra', 'landfall', 'port', 'sall'],
        },
      ],
    });
    const b = article({
      id: 'b',
      text: 'Storm Idra killed 23 people at Port Sall, officials said on Thursday.',
      dates: [
        {
          text: 'on Thursday',
          resolved: '2025-09-11',
          event: 'Storm Idra killed 23 people at Port Sall',
          keys: ['storm', 'idra', 'kill', 'port', 'sall'],
        },
      ],
    });
    expect(run([a, b]).dates).toHaveLength(2);
  });
});

describe('what a count counts', () => {
  it('does not take "died" for the measure of homes or of an age beside it', () => {
    const a = article({
      id: 'a',
      text: 'A resident, 71-year-old Tom Reade, died after refusing to leave.',
      quantities: [
        { text: '71', value: 71, unit: 'years old', about: 'year-old Tom Reade', keys: ['reade', 'age'] },
      ],
    });
    const b = article({
      id: 'b',
      text: 'A man died, the first death in a fire that destroyed more than 150 homes.',
      quantities: [
        {
          text: 'more than 150',
          value: 150,
          qualifier: 'over',
          unit: 'homes',
          about: 'homes',
          keys: ['home'],
        },
      ],
    });
    expect(run([a, b]).quantities).toHaveLength(2);
  });
});

describe('dates of measured states', () => {
  it('never makes "by Friday evening" and "by Saturday morning" one event', () => {
    const mk = (id: string, text: string, when: string, resolved: string) =>
      article({
        id,
        text,
        dates: [{ text: when, resolved, event: text, keys: ['fire', 'burn', 'acre', 'contain', 'ridge'] }],
      });
    const xs = [
      mk(
        'a',
        'The Ridge fire had burned 14,000 acres by Friday evening and was 5% contained.',
        'Friday evening',
        '2025-08-01',
      ),
      mk(
        'b',
        'By Saturday morning the Ridge fire had burned 21,000 acres and was 10% contained.',
        'Saturday morning',
        '2025-08-02',
      ),
    ];
    expect(run(xs).dates).toHaveLength(2);
  });
});

describe('words for one happening', () => {
  it('gives "began" and "started" one key, and leaves other words alone', () => {
    expect(keysOf('The fire began near the camp')).toContain('start');
    expect(keysOf('The fire started near the camp')).toContain('start');
    expect(keysOf('The fire burned near the camp')).not.toContain('start');
    expect(keysOf('$110 billion in disaster relief')).toEqual(keysOf('$100 billion in disaster aid'));
  });
});

describe('two dates in one sentence', () => {
  it('joins the date whose own clause names the event, not the date of a later claim about it', () => {
    const a = article({
      id: 'a',
      text: 'A drone strike hit a fuel depot near Vell on Tuesday.',
      dates: [
        {
          text: 'on Tuesday',
          resolved: '2025-03-11',
          event: 'drone strike hit fuel depot near Vell',
          keys: ['drone', 'strike', 'fuel', 'depot', 'vell'],
        },
      ],
    });
    const c = article({
      id: 'c',
      text: "The Front on Wednesday claimed responsibility for Tuesday's drone strike on a fuel depot near Vell.",
      dates: [
        {
          text: 'on Wednesday',
          resolved: '2025-03-12',
          event: 'Front claimed responsibility for drone strike on fuel depot',
          keys: ['front', 'claim', 'drone', 'strike', 'fuel', 'depot'],
        },
        {
          text: "Tuesday's",
          resolved: '2025-03-11',
          event: 'drone strike on fuel depot near Vell',
          keys: ['drone', 'strike', 'fuel', 'depot', 'vell'],
        },
      ],
    });
    // Other dated events of the story, so that the strike's words are rare among its dates.
    const other = (id: string, text: string, when: string, resolved: string, keys: string[]) =>
      article({ id, text, dates: [{ text: when, resolved, event: text, keys }] });
    const xs = [
      a,
      c,
      other('d', 'Talks opened in Mora on Monday.', 'on Monday', '2025-03-10', ['talk', 'open', 'mora']),
      other('e', 'Prices rose at pumps on Friday.', 'on Friday', '2025-03-14', ['price', 'rose', 'pump']),
      other('f', 'The border closed in January.', 'in January', '2025-01', ['border', 'close']),
    ];
    const groups = run(xs).dates.map((g) => g.members.map((m) => `${m.doc}:${m.date.mention.text}`));
    expect(groups).toContainEqual(['a:on Tuesday', "c:Tuesday's"]);
    expect(groups).toContainEqual(['c:on Wednesday']);
  });
});

describe('best matches first', () => {
  it('gives an event the date that fits it best, whichever article comes first', () => {
    const mk = (id: string, text: string, when: string, resolved: string, keys: string[]) =>
      article({ id, text, dates: [{ text: when, resolved, event: text, keys }] });
    const xs = [
      mk('a', 'The House passed the stopgap spending bill on Friday.', 'on Friday', '2024-12-20', [
        'house',
        'pass',
        'stopgap',
        'spend',
        'bill',
      ]),
      article({
        id: 'b',
        text: 'Congress approved the spending bill on Saturday. The House had passed the stopgap bill on Friday.',
        dates: [
          {
            text: 'on Saturday',
            resolved: '2024-12-21',
            event: 'Congress approved the spending bill',
            keys: ['congress', 'approv', 'spend', 'bill'],
          },
          {
            text: 'on Friday',
            resolved: '2024-12-20',
            event: 'The House had passed the stopgap bill',
            keys: ['house', 'pass', 'stopgap', 'bill'],
          },
        ],
      }),
      mk('c', 'Talks opened in Mora on Monday.', 'on Monday', '2024-12-16', ['talk', 'open', 'mora']),
      mk('d', 'Prices rose at pumps on Tuesday.', 'on Tuesday', '2024-12-17', ['price', 'rose', 'pump']),
    ];
    const groups = run(xs).dates.map((g) => g.members.map((m) => `${m.doc}:${m.date.mention.text}`));
    expect(groups).toContainEqual(['a:on Friday', 'b:on Friday']);
  });
});

describe('tolls of different people', () => {
  const toll = (id: string, text: string, n: number, unit: string) =>
    article({ id, text, quantities: [{ text: String(n), value: n, unit, about: unit, keys: [unit] }] });
  it('keeps soldiers killed apart from civilians killed, but lets troops meet soldiers and people meet either', () => {
    const groups = (xs: Extracted[]) => run(xs).quantities.map((g) => g.members.map((m) => m.doc));
    expect(
      groups([
        toll('a', 'Shelling killed 6 soldiers.', 6, 'soldiers'),
        toll('b', 'Shelling killed 3 civilians.', 3, 'civilians'),
      ]),
    ).toEqual([['a'], ['b']]);
    expect(
      groups([
        toll('a', 'Shelling killed 6 soldiers.', 6, 'soldiers'),
        toll('b', 'Shelling killed 7 troops.', 7, 'troops'),
      ]),
    ).toEqual([['a', 'b']]);
    expect(
      groups([
        toll('a', 'Shelling killed 6 soldiers.', 6, 'soldiers'),
        toll('b', 'Shelling killed 9 people.', 9, 'people'),
      ]),
    ).toEqual([['a', 'b']]);
  });
  it("lets a firm's employees meet its workers, never soldiers", () => {
    const groups = (xs: Extracted[]) => run(xs).quantities.map((g) => g.members.map((m) => m.doc));
    expect(
      groups([
        toll('a', 'The blaze killed 3 bank employees.', 3, 'employees'),
        toll('b', 'The blaze killed 3 bank workers.', 3, 'workers'),
      ]),
    ).toEqual([['a', 'b']]);
    expect(
      groups([
        toll('a', 'The blaze killed 3 bank employees.', 3, 'employees'),
        toll('b', 'The blaze killed 3 soldiers.', 3, 'soldiers'),
      ]),
    ).toEqual([['a'], ['b']]);
  });
});

describe('"by" before a date', () => {
  it('still dates the event in "killed by Tuesday\'s blast"', () => {
    const mk = (id: string, text: string, when: string) =>
      article({
        id,
        text,
        dates: [
          { text: when, resolved: '2025-03-11', event: text, keys: ['blast', 'depot', 'vell', 'kill'] },
        ],
      });
    const xs = [
      mk('a', "Three workers were killed by Tuesday's blast at the Vell depot.", "Tuesday's"),
      mk('b', 'A blast at the Vell depot killed three workers on Tuesday.', 'on Tuesday'),
    ];
    expect(run(xs).dates).toHaveLength(1);
  });
});

describe('vague counts and magnitudes', () => {
  const q = (id: string, text: string, words: string, value: number, unit: string | null, keys: string[]) =>
    article({ id, text, quantities: [{ text: words, value, unit, about: keys.join(' '), keys }] });
  it('keeps "dozens" out of every group, so it neither disputes nor blocks a precise count', () => {
    const a = q('a', 'More than 60 people were injured.', 'More than 60', 60, 'people', ['person', 'injury']);
    const b = article({
      id: 'b',
      text: 'The quake injured dozens. At least 65 were injured, officials said.',
      quantities: [
        { text: 'dozens', value: 24, about: 'injured', keys: ['injury'] },
        { text: 'At least 65', value: 65, qualifier: 'at least', about: 'injured', keys: ['injury'] },
      ],
    });
    const groups = run([a, b]).quantities.map((g) => g.members.map((m) => `${m.doc}:${m.q.value}`));
    expect(groups).toContainEqual(['a:60', 'b:65']);
    expect(groups).toContainEqual(['b:24']);
  });
  it('compares the magnitudes two agencies give one earthquake', () => {
    const a = q('a', 'A magnitude 7.0 earthquake struck.', '7.0', 7, 'magnitude', ['earthquake']);
    const b = q('b', 'A 6.8-magnitude earthquake hit.', '6.8', 6.8, 'magnitude', ['earthquake', 'magnitude']);
    expect(run([a, b]).quantities).toHaveLength(1);
  });
});
