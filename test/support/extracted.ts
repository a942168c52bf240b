// Real articles for the embed tests: invented text run through the real clean and extract stages.
import { makeContext } from '../../src/context.ts';
import type { Extracted } from '../../src/model/mention.ts';
import { cleanAll, extractDoc } from '../../src/pipeline.ts';

const ctx = makeContext({ now: new Date('2026-03-01T00:00:00Z') });

/** One invented article, cleaned and extracted as the pipeline does it. */
export function extractedOf(id: string, body: string): Extracted {
  const docs = cleanAll(
    [{ id, source: id, kind: 'text', body, meta: { published: '2026-02-27' } }],
    ctx,
  ).value;
  const doc = docs[0];
  if (!doc) throw new Error(`test article ${id} did not survive cleaning`);
  return extractDoc(doc, ctx).value;
}
