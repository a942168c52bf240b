// Test helper: raw documents and a clean() that must succeed, shared by the clean tests (with and without ../shared).
import { expect } from 'vitest';
import { makeContext } from '../context.ts';
import { type Document, DocumentSchema, type RawDocument } from '../model/document.ts';
import { clean } from './index.ts';

export const ctx = makeContext({ now: new Date('2032-06-01T00:00:00Z') });

export const raw = (over: Partial<RawDocument> & { body: string }): RawDocument => ({
  id: 'doc',
  source: 'test',
  kind: 'text',
  meta: {},
  ...over,
});

export const mustClean = (r: RawDocument): Document => {
  const out = clean(r, ctx);
  expect(out.value).not.toBeNull();
  DocumentSchema.parse(out.value);
  return out.value!;
};
