// The real model, on short invented sentences. The first test must run before anything embeds.
import { createRequire } from 'node:module';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { extractedOf } from '../../test/support/extracted.ts';
import { cosine } from '../model/vectors.ts';
import type { Embedder } from './embedder.ts';
import { selectSentences } from './select.ts';
import { USE_LITE_BATCH, useLiteEmbedder, useLiteLoaded } from './use-lite.ts';

const require = createRequire(import.meta.url);
const tfjsLoaded = (): boolean => Object.keys(require.cache).some((k) => k.includes('@energetic-ai'));

/** The real embedder, counting the texts it is asked for. */
function counting(inner: Embedder): Embedder & { texts: number; calls: number } {
  const e = {
    name: inner.name,
    dim: inner.dim,
    texts: 0,
    calls: 0,
    embed: async (texts: string[]) => {
      e.calls++;
      e.texts += texts.length;
      return inner.embed(texts);
    },
  };
  return e;
}

describe('USE-lite embedder', () => {
  it('is not loaded by importing the pipeline or making an embedder', async () => {
    const pipeline = await import('../pipeline.ts');
    pipeline.useLiteEmbedder();
    expect(useLiteLoaded()).toBe(false);
    expect(tfjsLoaded()).toBe(false);
  });

  const embedder = useLiteEmbedder();

  it('loads from the installed package without opening a connection', async () => {
    const attempts: string[] = [];
    const connect = net.Socket.prototype.connect;
    const fetch = globalThis.fetch;
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      attempts.push(JSON.stringify(args[0]));
      this.destroy();
      return this;
    } as typeof connect;
    globalThis.fetch = async (input) => {
      attempts.push(String(input));
      throw new Error('no network in this test');
    };
    try {
      // The tripwire itself works: a socket to a closed port is recorded.
      net.connect(9, '127.0.0.1').on('error', () => {});
      expect(attempts).toHaveLength(1);
      const [v] = await embedder.embed(['The harbour reopened on Monday.']);
      expect(v).toHaveLength(512);
      expect(attempts).toHaveLength(1);
    } finally {
      net.Socket.prototype.connect = connect;
      globalThis.fetch = fetch;
    }
  });

  it('places a paraphrase nearer than an unrelated sentence', async () => {
    const [a, para, other, b, bPara, bOther] = await embedder.embed([
      'The bridge collapsed during the storm on Tuesday night.',
      'A storm on Tuesday night brought the bridge down.',
      'The school board approved a new lunch menu.',
      'Police arrested three men after the bank robbery.',
      'Three suspects were detained by officers following the bank heist.',
      'The orchestra will tour Europe next spring.',
    ]);
    expect(tfjsLoaded()).toBe(true);
    const sim = (x?: Float32Array, y?: Float32Array): number => cosine(x as Float32Array, y as Float32Array);
    expect(sim(a, para)).toBeGreaterThan(sim(a, other) + 0.2);
    expect(sim(b, bPara)).toBeGreaterThan(sim(b, bOther) + 0.2);
    expect(sim(a, para)).toBeGreaterThan(sim(a, bPara));
  });

  it('gives one vector of 512 numbers per text, in order, across batches, empty text included', async () => {
    const texts = Array.from({ length: USE_LITE_BATCH * 2 + 3 }, (_, i) => `Report number ${i} of the day.`);
    texts[5] = '';
    const all = await embedder.embed(texts);
    expect(all).toHaveLength(texts.length);
    for (const v of all) expect(v).toHaveLength(512);
    const [late] = await embedder.embed([texts[USE_LITE_BATCH + 1] as string]);
    expect(cosine(late as Float32Array, all[USE_LITE_BATCH + 1] as Float32Array)).toBeCloseTo(1, 4);
    expect(cosine(late as Float32Array, all[USE_LITE_BATCH] as Float32Array)).toBeLessThan(0.9999);
  });
});

describe('embedStory', () => {
  const first = extractedOf(
    'a1',
    'Fire crews rescued 12 people from the burning hotel on Friday. The mayor said the cause was unknown.',
  );
  const second = extractedOf(
    'a2',
    'Fire crews rescued 12 people from the burning hotel on Friday. Officials said 40 rooms were destroyed.',
  );

  it('gives every selected sentence a unit vector, embedding a text shared by two articles once', async () => {
    const { embedStory } = await import('./story.ts');
    const embedder = counting(useLiteEmbedder());
    const vectors = await embedStory([first, second], embedder);
    const keys = [...selectSentences(first), ...selectSentences(second)].map((s) => s.key);
    expect([...vectors.keys()].sort()).toEqual([...keys].sort());
    expect(keys).toHaveLength(4);
    expect(embedder.texts).toBe(3);
    for (const v of vectors.values()) expect(Math.hypot(...v)).toBeCloseTo(1, 4);
  });

  it('embeds nothing again when the cache already holds the story', async () => {
    const { embedStory } = await import('./story.ts');
    const { memoryVectorCache } = await import('./cache.ts');
    const cache = memoryVectorCache();
    const embedder = counting(useLiteEmbedder());
    const once = await embedStory([first], embedder, cache);
    expect(embedder.texts).toBe(2);
    const again = await embedStory([first, second], embedder, cache);
    expect(embedder.texts).toBe(3);
    expect(embedder.calls).toBe(2);
    await embedStory([second, first], embedder, cache);
    expect(embedder.calls).toBe(2);
    for (const [k, v] of once) expect(again.get(k)).toBe(v);
  });
});
