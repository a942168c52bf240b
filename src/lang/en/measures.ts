// Words that say which property a number measures: how strong, how deep, how far and from where. Read by the
// quantity refiner that names what a number measures.

/** Units of length (singular and plural, lower case). */
export const LENGTH_UNITS = new Set(
  'mile miles mi km kms kilometer kilometers kilometre kilometres meter meters metre metres m ft foot feet yard yards'.split(
    ' ',
  ),
);

/** Compass directions, alone or joined ("north-northeast"). */
export const DIRECTION =
  /^(?:north|south|east|west|northeast|northwest|southeast|southwest|n|s|e|w|ne|nw|se|sw|nne|ene|ese|sse|ssw|wsw|wnw|nnw)(?:-(?:north|south|east|west|northeast|northwest|southeast|southwest))*(?:ern|erly|ward)?$/;

/** A number next to one of these is the strength of a quake on a scale. */
export const MAGNITUDE_WORDS = new Set(['magnitude', 'richter', 'moment-magnitude']);

/** Events whose strength is given as a bare decimal ("a 5.2 quake"). */
export const QUAKE_WORDS = new Set(['quake', 'earthquake', 'temblor', 'tremor', 'aftershock', 'foreshock']);

/** Before a length: how deep ("a depth of 1.6 miles"). */
export const DEPTH_BEFORE = new Set(['depth', 'depths']);
/** After a length: how deep ("12 miles deep", "one mile below ground", "6 km underground"). */
export const DEPTH_AFTER = new Set(['deep', 'below', 'beneath', 'underground', 'underneath']);

/** Between a length and a place: "20 miles north of Port Sael", "3 km from Vell". */
export const FROM_WORDS = new Set(['of', 'from', 'outside']);

/** Words that put a magnitude on another quake than the story's ("aftershocks of magnitude 2.9", "the largest
 *  quake ever recorded there was 4.5", "quakes around magnitude 2 are common"). */
export const OTHER_QUAKE = new Set(
  'aftershock aftershocks foreshock foreshocks previous earlier largest biggest strongest ever common typical usual smaller'.split(
    ' ',
  ),
);

/** Between a count and what it counts, a word that adds it to an earlier count: "20 more people", "six further
 *  arrests". */
export const ADDITIVE_WORDS = new Set(['more', 'additional', 'further', 'extra']);

/** Verbs after which a bare number counts the people at their subject: "the march drew 5,000", "the rally was
 *  attended by 200,000". "attended" counts only in the passive, before "by". */
export const CROWD_VERBS: readonly string[] = [
  'drew',
  'drawing',
  'draws',
  'attracted',
  'attracting',
  'attracts',
];
export const ATTENDED_BY: readonly string[] = ['attended', 'joined', 'swelled'];
