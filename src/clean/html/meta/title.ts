// Titles without the site's name: "Storm hits coast | Daily Example" → "Storm hits coast" (and the site name).
import { clean } from '../text.ts';

const SEPARATOR = /\s+[|\-–—·•»:]{1,2}\s+/;
// A part this short beside a longer headline is the site's name, not part of the headline.
const SITE_MAX_WORDS = 4;
const HEADLINE_MIN_WORDS = 2;

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
// Site names are capitalised ("Harbour Post", "CNN", "Space.com"); a lower-case tail is part of the headline.
const looksLikeName = (s: string): boolean =>
  s.split(/\s+/).every((w) => w.length <= 3 || !/^\p{Ll}/u.test(w));

export interface SplitTitle {
  title: string;
  site?: string;
}

/** Strips a leading or trailing site name; the site is known (outlet) or guessed from a short end part. */
export function splitTitle(raw: string, outlet?: string): SplitTitle {
  const title = clean(raw);
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return { title };
  const known = outlet?.toLowerCase();
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (known && last.toLowerCase() === known)
    return { title: rejoin(title, parts.length - 1, true), site: last };
  if (known && first.toLowerCase() === known) return { title: rejoin(title, 1, false), site: first };
  const rest = parts.slice(0, -1).join(' ');
  if (wordCount(last) <= SITE_MAX_WORDS && looksLikeName(last) && wordCount(rest) >= HEADLINE_MIN_WORDS)
    return { title: rejoin(title, parts.length - 1, true), site: last };
  return { title };
}

/** Cuts the original string at a separator, keeping its own punctuation inside the headline. */
function rejoin(title: string, keep: number, fromStart: boolean): string {
  const seps = [...title.matchAll(new RegExp(SEPARATOR.source, 'g'))];
  if (fromStart) {
    const cut = seps[keep - 1];
    return cut?.index !== undefined ? title.slice(0, cut.index).trim() : title;
  }
  const cut = seps[keep - 1];
  return cut?.index !== undefined ? title.slice(cut.index + cut[0].length).trim() : title;
}
