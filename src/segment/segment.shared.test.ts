// Segmenting the real articles of ../shared: offsets exact, annotated opinion and sources in the right place.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOf } from '../../test/support/document.ts';
import { makeContext } from '../context.ts';
import type { Document } from '../model/document.ts';
import { segment } from './index.ts';

const ctx = makeContext({ now: new Date('2026-01-10T00:00:00Z') });
const docOf = (text: string): Document => documentOf(text);

describe('real articles (../shared/corpus/cartel-strikes)', () => {
  const root = path.resolve(import.meta.dirname, '../../../shared');
  const dir = path.join(root, 'corpus/cartel-strikes');
  const ann = JSON.parse(readFileSync(path.join(root, 'eval/cartel-strikes.json'), 'utf8')) as {
    flags: { doc: string; kind: string; evidence: string }[];
  };
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      return {
        id: f.replace(/\.txt$/, ''),
        seg: segment({ ...docOf(text), id: f.replace(/\.txt$/, '') }, ctx).value,
      };
    });

  it('gives every sentence exact offsets inside its paragraph and section', () => {
    for (const { seg: s } of docs) {
      expect(s.sentences.length).toBeGreaterThan(5);
      for (const x of s.sentences) {
        const t = s.doc.text.slice(x.start, x.end);
        expect(t.trim()).toBe(t);
        expect(t.length).toBeGreaterThan(0);
        const sec = s.sections[x.section]!;
        expect(x.start >= sec.start && x.end <= sec.end).toBe(true);
      }
    }
  });

  it('puts the annotated opinion and hypothetical evidence in a section that is not news', () => {
    const wanted = ann.flags.filter((f) => f.kind === 'opinion' || f.kind === 'hypothetical');
    expect(wanted.length).toBeGreaterThan(0);
    for (const f of wanted) {
      const d = docs.find((x) => x.id === f.doc)!;
      const at = d.seg.doc.text.indexOf(f.evidence);
      expect(at).toBeGreaterThanOrEqual(0);
      const sec = d.seg.sections.find((s) => s.start <= at && at < s.end)!;
      expect(sec.kind, f.evidence).not.toBe('news');
    }
  });

  it('marks the annotated unnamed-source evidence with the unnamed-source cue', () => {
    for (const f of ann.flags.filter((x) => x.kind === 'unnamed-sources')) {
      const d = docs.find((x) => x.id === f.doc)!;
      const at = d.seg.doc.text.indexOf(f.evidence);
      const s = d.seg.sentences.find((x) => x.start <= at && at < x.end)!;
      expect(s.cues).toContain('unnamed-source');
    }
  });
});
