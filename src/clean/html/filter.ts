// Block-level boilerplate rules, applied in order to the drafts of an article: each is true of news pages in general.
import { MONTH_STEMS, WEEKDAY_STEMS } from '../../lang/en/calendar.ts';
import { oneOf } from '../../lang/pattern.ts';
import type { Draft } from './render.ts';

type Rule = (drafts: Draft[]) => Draft[];

const WORD = /[\p{L}\p{N}]+/gu;
const words = (s: string): number => s.match(WORD)?.length ?? 0;

// A short block mostly made of link text is a menu, a tag list or "related stories"; a bare URL is the author's.
const LINK_SHARE = 0.7;
const LINK_BLOCK_MAX_CHARS = 200;
const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;
const isLinkBlock = (d: Draft): boolean =>
  d.kind !== 'table-row' &&
  d.kind !== 'quote' &&
  d.text.length <= LINK_BLOCK_MAX_CHARS &&
  d.linkChars / d.text.length > LINK_SHARE &&
  !BARE_URL.test(d.text);
const dropLinkBlocks: Rule = (ds) => ds.filter((d) => !isLinkBlock(d));

// A label of a few words that recurs in one article is a widget ("Share", "Advertisement", "Download").
const REPEAT_MAX_WORDS = 3;
const dropRepeatedShort: Rule = (ds) => {
  const seen = new Map<string, number>();
  for (const d of ds) if (words(d.text) <= REPEAT_MAX_WORDS) seen.set(d.text, (seen.get(d.text) ?? 0) + 1);
  return ds.filter((d) => d.kind === 'table-row' || (seen.get(d.text) ?? 0) < 2);
};

// Labels and credits that news pages put between paragraphs; only tested on short blocks.
const FURNITURE_LINE =
  /^(advertisement|advertising|sponsored( content)?|related( articles| stories| coverage| content| posts)?|read more|read next|see also|more from|you may also like|recommended( for you)?|share (this|on|the)|follow us|sign up|subscribe|click here|tags?\s*:|filed under|photo\s*:|image\s*:|credits?\s*:|source\s*:\s*getty|getty images|©|\(c\)|copyright|all rights reserved|comments?$|leave a (comment|reply)|loading)/i;
const FURNITURE_ANYWHERE =
  /\b(all rights reserved|credit\s*:|getty images|photo credit|image credit|uses cookies|requires javascript|affiliate links?|newsletter|sign up|subscribe|click here)\b|©/i;
const FURNITURE_MAX_CHARS = 160;
const dropFurnitureLines: Rule = (ds) =>
  ds.filter(
    (d) =>
      d.kind === 'table-row' ||
      d.text.length > FURNITURE_MAX_CHARS ||
      !(FURNITURE_LINE.test(d.text) || FURNITURE_ANYWHERE.test(d.text)),
  );

// Before the first real paragraph, bylines and datelines are page header, not article text.
const HEADER_LINE = new RegExp(
  `^(by\\s|posted\\b|updated\\b|published\\b|last (updated|modified)\\b|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|(${oneOf(WEEKDAY_STEMS)})[a-z]*,? |(${oneOf(MONTH_STEMS)})[a-z]*\\.? \\d{1,2},? \\d{4})`,
  'i',
);
const LEAD_WORDS = 15;
const HEADER_MAX_CHARS = 120;
const dropHeaderLines =
  (dropped: string[] | undefined): Rule =>
  (ds) => {
    const firstReal = ds.findIndex((d) => d.kind === 'paragraph' && words(d.text) >= LEAD_WORDS);
    if (firstReal <= 0) return ds;
    return ds.filter((d, i) => {
      const keep = i >= firstReal || d.text.length > HEADER_MAX_CHARS || !HEADER_LINE.test(d.text);
      if (!keep) dropped?.push(d.text);
      return keep;
    });
  };

// The headline repeated above the body is the page's title, not article text.
const normTitle = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const dropLeadingTitle =
  (title: string | undefined): Rule =>
  (ds) => {
    if (!title) return ds;
    const t = normTitle(title);
    const firstReal = ds.findIndex((d) => d.kind === 'paragraph' && words(d.text) >= LEAD_WORDS);
    return ds.filter((d, i) => (firstReal >= 0 && i >= firstReal) || normTitle(d.text) !== t);
  };

export interface FilterContext {
  title?: string;
  /** Receives the byline and dateline lines taken from above the body (a source for the publication date). */
  headerLines?: string[];
}

export function filterDrafts(drafts: Draft[], ctx: FilterContext = {}): Draft[] {
  const rules: Rule[] = [
    dropLinkBlocks,
    dropRepeatedShort,
    dropFurnitureLines,
    dropHeaderLines(ctx.headerLines),
    dropLeadingTitle(ctx.title),
  ];
  let ds = drafts;
  for (const rule of rules) ds = rule(ds);
  return ds;
}
