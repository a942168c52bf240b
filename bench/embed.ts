// Sentence-embedding benchmark: what USE-lite costs on this machine (load, memory, texts/s one at a time and
// batched) and what it is worth on the annotated stories of ../shared/eval (ROC AUC of cosine similarity vs
// IDF-weighted word overlap vs their mean, for corroborated claims and for quantities).
// Usage: npm run bench:embed [-- --story NAME]
import { embedStory, memoryVectorCache, type SelectedSentence, selectSentences } from '../src/embed/index.ts';
import { overlapSimilarity, storyIdf, termsOf } from '../src/embed/overlap.ts';
import { loadUseLite, USE_LITE_BATCH, USE_LITE_NAME, useLiteEmbedder } from '../src/embed/use-lite.ts';
import { cosine } from '../src/model/vectors.ts';
import {
  auc,
  type ClaimMatch,
  claimPairs,
  type Pair,
  pairId,
  type QuantityItem,
  quantityItems,
  quantityPairs,
  storyUnits,
  type Unit,
} from './embed-pairs.ts';
import { evalStories } from './embed-stories.ts';

/** A stricter selection, measured beside the real one: a name or a speech verb alone does not earn a vector. */
const anchoredOnly = (s: SelectedSentence): boolean =>
  s.reasons.some((r) => r !== 'entity' && r !== 'speech-verb');

/** Texts embedded one per call for the one-at-a-time rate. */
const SINGLE_SAMPLE = 150;
/** Sentences cut to this many words for the short-phrase rate. */
const PHRASE_WORDS = 8;
const PHRASE_SAMPLE = 500;

const mb = (): number => process.memoryUsage().rss / 1e6;
const cpuS = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const f = (x: number, d = 2): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(d));
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main(): Promise<void> {
  const rss0 = mb();
  let t = performance.now();
  await loadUseLite();
  const loadS = (performance.now() - t) / 1000;
  const rssLoaded = mb();
  const embedder = useLiteEmbedder();
  t = performance.now();
  await embedder.embed(['The first call builds the graph.']);
  const firstCallS = (performance.now() - t) / 1000;

  t = performance.now();
  const stories = evalStories(arg('--story'));
  const extractS = (performance.now() - t) / 1000;
  const articles = stories.reduce((n, s) => n + s.extracted.length, 0);

  // Selection: how much of each article is worth a vector.
  let sentences = 0;
  let selected = 0;
  let anchored = 0;
  for (const s of stories)
    for (const x of s.extracted) {
      sentences += x.seg.sentences.length;
      const chosen = selectSentences(x);
      selected += chosen.length;
      anchored += chosen.filter(anchoredOnly).length;
    }

  // Every text the measurements need, embedded once, batched: the batched rate on real news sentences.
  const units = new Map(stories.map((s) => [s.name, storyUnits(s.extracted)]));
  const quantities = new Map(stories.map((s) => [s.name, quantityItems(s)]));
  const texts = new Set<string>();
  for (const us of units.values()) for (const u of us) texts.add(u.text);
  for (const { items } of quantities.values())
    for (const i of items) for (const u of [i.sentence, i.clause, i.about]) if (u) texts.add(u.text);
  const all = [...texts];
  t = performance.now();
  let c = cpuS();
  const vectors = await embedder.embed(all);
  const batchedS = (performance.now() - t) / 1000;
  const batchedCpu = cpuS() - c;
  const vec = new Map(all.map((text, i) => [text, vectors[i] as Float32Array]));

  const sample = all.slice(0, SINGLE_SAMPLE);
  t = performance.now();
  c = cpuS();
  for (const text of sample) await embedder.embed([text]);
  const singleS = (performance.now() - t) / 1000;
  const singleCpu = cpuS() - c;
  const rssPeak = mb();

  // Cost follows length: the same sentences cut to their first words, as short phrases would be.
  const phrases = all.slice(0, PHRASE_SAMPLE).map((text) => text.split(' ').slice(0, PHRASE_WORDS).join(' '));
  c = cpuS();
  await embedder.embed(phrases);
  const phraseCpu = cpuS() - c;

  // Whole-story path with a cache: fresh, then again (every text a hit).
  const cache = memoryVectorCache();
  t = performance.now();
  for (const s of stories) await embedStory(s.extracted, embedder, cache);
  const storyFreshS = (performance.now() - t) / 1000;
  t = performance.now();
  for (const s of stories) await embedStory(s.extracted, embedder, cache);
  const storyCachedS = (performance.now() - t) / 1000;

  const cos = (p: Pair): number =>
    cosine(vec.get(p.a.text) as Float32Array, vec.get(p.b.text) as Float32Array);
  const scoreAll = (pairs: Pair[], idf: Map<string, number>) => {
    const ov = (p: Pair): number => overlapSimilarity(p.a.terms, p.b.terms, idf);
    return {
      emb: pairs.map((p) => ({ score: cos(p), positive: p.positive })),
      ovl: pairs.map((p) => ({ score: ov(p), positive: p.positive })),
      // The simplest combination: the mean of the two, no weights fitted.
      mix: pairs.map((p) => ({ score: (cos(p) + ov(p)) / 2, positive: p.positive })),
    };
  };
  type Scored = ReturnType<typeof scoreAll>;
  const pool = (xs: Scored[]): Scored => ({
    emb: xs.flatMap((x) => x.emb),
    ovl: xs.flatMap((x) => x.ovl),
    mix: xs.flatMap((x) => x.mix),
  });
  const tail = (s: Scored, pos: number): string =>
    `${String(pos).padStart(5)}   ${f(auc(s.emb))}  ${f(auc(s.ovl))}  ${f(auc(s.mix))}`;
  const line = (label: string, s: Scored, pos: number, neg: number): string =>
    `${label.padEnd(26)} ${String(pos).padStart(5)} ${String(neg).padStart(5)}   ${f(auc(s.emb))}  ${f(auc(s.ovl))}  ${f(auc(s.mix))}`;

  console.log(`\nUSE-lite (${USE_LITE_NAME}), tfjs WebAssembly CPU backend, Node ${process.version}`);
  console.log(
    `load ${f(loadS)} s (first call +${f(firstCallS)} s); rss ${f(rss0, 0)} → ${f(rssLoaded, 0)} MB loaded, ${f(rssPeak, 0)} MB after embedding`,
  );
  console.log(
    `one at a time: ${f(sample.length / singleS, 1)} texts/s (${f(sample.length / singleCpu, 1)} per CPU-s), ${sample.length} texts`,
  );
  console.log(
    `batched (${USE_LITE_BATCH}):  ${f(all.length / batchedS, 1)} texts/s (${f(all.length / batchedCpu, 1)} per CPU-s), ${all.length} texts`,
  );
  const meanChars = all.reduce((n, text) => n + text.length, 0) / all.length;
  console.log(
    `  (texts of ${f(meanChars, 0)} characters on average; cut to ${PHRASE_WORDS} words: ${f(phrases.length / phraseCpu, 1)} per CPU-s)`,
  );
  const perArticle = selected / articles;
  console.log(
    `selected ${selected} of ${sentences} sentences (${f((100 * selected) / sentences, 0)}%), ${f(perArticle, 1)} per article`,
  );
  console.log(
    `  of which ${anchored} (${f((100 * anchored) / selected, 0)}%) have a number, date, quote or status verb, not only a name or a speech verb`,
  );
  console.log(
    `cost per 1,000 articles: ${f((perArticle * 1000 * batchedCpu) / all.length, 1)} CPU-s batched, ${f((perArticle * 1000) / (all.length / batchedS), 1)} s wall`,
  );
  console.log(
    `embedStory over ${articles} articles: ${f(articles / storyFreshS, 1)} articles/s fresh, ${f(articles / storyCachedS, 0)} articles/s from cache (extraction alone: ${f(articles / extractS, 1)} articles/s)`,
  );

  // The sentence that states a claim in each article is picked by one of the two measures, which favours that
  // measure: both picks are shown, and the truth lies between them.
  const claims = [...new Set(stories.flatMap((s) => s.annotation.corroborated.map((c) => c.claim)))];
  const claimVectors = await embedder.embed(claims);
  const claimVec = new Map(claims.map((c, i) => [c, claimVectors[i] as Float32Array]));
  console.log(
    '\nCorroborated claims: the sentence stating a claim in each article, pairs across articles vs random pairs',
  );
  console.log(
    `${'sentence picked by'.padEnd(26)}   word overlap with the claim   |   embedding of the claim`,
  );
  console.log(
    `${'story'.padEnd(26)}   pos   neg   emb   overlap  mean  |   pos   emb   overlap  mean   select keeps`,
  );
  const byPick: Scored[][] = [[], [], []];
  let kept = 0;
  let keptAnchored = 0;
  let positiveUnits = 0;
  for (const s of stories) {
    const us = units.get(s.name) ?? [];
    const idf = storyIdf(us.map((u) => u.terms));
    const claimTerms = new Map(s.annotation.corroborated.map((c) => [c.claim, termsOf(c.claim)]));
    const picks: ClaimMatch[] = [
      (claim, u) => overlapSimilarity(claimTerms.get(claim) ?? [], u.terms, idf),
      (claim, u) => cosine(claimVec.get(claim) as Float32Array, vec.get(u.text) as Float32Array),
    ];
    const cells: string[] = [];
    const pairsByPick = picks.map((pick) => claimPairs(s, us, pick));
    pairsByPick.forEach((pairs, k) => {
      const scored = scoreAll(pairs, idf);
      byPick[k]?.push(scored);
      const pos = pairs.filter((p) => p.positive);
      cells.push(
        k === 0 ? line(s.name, scored, pos.length, pairs.length - pos.length) : tail(scored, pos.length),
      );
    });
    // Positives both picks agree on are labelled with the least bias toward either measure.
    const [byOverlap, byEmbedding] = pairsByPick as [Pair[], Pair[]];
    const embeddingPositives = new Set(byEmbedding.filter((p) => p.positive).map(pairId));
    byPick[2]?.push(
      scoreAll(
        byOverlap.filter((p) => p.positive === embeddingPositives.has(pairId(p))),
        idf,
      ),
    );
    const chosen = s.extracted.flatMap(selectSentences);
    const selectedKeys = new Set(chosen.map((u) => u.key));
    const anchoredKeys = new Set(chosen.filter(anchoredOnly).map((u) => u.key));
    const posUnits = new Set(byOverlap.filter((p) => p.positive).flatMap((p) => [p.a.key, p.b.key]));
    kept += [...posUnits].filter((key) => selectedKeys.has(key)).length;
    keptAnchored += [...posUnits].filter((key) => anchoredKeys.has(key)).length;
    positiveUnits += posUnits.size;
    console.log(cells.join('  | '));
  }
  const pooled = byPick.map(pool);
  const nPos = (x: Scored): number => x.emb.filter((p) => p.positive).length;
  const [p0, p1] = pooled as [Scored, Scored];
  console.log(`${line('ALL (pooled)', p0, nPos(p0), p0.emb.length - nPos(p0))}  | ${tail(p1, nPos(p1))}`);
  const mean = (xs: Scored[], key: keyof Scored): string => {
    const v = xs.map((x) => auc(x[key])).filter((x) => !Number.isNaN(x));
    return f(v.reduce((a, b) => a + b, 0) / v.length);
  };
  const means = byPick.slice(0, 2).map((xs) => `${mean(xs, 'emb')}  ${mean(xs, 'ovl')}  ${mean(xs, 'mix')}`);
  console.log(`${'mean of stories'.padEnd(38)}   ${means[0]}  |         ${means[1]}`);
  const both = pooled[2] as Scored;
  const bothMeans = `${mean(byPick[2] ?? [], 'emb')}  ${mean(byPick[2] ?? [], 'ovl')}  ${mean(byPick[2] ?? [], 'mix')}`;
  console.log(
    `${line('ALL, both picks agree', both, nPos(both), both.emb.length - nPos(both))}   (mean of stories ${bothMeans})`,
  );
  console.log(
    `select keeps ${kept} of ${positiveUnits} sentences that state a corroborated claim (overlap pick)`,
  );
  console.log(`a selection of anchored sentences only would keep ${keptAnchored} of them`);

  console.log('\nQuantities: values of one annotated thing across articles vs values of different things');
  const levels: [string, (i: QuantityItem) => Unit | null][] = [
    ['sentence', (i) => i.sentence],
    ['clause', (i) => i.clause],
    ["extractor's about-phrase", (i) => i.about],
  ];
  let found = 0;
  let lost = 0;
  for (const { items, missing } of quantities.values())
    [found, lost] = [found + items.length, lost + missing];
  console.log(`${found} annotated values found in their articles, ${lost} not found`);
  console.log(`${'compared'.padEnd(26)}   pos   neg   emb   overlap  mean`);
  // A dispute is one thing given two values: the rows "values differ" keep only such positives.
  for (const differ of [false, true])
    for (const [label, pick] of levels) {
      const scored: Scored[] = [];
      for (const s of stories) {
        const us = units.get(s.name) ?? [];
        const idf = storyIdf(us.map((u) => u.terms));
        const pairs = quantityPairs(quantities.get(s.name)?.items ?? [], pick, differ);
        scored.push(scoreAll(pairs, idf));
      }
      const p = pool(scored);
      const pos = p.emb.filter((x) => x.positive).length;
      console.log(line(differ ? `${label}, values differ` : label, p, pos, p.emb.length - pos));
    }
}

await main();
