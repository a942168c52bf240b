// A cheap language guess for English, the language the later stages read: common function words per 100 words.
import { COMMONEST_WORDS } from '../../lang/en/stopwords.ts';

const ENGLISH = new Set(COMMONEST_WORDS);
const SAMPLE_WORDS = 200;
const MIN_SHARE = 0.15;
const MIN_WORDS = 20;

/** 'en' when the opening words are English enough, else null (unknown, never a wrong guess). */
export function guessLanguage(text: string): string | null {
  const words =
    text
      .slice(0, 1500)
      .toLowerCase()
      .match(/[a-z]+/g)
      ?.slice(0, SAMPLE_WORDS) ?? [];
  if (words.length < MIN_WORDS) return null;
  const hits = words.filter((w) => ENGLISH.has(w)).length;
  return hits / words.length >= MIN_SHARE ? 'en' : null;
}
