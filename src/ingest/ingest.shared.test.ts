// Ingesting the real articles of ../shared: one text document each, text intact.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Input } from '../model/input.ts';
import { ingest } from './index.ts';
import { ctx } from './test-helpers.ts';

const run = (input: Input) => ingest(input, ctx);

describe('the five real articles', () => {
  const dir = new URL('../../../shared/corpus/cartel-strikes/', import.meta.url);
  const names = [
    '000_40a772719bc21af6.txt',
    '001_f5d4e3ee38c4df6f.txt',
    '002_f6c5fed12bcb1118.txt',
    '003_4671b11fd7d2c225.txt',
    '004_3ba3beb1fb680a92.txt',
  ];
  it('ingests each as one text document with the file-name id and its text intact', () => {
    for (const name of names) {
      const bytes = readFileSync(new URL(name, dir));
      const r = run({ name, bytes });
      expect(r.issues).toEqual([]);
      expect(r.value.docs).toHaveLength(1);
      const doc = r.value.docs[0]!;
      expect(doc.id).toBe(name.replace('.txt', ''));
      expect(doc.kind).toBe('text');
      expect(doc.body).toBe(new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n'));
      expect(doc.body.length).toBeGreaterThan(1000);
    }
  });
});
