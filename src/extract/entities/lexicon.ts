// Word lists for names, titles and organisations in English-language news. General vocabulary only: no names.

import { DOC_HEADS } from '../../lang/en/bodies.ts';
import { MONTH_ABBREVIATIONS, MONTHS, TIME_ZONES, WEEKDAYS } from '../../lang/en/calendar.ts';
import { SPEECH_AFTER_NAME } from '../../lang/en/speech.ts';
import { wordTable } from '../../lang/table.ts';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Capitalised words that never start or continue a name: function words, months, days, newsroom labels. */
export const STOP_CAPS = set(`
the a an this that these those it its he she they we i you his her their our my your him them us me
but and or nor if when while as at in on of for from to by with after before since despite although though
however meanwhile moreover also still yet then there here what who whom whose why how where which
some many most all any each every no not yes both either neither such other another more less few several
breaking update updated exclusive watch read live opinion analysis note photo video image source sources
editor editors related advertisement subscribe share comment comments reply home menu
${MONTHS.join(' ')}
${MONTH_ABBREVIATIONS.join(' ')}
${WEEKDAYS.join(' ')} today yesterday tomorrow
${TIME_ZONES.join(' ').toLowerCase()}
according under over against amid among between during until unless because whether
please just now once again even only first last next key top ok okay
later earlier afterwards afterward instead separately elsewhere previously recently currently finally initially
eventually subsequently additionally nonetheless nevertheless otherwise likewise similarly overnight
i'm i’m i've i’ve i'd i’d i'll i’ll we're we’re we've we’ve it's it’s`);

/** Lower-case particles inside a name: "Casa de Campo", "Ludwig van Beethoven", "Osama bin Laden". */
export const PARTICLES = set('de del della der den la le van von bin ibn al el da dos das du di y');

/** Words that make a capitalised run an organisation. */
export const ORG_HEADS = set(`
cartel cartels ministry ministries department departments agency agencies party parties court courts
university universities news council councils force forces institute institutes bank banks commission
committee board bureau office organization organisation organizations organisations association union
federation league society school college academy center centre foundation fund museum church army navy
corps guard police company corporation corp inc ltd llc group network times post journal press herald
tribune gazette telegraph courier dispatch sentinel enquirer courant reuters broadcasting radio tv television
channel service services authority
administration government parliament congress senate assembly secretariat embassy consulate command
alliance coalition front movement brigade brigades gang gangs militia hospital airlines airways
initiative program programme project trust house cabinet treasury club fc team
survey observatory laboratory laboratories institution exchange rescue
`);

/** Last words that make a capitalised run of two or more words a place: "Velmor Fault", "Ostrel Springs". */
export const PLACE_HEADS = set(`
fault river lake mountain mountains hill hills valley bay canyon creek springs beach forest desert peninsula strait sea ocean gulf
coast county province prefecture district island islands reservoir glacier volcano street road avenue square
station park garden gardens bridge lane boulevard plaza airport tower building stadium arena cathedral mosque
temple hotel hotels resort`);

/** Words that open a place's name in other languages, as news keeps them: "Rue Ostrel", "Plaza Mayor",
 *  "Via Veneto", "Piazza Navona". */
export const PLACE_OPENERS = set(`rue place plaza piazza via calle avenida praça praca largo quai`);

/** Collective nouns whose singular possessive opens a body's or an event's name: "the People's Party", "Children's
 *  Hospital", "the Women's March". */
export const COLLECTIVE_OWNERS = set('people children women men');

/** Words that make a capitalised run a document, law or programme: typed "other", never a person. */
export { DOC_HEADS };

/** Spanish, French, Italian and German articles that open names of papers and places, not people. */
export const NAME_ARTICLES = set('el la los las le les il der die das');

/** One-word institutions that are organisations without a head word. */
export const ORG_WORDS = set(
  'congress senate parliament pentagon kremlin nato interpol opec hamas hezbollah',
);

/** Words that cannot stand inside a kind phrase after a name: verbs and function words ("Velo said union ..."). */
export const NOT_KIND_MODIFIERS = set(
  'the a an and or but is was were are has had have said says told will would its their his her which that who',
);

/** Lower-case nouns after a name that make it an organisation: "the Nuevo Sol cartel". */
export const ORG_NOUNS = set(
  'cartel gang group party militia movement network organization organisation company firm agency newspaper outlet broadcaster faction store shop hotel restaurant retailer supermarket chain brand',
);

/** Honorifics: peeled off a name, but they are not roles. */
export const HONORIFICS = set('mr mr. mrs mrs. ms ms. miss sir dame lord lady dr dr. madam');

/** Office words that, before a name, are a title ("President X", "Foreign Minister X", "Gen. X"). */
export const OFFICE_WORDS = set(`
president vice prime minister secretary foreign defense defence interior finance justice health home
attorney general senator sen. sen sens. sens representative rep. rep reps. reps congressman congresswoman governor gov. gov mayor
chancellor premier king queen prince princess emperor pope cardinal bishop archbishop rev. ambassador envoy
judge chief deputy assistant commissioner director chairman chairwoman chair speaker leader commander
gen. lt. col. maj. capt. sgt. adm. admiral colonel major captain sergeant lieutenant officer detective
inspector sheriff prosecutor professor prof. sheikh ayatollah supreme ceo coach spokesman spokeswoman
spokesperson secretary-general president-elect vice-president opposition whip counsel special majority minority
coroner undersheriff trooper councilman councilwoman councillor councilor alderman magistrate treasurer comptroller
constable superintendent marshal manager district circuit senior`);

/** Heads of a public service: after the service's common noun they make a title ("Fire Chief", "Harbour Master"). */
export const SERVICE_HEADS = set(
  'chief master commissioner superintendent marshal warden director inspector commander',
);

/** Common nouns of public services, known even when the article never writes them in lower case. */
export const SERVICE_NOUNS = set(`
fire police army navy harbour harbor port prison border customs coast health school fleet rescue ambulance
park parks forest water emergency transit traffic`);

/** Office words that only modify a title ("Foreign" in "Foreign Minister"): a title cannot end with one. */
export const OFFICE_MODIFIERS = set(`
vice prime foreign defense defence interior finance justice health home deputy assistant chief supreme
opposition first special majority minority district circuit senior`);

/** Words that may continue a title after "of": "Secretary of State", "Minister of Foreign Affairs". */
export const OFFICE_DOMAINS = set(`
state defense defence war treasury commerce energy health education labor labour agriculture transportation
justice interior homeland security foreign affairs finance economy housing home veterans trade environment
culture tourism staff the`);

/** Role nouns: a phrase that contains one names a position ("associate professor of ...", "a Channel 9 News host"). */
export const ROLE_NOUNS = set(`
president minister secretary professor lecturer researcher fellow director head chief leader spokesperson
spokesman spokeswoman official officer analyst expert economist ambassador envoy diplomat governor mayor
senator lawmaker legislator congressman congresswoman representative judge justice lawyer attorney prosecutor
general commander colonel host anchor correspondent reporter editor columnist journalist founder co-founder
ceo chairman chairwoman chair executive adviser advisor aide member candidate owner partner manager
coordinator activist scholar author historian scientist doctor physician surgeon teacher pastor priest
bishop commissioner chancellor premier king queen prince monarch dictator operative boss kingpin trafficker
captain coach player speaker dean rector superintendent inspector detective sheriff consultant strategist
negotiator administrator inspector-general vice-president president-elect founder chief-of-staff
nurse soldier farmer student engineer singer actor actress writer artist athlete architect designer
pilot officer-in-charge principal curator broker banker investor accountant technician mechanic driver
counsel commentator pundit clerk staffer gunman assailant shooter attacker suspect whip spy agent democrat republican
insurer worker employee resident witness neighbor neighbour survivor victim firefighter paramedic volunteer
organizer organiser protester demonstrator campaigner lobbyist jeweller jeweler shopkeeper landlord tenant
seismologist geologist meteorologist forecaster trader merchant photographer filmmaker producer entrepreneur
businessman businesswoman pharmacist veteran pensioner nominee mate challenger incumbent`);

/** Offices named "<head> of <field>" that stand before a name like one role noun: "chief of staff Eli Rask". */
export const OF_ROLES = new Set([
  'chief of staff',
  'head of state',
  'head of government',
  'chief of police',
  'secretary of state',
  'minister of state',
  'director of communications',
]);
/** Last words of those offices: the tokenizer keeps them wherever they stand. */
export const OF_ROLE_TAILS = new Set([...OF_ROLES].map((r) => r.split(' ').at(-1)!));

/** Lower-case words that may stand in a role phrase before a name: "senior defense official", "Channel 9 News host". */
export const ROLE_MODIFIERS = set(`
senior former top deputy chief assistant associate acting interim security defense defence foreign military
prime vice interior finance justice health attorney
political economic cartel drug policy legal state federal regional local national international news radio
television talk show host opposition party union business special press conservative liberal majority minority
`);

/** Verbs of speech right after a name: evidence that it names a person (or a speaking organisation). */
export const SPEECH_VERBS = new Set(SPEECH_AFTER_NAME);

/** Status words before a title. */
export const STATUS_WORDS = new Map<string, 'former' | 'acting' | 'then'>([
  ['former', 'former'],
  ['ex-', 'former'],
  ['ex', 'former'],
  ['erstwhile', 'former'],
  ['onetime', 'former'],
  ['one-time', 'former'],
  ['acting', 'acting'],
  ['interim', 'acting'],
  ['caretaker', 'acting'],
  ['then-', 'then'],
  ['then', 'then'],
]);

/** Abbreviated titles, spelled out for the normalised role. */
export const TITLE_EXPANSIONS: Record<string, string> = wordTable({
  'sen.': 'senator',
  sen: 'senator',
  'sens.': 'senator',
  sens: 'senator',
  'reps.': 'representative',
  reps: 'representative',
  'rep.': 'representative',
  rep: 'representative',
  'gov.': 'governor',
  gov: 'governor',
  'gen.': 'general',
  'lt.': 'lieutenant',
  'col.': 'colonel',
  'maj.': 'major',
  'capt.': 'captain',
  'sgt.': 'sergeant',
  'adm.': 'admiral',
  'prof.': 'professor',
  'rev.': 'reverend',
  ceo: 'chief executive',
});

/** Heads of an organisation's name that say what kind of body it is ("Dunmore Crown Court" is a court). */
export const KIND_HEADS = set(`
court university agency ministry department police hospital council committee commission army navy bank party
union church school museum cartel gang militia newspaper tribunal parliament senate assembly prison`);

/** A word of a role phrase: a role noun ("minister"), a modifier ("foreign") or a status ("former"). */
export const isRoleWord = (w: string): boolean =>
  ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || STATUS_WORDS.has(w);
