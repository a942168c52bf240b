// Stop words: words a key-word list leaves out because they say nothing of what a sentence is about. One core of
// function words, and what each rule leaves out besides: the extras stay per rule, since each was tuned with it.

/** English function words, in every sentence whatever it says: the core every key-word list leaves out. */
export const FUNCTION_WORDS: readonly string[] = `
  a about after all also an and any are as at be been before being but by can could during for from had has have
  he her here his i if in into is it its just may might more most must no not of on only or our over per said
  say says she should since so some such than that the their them then there these they this those to told under
  very via was we were what when where which while who whom will with would yes you your`
  .trim()
  .split(/\s+/);

/** Left out of alignment keys (align/text): also small numbers and quantifiers. */
export const ALIGN_STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...'according each eight five four how least nine one other out seven six ten three two up whose why'.split(
    ' ',
  ),
]);

/** Left out of a claim's key words (extract/claims): also connectives and pronouns. */
export const CLAIM_STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...'already although because both did do does done either even him many me much my other still though us whether yet'.split(
    ' ',
  ),
]);

/** Left out of a dated event's key words (extract/dates): also the relative time words a date is written with. */
export const EVENT_STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...'ago because day earlier early him last late later least me mid month my next today tomorrow us week whose year yesterday'.split(
    ' ',
  ),
]);

/** Words that say nothing of which event a date belongs to (resolve/dates): a short list, so more context counts. */
export const DATE_CONTEXT_STOP_WORDS: ReadonlySet<string> = new Set(
  'the a an of in on at to for from by with and or since until after before during last next this that was were is are has have had been said says'.split(
    ' ',
  ),
);

/** Short words a title leaves in lower case ("Men and Women of the Year"): a title-case test skips them. */
export const TITLE_SMALL_WORDS: readonly string[] =
  'a an and as at but by for from in into of on or the to via with over'.split(' ');

/** Small words of a heading (segment): the title's, and a few more prepositions headlines leave lower case. */
export const HEADING_SMALL_WORDS: readonly string[] = [
  ...TITLE_SMALL_WORDS,
  ...'vs under against amid after before'.split(' '),
];

/** The commonest words of English text: how often they come tells English from other languages. */
export const COMMONEST_WORDS: readonly string[] =
  'the of and to in a is that for on was with as by at from his her said it are were has have'.split(' ');
