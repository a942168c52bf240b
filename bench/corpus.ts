// Builds benchmark corpora from real articles in ../shared (never copied into the project).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../shared');

export interface BenchArticle {
  name: string;
  text: string;
}

/** The five articles of the shared example story: one event, so a repeated story stresses alignment most. */
export function storyArticles(): BenchArticle[] {
  const story = join(SHARED, 'corpus/cartel-strikes');
  return readdirSync(story)
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(story, f), 'utf8') }));
}

/** The real articles available: the example story's five, and the 181 hand-checked bodies of the extraction benchmark. */
export function realArticles(): BenchArticle[] {
  const out = storyArticles();
  const truth = JSON.parse(
    readFileSync(join(SHARED, 'bench/article-extraction/ground-truth.json'), 'utf8'),
  ) as Record<string, { articleBody?: string }>;
  for (const [key, v] of Object.entries(truth).sort(([a], [b]) => a.localeCompare(b))) {
    if (v.articleBody && v.articleBody.length > 500)
      out.push({ name: `${key.slice(0, 12)}.txt`, text: v.articleBody });
  }
  return out;
}

/** Every number in the text shifted by a copy-dependent amount, so repeated articles are not byte-identical. */
export function vary(text: string, copy: number): string {
  return text.replace(/\b(\d{1,3})\b(?![.,]\d)/g, (m) => String(Number(m) + (copy % 7)));
}

/** Real articles repeated (with varied numbers) until the corpus reaches `bytes`. */
export function corpusOf(
  bytes: number,
  base = realArticles(),
  maxArticles = Number.POSITIVE_INFINITY,
): BenchArticle[] {
  const out: BenchArticle[] = [];
  let size = 0;
  for (let copy = 0; size < bytes && out.length < maxArticles; copy++) {
    for (const a of base) {
      const text = copy === 0 ? a.text : vary(a.text, copy);
      out.push({ name: `c${copy}-${a.name}`, text });
      size += Buffer.byteLength(text);
      if (size >= bytes || out.length >= maxArticles) break;
    }
  }
  return out;
}
