// Holidays news dates events by ("over Easter weekend", "on Christmas Eve"): fixed days by month and day, and
// moveable feasts by the rule that places them in a year.

/** Fixed holidays: name (lower case) → [month, day]. */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  'independence day': [7, 4],
  'bastille day': [7, 14],
  'valentine’s day': [2, 14],
  "valentine's day": [2, 14],
  halloween: [10, 31],
};

/** Moveable holidays: name (lower case) → days after Easter Sunday. */
export const EASTER_OFFSETS: Record<string, number> = {
  easter: 0,
  'easter sunday': 0,
  'easter monday': 1,
  'good friday': -2,
  'holy saturday': -1,
  'palm sunday': -7,
  'maundy thursday': -3,
  'ash wednesday': -46,
  pentecost: 49,
};

/** "Thanksgiving" in US news: the fourth Thursday of November. */
export const THANKSGIVING = 'thanksgiving';

/** Every holiday name, longest first, for one regular expression. */
export const HOLIDAY_NAMES: string[] = [
  ...Object.keys(FIXED_HOLIDAYS),
  ...Object.keys(EASTER_OFFSETS),
  THANKSGIVING,
].sort((a, b) => b.length - a.length);
