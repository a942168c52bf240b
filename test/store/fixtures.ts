// Documents written for the store tests (invented text), built the way clean/ builds them.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document, RawDocument } from '../../src/model/document.ts';

export function makeDoc(
  id: string,
  text: string,
  over: Partial<Document> = {},
): { raw: RawDocument; doc: Document } {
  const raw: RawDocument = {
    id,
    source: `${id}.txt`,
    kind: 'text',
    body: `Headline for ${id}\n\n${text}`,
    meta: { outlet: 'The Harbour Gazette' },
  };
  const doc: Document = {
    id,
    source: `${id}.txt`,
    title: `Headline for ${id}`,
    outlet: 'The Harbour Gazette',
    authors: ['Mira Okonkwo'],
    published: '2025-03-04',
    publishedBasis: 'metadata',
    language: 'en',
    url: null,
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length, level: 0 }],
    flags: [{ kind: 'opinion', evidence: 'I believe', span: { start: 0, end: Math.min(9, text.length) } }],
    contentHash: createHash('sha256').update(text).digest('hex'),
    ...over,
  };
  return { raw, doc };
}

export function tempDir(prefix = 'corroborate-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
