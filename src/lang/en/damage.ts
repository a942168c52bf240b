// How much of a thing an event left standing, as news words it: destroyed against intact. "Damaged" is neither:
// a building both damaged and largely intact is one account, so only the two ends are compared.

/** The thing is gone or mostly gone. */
export const DESTROYED =
  /\b(?:destroy(?:ed|s)|gutted|razed|levell?ed|flattened|burn(?:ed|t) (?:down|to the ground)|reduced to (?:rubble|ashes)|(?:was|were) (?:a )?total loss|engulfed)\b/i;

/** The thing stands: untouched, or touched only lightly. */
export const INTACT =
  /\b(?:intact|undamaged|unscathed|unharmed|spared|(?:only|just|minor|superficial) (?:smoke |water )?damage)\b/i;
