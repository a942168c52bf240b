// Words news uses for one thing or one happening, mapped to one concept: read by the quantity keys (what a
// number counts) and by alignment (what two sentences are about). True of reporting in general.
import { wordTable } from '../table.ts';

/** Counted things: word (singular, lower case) → concept. */
export const COUNTED: Record<string, string> = wordTable({
  vessel: 'boat',
  ship: 'boat',
  boat: 'boat',
  fatality: 'death',
  dead: 'death',
  died: 'death',
  killed: 'death',
  killing: 'death',
  // "the toll rose to 12" is a death toll in news unless another word says otherwise ("road toll" is rare there).
  toll: 'death',
  casualty: 'casualty',
  individual: 'person',
  resident: 'person',
  civilian: 'civilian',
  wounded: 'injury',
  injured: 'injury',
  airstrike: 'strike',
  'air-strike': 'strike',
  tonne: 'ton',
  percent: '%',
  // A fire service's vehicles: British "appliances", American "engines" and "trucks".
  appliance: 'fire engine',
  'fire engine': 'fire engine',
  engine: 'fire engine',
  firefighter: 'firefighter',
  fireman: 'firefighter',
  // A firm's or a bank's people: "three employees", "three workers", "three staff members".
  worker: 'worker',
  employee: 'worker',
  staffer: 'worker',
  // A firm cutting "2,000 jobs" lays off "2,000 workers".
  job: 'worker',
  protester: 'protester',
  demonstrator: 'protester',
  marcher: 'protester',
  // Homes a storm, a fire or a flood destroyed: "150 homes", "150 houses", "150 dwellings".
  home: 'home',
  house: 'home',
  dwelling: 'home',
  // Places counted: "five sites", "five locations", "five venues" under review.
  site: 'location',
  location: 'location',
  venue: 'location',
});

/** Words naming money one party lends or gives another to carry it through, which outlets swap freely for one sum
 *  ("a $9 billion bailout", "$9 billion in loans", "a $9 billion aid package"): stemmed word → concept. */
export const RESCUE_MONEY: Record<string, string> = wordTable({
  bailout: 'rescue money',
  loan: 'rescue money',
  aid: 'rescue money',
  package: 'rescue money',
  lifeline: 'rescue money',
});

/** Words of one happening that writers swap freely ("the fire began" / "the fire started"): word → concept. */
export const SAME_HAPPENING: Record<string, string> = wordTable({
  began: 'start',
  begun: 'start',
  begin: 'start',
  begins: 'start',
  started: 'start',
  starts: 'start',
  starting: 'start',
  erupted: 'start',
  ignited: 'start',
  ended: 'end',
  ends: 'end',
  ending: 'end',
  concluded: 'end',
  finished: 'end',
  troops: 'soldier',
  troop: 'soldier',
  servicemen: 'soldier',
  relief: 'aid',
  assistance: 'aid',
  killed: 'die',
  kills: 'die',
  killing: 'die',
  died: 'die',
  dies: 'die',
  dead: 'die',
  death: 'die',
  deaths: 'die',
  fatalities: 'die',
  injured: 'injure',
  wounded: 'injure',
  hurt: 'injure',
  injuring: 'injure',
  injuries: 'injure',
  arrested: 'arrest',
  detained: 'arrest',
  quake: 'earthquake',
  temblor: 'earthquake',
  tremor: 'earthquake',
  blaze: 'fire',
  suv: 'car',
  vehicle: 'car',
  robbers: 'thief',
  robber: 'thief',
  thieves: 'thief',
  burglars: 'thief',
  gunman: 'shooter',
  demonstrators: 'protester',
  protesters: 'protester',
  marchers: 'protester',
  // A bill before a legislature: "the measure", "the legislation".
  measure: 'bill',
  measures: 'bill',
  legislation: 'bill',
  shop: 'store',
  shops: 'store',
});
