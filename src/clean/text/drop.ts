// Decides which units are chrome: strong matches anywhere, weak ones at the edges or inside a run of chrome.
import { type ChromeRule, chromeRule } from './chrome.ts';
import { isProse, type Unit, wordCount } from './units.ts';

export interface Dropped {
  text: string;
  rule: string;
}

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

/** The previous unit left a quotation open: a short quoted tail after it is its end, not an orphan. */
const quoteLeftOpen = (prev: Unit | undefined): boolean =>
  prev !== undefined &&
  (count(prev.text, /"/g) % 2 === 1 || count(prev.text, /[“«]/g) > count(prev.text, /[”»]/g));

/** Headline-shaped lines that a "Related"/"You may also like" heading lists after it. */
const headlineShaped = (u: Unit): boolean =>
  (u.kind === 'paragraph' || u.kind === 'list-item') &&
  wordCount(u.text) <= 16 &&
  !/[.!?]["”’]?$/.test(u.text);

/** Returns the units that stay and the ones dropped, with the rule that dropped each. */
export function dropChrome(units: Unit[]): { kept: Unit[]; dropped: Dropped[] } {
  const rules: (ChromeRule | null)[] = units.map((u, i) => {
    const r = chromeRule(u);
    if (r?.name === 'fragment' && r.strength === 'strong' && quoteLeftOpen(units[i - 1])) return null;
    return r;
  });
  const drop = rules.map((r) => r?.strength === 'strong');
  let first = units.findIndex(isProse);
  let last = units.length - 1;
  while (last >= 0 && (!isProse(units[last]!) || drop[last])) last--;
  if (first < 0) first = units.length;
  // A related-links heading takes the headlines listed under it: list items anywhere, lines only in the tail
  // (inside the article a short line after it may be the article's own next subheading).
  const widgets = rules.flatMap((r, i) => (r?.name === 'related' && r.strength === 'strong' ? [i] : []));
  for (const i of widgets) {
    for (let j = i + 1; j < units.length && j <= i + 8 && headlineShaped(units[j]!); j++) {
      if (rules[j]) continue; // numbers and other chrome inside the list go by their own rules
      if (units[j]!.kind !== 'list-item' && j <= last) break;
      drop[j] = true;
      rules[j] = rules[i]!;
    }
  }
  // Weak matches go at the edges, or when a dropped unit stands next to them (spreading along the run).
  for (let i = 0; i < units.length; i++)
    if (rules[i]?.strength === 'weak' && (i < first || i > last || drop[i - 1])) drop[i] = true;
  for (let i = units.length - 1; i >= 0; i--)
    if (rules[i]?.strength === 'weak' && drop[i + 1]) drop[i] = true;
  const kept: Unit[] = [];
  const dropped: Dropped[] = [];
  let gap = false;
  units.forEach((u, i) => {
    if (drop[i]) {
      dropped.push({ text: u.text, rule: rules[i]!.name });
      gap = true;
      return;
    }
    kept.push(gap ? { ...u, gapBefore: true } : u);
    gap = false;
  });
  return { kept, dropped };
}
