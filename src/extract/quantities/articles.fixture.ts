// Test helper: the annotated story in ../shared, cleaned and segmented by the real stages, for tests that check
// the finders against the hand annotation. Never copies article text into the repo.
import { readFileSync } from 'node:fs';
import { clean } from '../../clean/index.ts';
import type { Context } from '../../context.ts';
import type { Segmented } from '../../model/segment.ts';
import { segment } from '../../segment/index.ts';

export const SHARED = new URL('../../../../shared/', import.meta.url);

export interface Annotation {
  docs: string[];
  quantities: { about: string; values: { doc: string; text: string }[] }[];
  dates: { event: string; values: { doc: string; text: string; resolved: string }[] }[];
}

export function readAnnotation(): Annotation {
  return JSON.parse(readFileSync(new URL('eval/cartel-strikes.json', SHARED), 'utf8')) as Annotation;
}

export function segmentedArticle(id: string, ctx: Context): Segmented {
  const path = new URL(`corpus/cartel-strikes/${id}.txt`, SHARED);
  const body = readFileSync(path, 'utf8');
  const doc = clean({ id, source: path.pathname, kind: 'text', body, meta: {} }, ctx).value;
  if (!doc) throw new Error(`clean() dropped ${id}`);
  return segment(doc, ctx).value;
}
