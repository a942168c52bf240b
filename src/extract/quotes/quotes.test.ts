import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../../test/support/cpu.ts';
import { makeContext } from '../../context.ts';
import type { DocEntity } from '../../model/mention.ts';
import { type FoundQuote, findQuotes } from './index.ts';
import { type EntityDef, makeEntities, makeSeg } from './testkit.ts';

const ctx = makeContext({ now: new Date('2026-03-01T00:00:00Z') });

const PEOPLE: EntityDef[] = [
  { name: 'Lena Ortiz', aliases: ['Ortiz', 'Mayor Ortiz'], roles: ['mayor of Dunmore'] },
  { name: 'Hal Brenner', aliases: ['Brenner', 'Governor Hal Brenner'], roles: ['governor of Westland'] },
  { name: 'Dana Poole', aliases: ['Poole'], roles: ['host'] },
  { name: 'Tomas Rivek', aliases: ['Rivek'], roles: ['finance minister'] },
  { name: 'Channel Nine', type: 'org' },
  { name: 'Dunmore Herald', type: 'org' },
];

function run(text: string, defs: EntityDef[] = PEOPLE): { quotes: FoundQuote[]; ents: DocEntity[] } {
  const ents = makeEntities(text, defs);
  const r = findQuotes(makeSeg(text), ents, ctx);
  return { quotes: r.value, ents };
}

const idOf = (ents: DocEntity[], name: string): string => (ents.find((e) => e.name === name) as DocEntity).id;

function only(text: string, snippet: string, defs?: EntityDef[]): { q: FoundQuote; ents: DocEntity[] } {
  const { quotes, ents } = run(text, defs);
  const q = quotes.find((x) => x.text.includes(snippet));
  if (!q) throw new Error(`no quote with "${snippet}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return { q, ents };
}

describe('findQuotes: speaker patterns', () => {
  it('“…,” X said', () => {
    const text = '“We will rebuild the harbor before winter comes,” Lena Ortiz said.';
    const { q, ents } = only(text, 'rebuild the harbor');
    expect(q.text).toBe('We will rebuild the harbor before winter comes,');
    expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
    expect(q.speakerText).toBe('Lena Ortiz');
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
    expect(q.attribution && text.slice(q.attribution.start, q.attribution.end)).toBe('Lena Ortiz said');
  });

  it('“…,” said X, with an appositive after the name', () => {
    const text =
      '“The budget is balanced for the first time in years,” said Tomas Rivek, the finance minister.';
    const { q, ents } = only(text, 'budget is balanced');
    expect(q.speakerText).toBe('Tomas Rivek');
    expect(q.speaker).toBe(idOf(ents, 'Tomas Rivek'));
  });

  it('“…,” the agency said, quoting X: X spoke, the agency relayed', () => {
    const text =
      '“The harbor will close to tankers from Monday,” the Dunmore Herald said, quoting Mayor Ortiz.';
    const { q, ents } = only(text, 'harbor will close');
    expect(q.speakerText).toBe('Mayor Ortiz');
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
    // Must not match: "quoting" far from the verb is no relay.
    const twin = '“The harbor will close to tankers from Monday,” the Dunmore Herald said.';
    expect(only(twin, 'harbor will close').q.speakerText).toBe('the Dunmore Herald');
  });

  it('“… .” X wrote in a letter …: a quote ending its sentence, then a name and its means', () => {
    const text =
      '“Our port may face lawsuits in foreign courts.” Lena Ortiz wrote in a letter delivered Tuesday.';
    expect(only(text, 'lawsuits').q.speakerText).toBe('Lena Ortiz');
    // Must not match: the next sentence says something of its own.
    const twin =
      '“Our port may face lawsuits in foreign courts.” Lena Ortiz said on Tuesday that the port is safe.';
    expect(only(twin, 'lawsuits').q.speakerText).toBeFalsy();
  });

  it('“…?” another asks, one of the queries asks: a text is no speaker', () => {
    for (const text of [
      '“What did you know about the harbor deal?” another asks.',
      '“Who approved the fund for the harbor?” one of the queries asks.',
    ])
      expect(run(text).quotes.map((q) => q.speakerText ?? null)).toEqual([null]);
    // Must not match: a person after the same verb.
    expect(only('“Who approved the fund?” asked Lena Ortiz.', 'approved').q.speakerText).toBe('Lena Ortiz');
  });

  it('“…?” X planned to ask: the speaker is X', () => {
    const text = '“Who approved the fund for the harbor?” Lena Ortiz planned to ask, according to the list.';
    const { q, ents } = only(text, 'approved the fund');
    expect(q.speakerText).toBe('Lena Ortiz');
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('X told Y’s Z that …: the addressee is not the speaker, the outlet is the venue', () => {
    const text =
      'Governor Hal Brenner told Channel Nine’s Dana Poole that the dam was checked twice: “Nobody in this valley is in any danger tonight.”';
    const { q, ents } = only(text, 'Nobody in this valley');
    expect(q.speaker).toBe(idOf(ents, 'Hal Brenner'));
    expect(q.speaker).not.toBe(idOf(ents, 'Dana Poole'));
    expect(q.venue).toBe('Channel Nine');
  });

  it('“…,” X told reporters: venue reporters', () => {
    const { q, ents } = only(
      '“We have no reason to doubt the engineers at all,” Brenner told reporters.',
      'no reason',
    );
    expect(q.speaker).toBe(idOf(ents, 'Hal Brenner'));
    expect(q.venue).toBe('reporters');
  });

  it('X told a person: no venue', () => {
    const { q, ents } = only(
      '“The road will reopen on Monday morning at the latest,” Brenner told Poole.',
      'road will',
    );
    expect(q.speaker).toBe(idOf(ents, 'Hal Brenner'));
    expect(q.venue).toBeNull();
  });

  it('according to X', () => {
    const { q, ents } = only(
      '“The vote will be held on Friday as planned,” according to Lena Ortiz.',
      'vote will',
    );
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('X added, “…” and X declared, “…”', () => {
    const text =
      'Brenner spoke first. Ortiz added, “We will publish every inspection report online.”\nBrenner declared, “This valley will never flood like that again.”';
    const { quotes, ents } = run(text);
    expect(quotes.map((q) => q.speaker)).toEqual([idOf(ents, 'Lena Ortiz'), idOf(ents, 'Hal Brenner')]);
  });

  it('X hinted / disclosed / revealed that “…”: verbs of letting something be known report speech', () => {
    for (const verb of ['hinted', 'disclosed', 'revealed']) {
      const { q, ents } = only(
        `Mayor Ortiz ${verb} that “direct talks at the highest level” had taken place.`,
        'direct talks',
      );
      expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
    }
    // Must not match: a verb that reports no speech leaves the quote unattributed to the name before it.
    const { quotes } = run(
      'Mayor Ortiz visited the harbour where “direct talks at the highest level” had taken place.',
    );
    expect(quotes.filter((x) => x.speaker !== null)).toEqual([]);
  });

  it('“…,” X explained.', () => {
    const { q, ents } = only(
      '“The pumps failed because the backup generator was never tested,” Ortiz explained.',
      'pumps failed',
    );
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('X told reporters: “…” (colon introduction)', () => {
    const { q, ents } = only(
      'Ortiz told reporters: “The council has the money and it will spend it.”',
      'council has',
    );
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
    expect(q.venue).toBe('reporters');
  });

  it('…, saying, “…”: the subject of the sentence speaks', () => {
    const text =
      'Lena Ortiz rejected the audit on Tuesday after meeting Brenner, saying, “These numbers were never checked by anyone.”';
    const { q, ents } = only(text, 'These numbers');
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('in an interview with an outlet', () => {
    const { q } = only(
      '“The tax will not rise while I am in office,” Ortiz said in an interview with the Dunmore Herald.',
      'tax will not',
    );
    expect(q.venue).toBe('Dunmore Herald');
  });

  it('straight double marks work as curly ones', () => {
    const { q, ents } = only('"We are ready for the storm season this year," Ortiz said.', 'storm season');
    expect(q.text).toBe('We are ready for the storm season this year,');
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });
});

describe('findQuotes: more attribution shapes', () => {
  it('a straight apostrophe possessive outlet is the venue too', () => {
    const text =
      "Brenner told Channel Nine' Dana Poole on Sunday: “Every family in the valley will get help this week.”";
    const { q, ents } = only(text, 'Every family');
    expect(q.speaker).toBe(idOf(ents, 'Hal Brenner'));
    expect(q.venue).toBe('Channel Nine');
  });

  it('an appositive between the name and the verb', () => {
    const text =
      '“We will not raise the water tax this year or next,” Rivek, the finance minister, told reporters.';
    const { q, ents } = only(text, 'water tax');
    expect(q.speakerText).toBe('Rivek');
    expect(q.speaker).toBe(idOf(ents, 'Tomas Rivek'));
    expect(q.venue).toBe('reporters');
  });

  it('an interrupted sentence: “A,” she said, “B.”', () => {
    const text = '“We rebuilt the school,” Ortiz said, “and next year we will rebuild the library as well.”';
    const { quotes, ents } = run(text);
    expect(quotes.map((q) => q.speaker)).toEqual([idOf(ents, 'Lena Ortiz'), idOf(ents, 'Lena Ortiz')]);
  });

  it('a noun that looks like a verb does not attribute ("a follow-up tweet – “…”")', () => {
    const text = 'Follow-up tweet (June 2) – “The valley will be rebuilt stone by stone, whatever it costs.”';
    const { quotes } = run(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speakerText).toBeNull();
  });

  it('"calling for" is no speech: the short term stays a scare quote', () => {
    const text = 'Brenner repeatedly framed the flood as a test, calling for “hard-line” rules on building.';
    expect(run(text).quotes).toEqual([]);
  });
});

describe('findQuotes: attributions seen in other news styles', () => {
  it('“…” X said. without a comma', () => {
    const { q, ents } = only(
      '“We have never had demand like this in twenty years” Ortiz said.',
      'never had demand',
    );
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('a long appositive between the name and the verb', () => {
    const text =
      '“This is mainly due to the change in rainfall over the valley,” Rivek, a research analyst at the Dunmore water institute, said.';
    const { q, ents } = only(text, 'mainly due');
    expect(q.speaker).toBe(idOf(ents, 'Tomas Rivek'));
  });

  it('a title, a name, a party tag and an appositive before the verb', () => {
    const text =
      '“We sure do not want a guard at every door,” Gov. Hal Brenner, D-Pa., captain of the state team, told reporters.';
    const { q, ents } = only(text, 'guard at every door');
    expect(q.speaker).toBe(idOf(ents, 'Hal Brenner'));
  });

  it('X, a party tag, an appositive, said: “…”: the tag is no speaker', () => {
    const text =
      'Gov. Hal Brenner, D-Pa., captain of the state team, said: “We sure do not want a guard at every door.”';
    const { q, ents } = only(text, 'guard at every door');
    expect(q.speaker).toBe(idOf(ents, 'Hal Brenner'));
  });

  it('a time phrase opening the sentence is no speaker: “Thursday night, the X issued a statement saying …”', () => {
    const text =
      'Thursday night, the Dunmore Herald issued a statement saying Ortiz “had a second operation on her leg.”';
    const { q, ents } = only(text, 'second operation');
    expect(q.speaker).toBe(idOf(ents, 'Dunmore Herald'));
  });

  it('must not match: a name that is also a month stays the speaker', () => {
    const defs: EntityDef[] = [{ name: 'June Poole', aliases: ['Poole'], roles: ['host'] }];
    const text = 'June Poole, the host, said: “We sure do not want a guard at every door.”';
    const { q, ents } = only(text, 'guard at every door', defs);
    expect(q.speaker).toBe(idOf(ents, 'June Poole'));
  });

  it('a list of speakers: the first named leads, a leading time phrase is none of them', () => {
    const text = 'Brenner, Poole and Ortiz noted that Rivek “never said he felt pressed by the council.”';
    expect(only(text, 'never said').q.speaker).toBe(idOf(only(text, 'never said').ents, 'Hal Brenner'));
    const dated = 'On Monday, Brenner and Ortiz said the memo “was thin and proved nothing at all.”';
    expect(only(dated, 'was thin').q.speaker).toBe(idOf(only(dated, 'was thin').ents, 'Hal Brenner'));
  });

  it('X, the Y, said: “…”', () => {
    const text = 'Brenner, the state governor, said: “The state does not support any new dam on the river.”';
    const { q, ents } = only(text, 'does not support');
    expect(q.speaker).toBe(idOf(ents, 'Hal Brenner'));
  });

  it('a description ending in the name', () => {
    const text =
      '“Scientists have not yet found the cause of the flooding,” lead engineer and state hydrologist Lena Ortiz said.';
    const { q, ents } = only(text, 'not yet found');
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('reported speech running on into the quote', () => {
    const text =
      'Ortiz later wrote that the town’s flood plan “needs to be a dinner table conversation in every home.”';
    const { q, ents } = only(text, 'dinner table');
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });
});

describe('findQuotes: the phrase before the verb is not always the speaker', () => {
  const spk = (text: string, snippet: string, defs?: EntityDef[]) => {
    const { q, ents } = only(text, snippet, defs);
    return ents.find((e) => e.id === q.speaker)?.name ?? null;
  };
  it('walks back over a prepositional phrase to the speaker: "Ortiz at times said", "X at the ruins of Y described"', () => {
    expect(
      spk('Mayor Ortiz at times said “the river is a friend to this town” to visitors.', 'river is a friend'),
    ).toBe('Lena Ortiz');
    expect(
      spk(
        'Brenner at the ruins of the Dunmore Herald depot described the crews as “heroes of the night” later.',
        'heroes',
      ),
    ).toBe('Hal Brenner');
  });
  it('must not match: a spokesman for an organisation speaks for it, and a name with "for" in it is one name', () => {
    expect(
      spk('A spokesman for Channel Nine said: “We are grateful to the crews for their help.”', 'grateful'),
    ).toBe('Channel Nine');
    const defs: EntityDef[] = [
      { name: 'Center for Harbor Studies', type: 'org' },
      { name: 'Maritime Studies Program', type: 'org' },
    ];
    const text =
      'Ida Holm of the Maritime Studies Program waved. In a paper, the Dunmore-based Center for Harbor Studies said that “the port will need years to recover.”';
    expect(spk(text, 'port will need', defs)).toBe('Center for Harbor Studies');
  });
  it('keeps an "of" phrase in the speaker\'s noun phrase: "the editor of the Dunmore Herald said"', () => {
    expect(
      spk(
        'The editor of the Dunmore Herald said “the paper will print on Monday” after the fire.',
        'will print',
      ),
    ).toBe('Dunmore Herald');
  });
  it('takes the name between commas after a role: "The head of the union, Hal Brenner, said"', () => {
    expect(
      spk(
        'The head of the dock workers union, Hal Brenner, said: “The workers were asked to give up too much.”',
        'give up too much',
      ),
    ).toBe('Hal Brenner');
    // Must not match: a party tag or one word between the commas is no speaker of its own
    expect(
      spk('Gov. Hal Brenner, D-Pa., said: “The workers were asked to give up too much.”', 'give up too much'),
    ).toBe('Hal Brenner');
  });
  it('skips a leading subordinate clause or time phrase before the subject of "…, saying"', () => {
    expect(
      spk(
        'Although the mayor was away, Brenner toured the ward on Friday, saying “the roof is gone.”',
        'roof is gone',
      ),
    ).toBe('Hal Brenner');
    expect(
      spk(
        'Just days earlier, Brenner raised doubts about the plan, adding he would “walk out of the talks” if needed.',
        'walk out of the talks',
      ),
    ).toBe('Hal Brenner');
  });
  it('gives a second verb of the subject to the subject, not to the reported clause: "X lives close by and said the match was …"', () => {
    expect(
      spk(
        'Dana Poole lives close by and said the match was “a rare calm moment this year.”',
        'rare calm moment',
      ),
    ).toBe('Dana Poole');
  });
});

describe('findQuotes: speaker phrases that are not speakers', () => {
  it('he opening a sentence is the earlier subject, not the person he addresses', () => {
    const text =
      'Ortiz spoke first at the hearing.\nHe urged Brenner to sign the levee deal as soon as possible, saying, “Every week we wait costs the valley more money.”';
    const { q, ents } = only(text, 'Every week');
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('a conjunction or a clause after the quote is no speaker', () => {
    const text = [
      '“The river will rise again next spring, as it always has,” but cautions remain about the new levee.',
      '“The new levee will hold for fifty years at least,” said Brenner would be the official line.',
    ].join('\n');
    const { quotes, ents } = run(text);
    expect(quotes[0]?.speakerText).toBeNull();
    expect(quotes[1]?.speakerText).toBe('Brenner');
    expect(quotes[1]?.speaker).toBe(idOf(ents, 'Hal Brenner'));
  });

  it('a passive "were called" after a quote is no speaker; the earlier speaker goes on', () => {
    const text =
      'Hal Brenner said: "The levee held all night. " "We kept the water from the town. " ' +
      'Engineers were called to check the pumps.';
    const { quotes } = run(text);
    expect(quotes.map((q) => q.speakerText)).toEqual(['Hal Brenner', 'Hal Brenner']);
    // Must not match: the active "called" after a quote still names its speaker.
    const twin = run('"The levee is a disgrace," Brenner called it in a note to the council.');
    expect(twin.quotes[0]?.speakerText).toBe('Brenner');
  });

  it('only speech verbs that invert put the speaker after them', () => {
    const text =
      '“The old bridge is closed until further notice for all traffic,” called “Bridge Watch” on its page.';
    expect(run(text).quotes[0]?.speakerText).toBeNull();
  });
});

describe('findQuotes: possessives and abbreviations', () => {
  it('“…,” said U.S. Attorney X: the abbreviation does not end the attribution', () => {
    const defs: EntityDef[] = [{ name: 'Nora Vale', aliases: ['Vale'] }];
    const text = '“We believe justice has been served in this case today,” said U.S. Attorney Nora Vale.';
    const { q, ents } = only(text, 'justice has been served', defs);
    expect(q.speakerText).toBe('U.S. Attorney Nora Vale');
    expect(q.speaker).toBe(idOf(ents, 'Nora Vale'));
  });

  it('“…,” Sgt. X told … / police Const. X said: a rank written short does not end the attribution', () => {
    const defs: EntityDef[] = [{ name: 'Nora Vale', aliases: ['Vale'] }];
    for (const rank of ['Sgt.', 'Const.', 'Det.', 'Cpl.']) {
      const text = `“The road stays shut until noon,” harbour police ${rank} Nora Vale told reporters.`;
      const { q, ents } = only(text, 'road stays shut', defs);
      expect(q.speaker).toBe(idOf(ents, 'Nora Vale'));
    }
  });

  it('X’s mother …, describing …: the mother speaks, not X', () => {
    const text = 'Ortiz’s mother testified on Monday, describing her daughter as “brave, strong and smart.”';
    const { q } = only(text, 'brave');
    expect(q.speakerText).toBe('Ortiz’s mother');
    expect(q.speaker).toBeNull();
  });

  it('X’s remarks …, saying: X speaks', () => {
    const text =
      'Brenner’s remarks drew anger across the valley, saying, “The levee was never our responsibility at all.”';
    const { q, ents } = only(text, 'levee was never');
    expect(q.speaker).toBe(idOf(ents, 'Hal Brenner'));
  });
});

describe('findQuotes: pronouns and roles', () => {
  it('she → the nearest earlier person subject', () => {
    const text =
      'Ortiz spoke after the meeting with the engineers. “We are not going to close the clinic this year,” she said.';
    const { q, ents } = only(text, 'close the clinic');
    expect(q.speakerText).toBe('she');
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('he → the subject, not a person named later as an object', () => {
    const text =
      'Brenner met Ortiz on Monday to discuss the levee. He said, “The state will pay for every repair this year.”';
    const { q, ents } = only(text, 'state will pay');
    expect(q.speaker).toBe(idOf(ents, 'Hal Brenner'));
  });

  it('whom he described as a “…”: a short phrase kept as partial, speaker is the subject', () => {
    const text = 'Brenner clashed with Mayor Lena Ortiz, whom he described as a “reckless dreamer.”';
    const { q, ents } = only(text, 'reckless dreamer');
    expect(q.partial).toBe(true);
    expect(q.speaker).toBe(idOf(ents, 'Hal Brenner'));
  });

  it('the governor / the former governor → the entity holding that role', () => {
    const text =
      'Brenner toured the dam with Ortiz.\n“The dam will hold through the spring,” the governor said.\n“The spillway was built for a flood twice this size,” the former governor added.';
    const { quotes, ents } = run(text);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(q.speaker).toBe(idOf(ents, 'Hal Brenner'));
  });

  it('a role held by two people → the one mentioned last', () => {
    const defs: EntityDef[] = [
      { name: 'Ana Sol', aliases: ['Sol'], roles: ['mayor of Eastport'] },
      { name: 'Lena Ortiz', aliases: ['Ortiz'], roles: ['mayor of Dunmore'] },
    ];
    const text =
      'Sol opened the bridge. Later Ortiz visited the harbor.\n“The harbor is the heart of this city and always was,” the mayor said.';
    const { q, ents } = only(text, 'harbor is the heart', defs);
    expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('a role with no entity keeps its words and no id', () => {
    const { q } = only(
      '“Nobody expected the river to rise this fast in March,” the analyst said.',
      'Nobody expected',
    );
    expect(q.speakerText).toBe('the analyst');
    expect(q.speaker).toBeNull();
  });
});

describe('findQuotes: continued and interrupted quotes', () => {
  it('a paragraph left open and the next opening with a mark: one speech, same speaker', () => {
    const text =
      'Ortiz said: “The first thing we did was count the damaged homes.\n“Then we asked every family what they needed most, and we wrote it all down.”';
    const { quotes, ents } = run(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.text).toBe('The first thing we did was count the damaged homes.');
    for (const q of quotes) expect(q.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('attribution at the end of the continuation names the speaker of the first paragraph too', () => {
    const text =
      '“The first thing we did was count the damaged homes in the valley.\n“Then we asked every family what they needed,” Ortiz said.';
    const { quotes, ents } = run(text);
    expect(quotes.map((q) => q.speaker)).toEqual([idOf(ents, 'Lena Ortiz'), idOf(ents, 'Lena Ortiz')]);
  });

  it('“A,” X said. “B.”: the second part has the same speaker', () => {
    const text = '“We tried,” Ortiz said. “But the river rose faster than anyone expected this spring.”';
    const { quotes, ents } = run(text);
    expect(quotes.map((q) => q.text)).toEqual([
      'We tried,',
      'But the river rose faster than anyone expected this spring.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual([idOf(ents, 'Lena Ortiz'), idOf(ents, 'Lena Ortiz')]);
  });

  it('a paragraph that is only a quote continues the previous paragraph’s speaker', () => {
    const text =
      '“The river rose faster than anyone expected,” Ortiz said.\n“We will need help from the province and from the army.”';
    const { quotes, ents } = run(text);
    expect(quotes[1]?.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('an unattributed quote after plain paragraphs gets no speaker', () => {
    const text =
      '“The river rose faster than anyone expected,” Ortiz said.\nThe council met on Friday.\n“We will need help from the province and from the army.”';
    const { quotes } = run(text);
    expect(quotes[1]?.speaker).toBeNull();
  });
});

describe('findQuotes: straight marks spaced as in tokenised copies', () => {
  it('a mark glued to the next word opens a quote while one runs on unclosed; the closing marks still pair', () => {
    const text =
      'Ortiz said : "The water rose fast. " "Then it reached the roof. "We saved the school. " Crews pumped ' +
      'water all night. Brenner said : "Nobody was hurt. " The inquiry began.';
    const { quotes, ents } = run(text);
    const hurt = quotes.find((q) => q.text === 'Nobody was hurt.');
    expect(hurt?.speaker).toBe(idOf(ents, 'Hal Brenner'));
    // Must not match: the narration between two quotes is no quote.
    expect(quotes.some((q) => q.text.includes('Crews pumped'))).toBe(false);
  });

  it('must not match: after a comma, ! or ? a mark glued to the next word closes, and the attribution follows', () => {
    const text =
      '"They fear nothing at all, "Lena Ortiz, the mayor, told Channel Nine.\n' +
      '"This is murder! "Governor Hal Brenner said in the chamber.';
    const { quotes, ents } = run(text);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['They fear nothing at all,', idOf(ents, 'Lena Ortiz')],
      ['This is murder!', idOf(ents, 'Hal Brenner')],
    ]);
  });
});

describe('findQuotes: must not match', () => {
  it('scare quotes around terms are no quotes of a person', () => {
    const text = [
      'The plan is part of the government’s “war on waste.”',
      'Officials have labeled the groups “regional threat networks” in recent filings.',
      'The plan amounts to a “strategic reset” of the economy.',
      'The so-called “green corridor” opened in May.',
      'Lawyers justified the raids as a “non-routine civil emergency” against “smugglers” and “unlawful traders,” echoing older rules.',
      'A group called “Friends of the River” organised the march.',
    ].join('\n');
    expect(run(text).quotes).toEqual([]);
  });

  it('a stray closing mark does not open a quote that swallows the article', () => {
    const text = [
      'Agreement.”',
      'The council met on Friday and voted on the budget for next year.',
      '“The budget is fair to every district,” Ortiz said.',
      'Critics disagreed.',
    ].join('\n');
    const { quotes } = run(text);
    expect(quotes.map((q) => q.text)).toEqual(['The budget is fair to every district,']);
  });

  it('an opening mark never closed stays inside its paragraph and is dropped', () => {
    const text = [
      'Ortiz said “the budget is fair to every district in the city and then some',
      'The council met on Friday and voted on the budget for next year.',
      '“We will appeal the ruling as soon as we can,” Brenner said.',
    ].join('\n');
    const { quotes, ents } = run(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBe(idOf(ents, 'Hal Brenner'));
  });

  it('a quoted title followed by a parenthesis and a verb is not attributed to the parenthesis', () => {
    const text = 'The “Coastal Defense Fund” (Fondo Costero) supports repairs.';
    expect(run(text).quotes).toEqual([]);
  });
});

describe('findQuotes: nested quotes', () => {
  it('single marks inside double marks stay part of the quote', () => {
    const text = '“He told me ‘never again’ and I believed him completely,” Ortiz said.';
    const { quotes, ents } = run(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe('He told me ‘never again’ and I believed him completely,');
    expect(quotes[0]?.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('apostrophes inside a quote do not end it', () => {
    const { q } = only(
      '“Nothing about Brenner’s plan suggests he’d follow the rules,” Ortiz said.',
      'Nothing about',
    );
    expect(q.text).toBe('Nothing about Brenner’s plan suggests he’d follow the rules,');
  });
});

describe('findQuotes: timing guard', () => {
  it('a 1 MB line of quote marks and commas finishes within the CPU budget for pathological input', () => {
    const unit = '“a,” b said, "c", ”,“ ';
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const seg = makeSeg(line);
    const t0 = cpuNow();
    const r = findQuotes(seg, [], ctx);
    const ms = cpuNow() - t0;
    expect(r.value).toEqual([]); // hundreds of short quotes in one paragraph: a list of terms, not speech
    expect(ms).toBeLessThan(BLOWUP_BUDGET_MS);
  });

  it('a 1 MB line of long attributed quotes finishes within the CPU budget for pathological input', () => {
    const unit = '“We will win this, and we know it,” Ortiz said, ';
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = cpuNow();
    const r = findQuotes(makeSeg(line), [], ctx);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
    expect(r.value.length).toBe(Math.ceil(1_000_000 / unit.length));
  });

  it('a 1 MB line with one opening mark and no closing one finishes fast and finds nothing', () => {
    const line = `“${'word, '.repeat(170_000)}`;
    const t0 = cpuNow();
    const r = findQuotes(makeSeg(line), [], ctx);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
    expect(r.value).toEqual([]);
  });
});

describe('findQuotes: single marks as the outer quotes (British style)', () => {
  it('‘…,’ X said, with apostrophes and a plural possessive inside', () => {
    const text = '‘It’s the officials’ plan that failed us all, and we won’t forget it,’ Ortiz said.';
    const { quotes, ents } = run(text);
    expect(quotes.map((q) => q.text)).toEqual([
      'It’s the officials’ plan that failed us all, and we won’t forget it,',
    ]);
    expect(quotes[0]?.speaker).toBe(idOf(ents, 'Lena Ortiz'));
  });

  it('double marks nested inside single ones stay words of the quote', () => {
    const text = '‘He told me “never again” and I believed him completely,’ Brenner said.';
    const { quotes, ents } = run(text);
    expect(quotes.map((q) => q.text)).toEqual(['He told me “never again” and I believed him completely,']);
    expect(quotes[0]?.speaker).toBe(idOf(ents, 'Hal Brenner'));
  });

  it('apostrophes alone never open or close a quote', () => {
    const text =
      'The mayor’s office said the ’90s rules still apply to the city’s 40 schools and its teachers’ union.';
    expect(run(text).quotes).toEqual([]);
  });
});
