// How well an article fits a story: its score against the story's centroid, blended with its score against the
// story's best single recent article (best link). A centroid blurs a story told from several angles (a wire
// report, an opinion piece, a follow-up); the closest telling does not, and the centroid keeps one close article
// from chaining two events. linkWeight 0 is the centroid alone.
import type { Tuning } from './params.ts';
import { type Side, score } from './score.ts';
import type { Member, StoryState } from './state.ts';
import { memberSide, storySide } from './stories.ts';

/** The article's best score against one of the story's recent articles (`without` left out). */
export function bestLink(side: Side, s: StoryState, t: Tuning, without?: Member): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const m of s.members) {
    if (m === without) continue;
    best = Math.max(best, score(side, memberSide(m), t).total);
  }
  return best;
}

/** A perfect link scores at most this much: similarities are cosines, penalties only take off. */
const LINK_CEILING = 1;

/**
 * The article's fit with the story: (1 − linkWeight) × centroid score + linkWeight × best link. The links are
 * only scored when even a perfect one could lift the fit to `floor` (the join threshold for a candidate).
 */
export function storyFit(
  side: Side,
  s: StoryState,
  t: Tuning,
  floor = Number.NEGATIVE_INFINITY,
  without?: Member,
): number {
  const centroid = score(side, storySide(s), t).total;
  if (t.linkWeight <= 0) return centroid;
  if ((1 - t.linkWeight) * centroid + t.linkWeight * LINK_CEILING < floor) return centroid;
  const link = bestLink(side, s, t, without);
  if (link === Number.NEGATIVE_INFINITY) return centroid;
  return (1 - t.linkWeight) * centroid + t.linkWeight * link;
}
