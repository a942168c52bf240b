// npm run bench: pipeline throughput against bare wink-nlp tokenization of the same text, in the same process; the
// same throughput with the sentence-embedding step added; and briefing time for stories of 10 to 1,000 articles
// (cost per article should stay close to flat: at 1,000 at most 1.5x that at 50).
import { parseArgs } from 'node:util';
import { makeContext } from '../src/context.ts';
import { wink } from '../src/lang/wink.ts';
import type { Document } from '../src/model/document.ts';
import {
  briefExtracted,
  cleanAll,
  embedStory,
  extractDoc,
  ingestInput,
  memoryVectorCache,
  useLiteEmbedder,
} from '../src/pipeline.ts';
import { type BenchArticle, corpusOf, storyArticles } from './corpus.ts';

const { values: flags } = parseArgs({
  options: {
    mb: { type: 'string', default: '5' },
    stories: { type: 'string', default: '10,50,200,1000' },
    // Articles run through the embedding step: it is ~100x slower than extraction, so a sample.
    'embed-articles': { type: 'string', default: '30' },
  },
});
const ctx = makeContext({ now: new Date('2026-11-22T00:00:00Z') });
const enc = new TextEncoder();
let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

function tokenizeAll(arts: BenchArticle[]): void {
  const nlp = wink();
  for (const a of arts) nlp.readDoc(a.text).tokens().length();
}

function cleanDocs(arts: BenchArticle[]): Document[] {
  const docs: Document[] = [];
  for (const a of arts) {
    const raws = ingestInput({ name: a.name, bytes: enc.encode(a.text) }, ctx).value.docs;
    docs.push(...cleanAll(raws, ctx).value);
  }
  return docs;
}

function pipelineAll(arts: BenchArticle[]): number {
  let findings = 0;
  for (const d of cleanDocs(arts)) {
    const x = extractDoc(d, ctx).value;
    findings += x.entities.length + x.quantities.length + x.dates.length + x.quotes.length + x.claims.length;
    sample();
  }
  return findings;
}

const corpus = corpusOf(Number(flags.mb) * 1e6);
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
// Warm both paths (model load, JIT) on a slice, so neither side pays a one-off cost in the timed run.
tokenizeAll(corpus.slice(0, 50));
pipelineAll(corpus.slice(0, 50));
// Rounds interleave the two sides and each keeps its best time, so a noisy moment cannot favour either.
const ROUNDS = 3;
let tBase = Number.POSITIVE_INFINITY;
let tPipe = Number.POSITIVE_INFINITY;
let findings = 0;
for (let r = 0; r < ROUNDS; r++) {
  tBase = Math.min(
    tBase,
    time(() => tokenizeAll(corpus)),
  );
  sample();
  tPipe = Math.min(
    tPipe,
    time(() => {
      findings = pipelineAll(corpus);
    }),
  );
}
const mb = bytes / 1e6;
console.log(
  `corpus: ${corpus.length} articles, ${mb.toFixed(2)} MB (real articles from ../shared, repeated with varied numbers); best of ${ROUNDS} interleaved rounds`,
);
console.log(
  `baseline wink tokenization: ${(corpus.length / tBase).toFixed(1)} articles/s, ${(mb / tBase).toFixed(2)} MB/s`,
);
console.log(
  `pipeline ingest→extract:    ${(corpus.length / tPipe).toFixed(1)} articles/s, ${(mb / tPipe).toFixed(2)} MB/s, ${findings} findings`,
);
console.log(`peak memory: ${(peakRss / 2 ** 20).toFixed(0)} MiB rss`);
console.log(`ratio: ${(tBase / tPipe).toFixed(3)}`);

// With and without the embedding step, on the same sample: text → findings, then text → findings + sentence vectors.
{
  const n = Number(flags['embed-articles']);
  const arts = corpus.slice(0, n);
  const embedder = useLiteEmbedder();
  await embedder.embed(['warm up the model']);
  const t0 = process.hrtime.bigint();
  const extracted = cleanDocs(arts).map((d) => extractDoc(d, ctx).value);
  const tExtract = Number(process.hrtime.bigint() - t0) / 1e9;
  const t1 = process.hrtime.bigint();
  const vectors = await embedStory(extracted, embedder, memoryVectorCache());
  const tEmbed = Number(process.hrtime.bigint() - t1) / 1e9;
  sample();
  console.log(
    `text → findings, ${n} articles: ${(n / tExtract).toFixed(1)} articles/s without embedding, ${(n / (tExtract + tEmbed)).toFixed(2)} articles/s with it (${vectors.size} sentence vectors, ${(tEmbed / n).toFixed(2)} s/article for the embedding step)`,
  );
}

/** A story of n articles about one event: the example story's articles repeated with varied numbers. */
function storyOf(base: BenchArticle[], n: number): BenchArticle[] {
  return corpusOf(Number.POSITIVE_INFINITY, base, n);
}

// Briefing scale: the cross-source stages must grow close to linearly with the number of articles.
const base = storyArticles();
const perArticle: number[] = [];
for (const n of flags.stories.split(',').map(Number)) {
  const docs = cleanDocs(storyOf(base, n));
  const extracted = docs.map((d) => extractDoc(d, ctx).value);
  // Only the cross-source stages: extraction is per article by construction, alignment is what could grow faster.
  const t = time(() => briefExtracted(extracted, { id: `bench-${n}`, title: `bench ${n}` }, ctx));
  sample();
  perArticle.push(t / n);
  console.log(
    `briefing ${n} articles (resolve→brief): ${t.toFixed(2)} s (${((t / n) * 1000).toFixed(2)} ms/article)`,
  );
}
const sizes = flags.stories.split(',').map(Number);
if (perArticle.length > 1) {
  const growth = perArticle[perArticle.length - 1]! / perArticle[0]!;
  console.log(`briefing cost per article, largest vs smallest story: ${growth.toFixed(2)}x (1.0 = linear)`);
  const at50 = sizes.indexOf(50);
  if (at50 >= 0 && sizes.at(-1)! > 50)
    console.log(
      `briefing cost per article, ${sizes.at(-1)} vs 50 articles: ${(perArticle.at(-1)! / perArticle[at50]!).toFixed(2)}x (must be at most 1.5x)`,
    );
}
