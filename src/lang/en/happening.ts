// Whether a planned event goes ahead, as news says it: "could take place on Tuesday" against "would not be held
// on Tuesday", "was called off". Read in the clause right before the event's date.

/** The event goes ahead, or may: "will be held", "could take place", "is set to go ahead". */
export const GOES_AHEAD =
  /\b(?:will|would|could|may|might|can|is (?:set|due|expected) to|are (?:set|due|expected) to)\s+(?:still\s+)?(?:be held|take place|go ahead|proceed|happen)\b/i;

/** The event does not go ahead: "would not be held", "won't take place", "was called off", "postponed". */
export const CALLED_OFF =
  /\b(?:(?:will|would|could|can|is|are|was|were|does|did)\s*(?:not|n['’]t)\s+(?:be held|take place|go ahead|proceed|happen)|won['’]t\s+(?:be held|take place|go ahead|proceed|happen)|cannot\s+(?:be held|take place|go ahead|proceed)|(?:was|were|has been|have been|is|are)\s+(?:called off|cancell?ed|postponed|scrapped|put off))\b/i;

/** A plan in a headline and the verb it plans: "Assembly Set to Overturn Veto", "expected to vote", "will sign". */
export const PLANNED_ACT =
  /\b(?:set|expected|poised|due|ready|about|scheduled|likely|plans?|prepares?|preparing)\s+to\s+(\p{L}+)|\bwill\s+(\p{L}+)/iu;
