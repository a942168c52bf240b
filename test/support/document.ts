import type { Document } from '../../src/model/document.ts';

/** A cleaned document of the given text, every other field empty unless given: what stage tests start from. */
export function documentOf(text: string, over: Partial<Document> = {}): Document {
  return {
    id: 'd',
    source: 'test',
    title: null,
    outlet: null,
    authors: [],
    published: null,
    publishedBasis: 'unknown',
    language: 'en',
    url: null,
    text,
    blocks: [],
    flags: [],
    contentHash: '',
    ...over,
  };
}
