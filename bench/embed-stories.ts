// The annotated stories of ../shared/eval, run through the real pipeline up to extraction, for the embedding
// benchmark. Reads ../shared at run time; nothing of it is copied into the project.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeContext } from '../src/context.ts';
import type { RawDocument } from '../src/model/document.ts';
import type { Extracted } from '../src/model/mention.ts';
import { cleanAll, extractDoc, ingestInput } from '../src/pipeline.ts';
import { SHARED } from './corpus.ts';

export interface Annotation {
  corroborated: { claim: string; docs: string[] }[];
  quantities: { about: string; values: { doc: string; text: string }[] }[];
  corpus: string;
}

export interface EvalStory {
  name: string;
  annotation: Annotation;
  extracted: Extracted[];
}

const ctx = makeContext({ now: new Date('2026-12-01T00:00:00Z') });

function rawsOf(corpus: string): RawDocument[] {
  const full = path.join(SHARED, corpus);
  const files = statSync(full).isDirectory()
    ? readdirSync(full)
        .sort()
        .map((f) => ({ file: path.join(full, f), type: 'text/plain' }))
    : [{ file: full, type: 'application/x-ndjson' }];
  return files.flatMap(
    ({ file, type }) =>
      ingestInput({ name: file, bytes: new Uint8Array(readFileSync(file)), contentType: type }, ctx).value
        .docs,
  );
}

/** Every annotated story, cleaned and extracted. */
export function evalStories(only?: string): EvalStory[] {
  const dir = path.join(SHARED, 'eval');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && (!only || f === `${only}.json`))
    .sort()
    .map((f) => {
      const annotation = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Annotation;
      const docs = cleanAll(rawsOf(annotation.corpus), ctx).value;
      return {
        name: f.replace(/\.json$/, ''),
        annotation,
        extracted: docs.map((d) => extractDoc(d, ctx).value),
      };
    });
}
