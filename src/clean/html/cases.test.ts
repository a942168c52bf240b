import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../../test/support/cpu.ts';
import { listCases } from './golden.ts';
import { extractArticle } from './index.ts';

const cases = listCases();

describe('golden HTML cases', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  for (const c of cases) {
    it(`${c.name}: text, metadata and issues as expected`, () => {
      const r = extractArticle(c.source);
      expect(r.value?.text ?? '').toBe(c.text);
      expect(r.value?.meta ?? null).toEqual(c.meta);
      expect(r.issues.map((i) => i.code)).toEqual(c.issues);
    });

    it(`${c.name}: every block span covers trimmed text, in order, without overlap`, () => {
      const a = extractArticle(c.source).value;
      if (!a) return expect(c.text).toBe('');
      let end = 0;
      for (const b of a.blocks) {
        const t = a.text.slice(b.start, b.end);
        expect(t.length).toBeGreaterThan(0);
        expect(t).toBe(t.trim());
        expect(b.start).toBeGreaterThanOrEqual(end);
        end = b.end;
        for (const cell of b.cells ?? []) expect(cell.start >= b.start && cell.end <= b.end).toBe(true);
      }
      expect(a.text.slice(end)).toBe('');
    });
  }

  it('jsdom gives the same text as linkedom on every case', () => {
    for (const c of cases)
      expect(extractArticle(c.source, { dom: 'jsdom' }).value?.text ?? '', c.name).toBe(c.text);
  });
});

describe('timing guard', () => {
  it('a 1 MB single-line article finishes in bounded time (Readability is most of it)', () => {
    const para = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit &amp; more. '.repeat(20)}</p>`;
    const html = `<html><head><title>T</title></head><body><div>${para.repeat(1_000_000 / para.length)}</div></body></html>`;
    expect(html.includes('\n')).toBe(false);
    const t0 = cpuNow();
    const r = extractArticle(html);
    expect(r.value?.text.length).toBeGreaterThan(500_000);
    expect(cpuNow() - t0).toBeLessThan(10_000);
  });

  it('1 MB of title separators and byline conjunctions stays fast', () => {
    const html = `<title>${'a | b - '.repeat(60_000)}</title><div class="byline">By ${'and '.repeat(120_000)}</div><p>x</p>`;
    const t0 = cpuNow();
    extractArticle(html);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });

  it('markup nested thousands deep is kept as flat text with an issue, not walked', () => {
    const html = `<p>${'<b>word '.repeat(10_000)}`;
    const t0 = cpuNow();
    const r = extractArticle(html);
    expect(r.issues.map((i) => i.code)).toContain('clean.html-too-deep');
    expect(r.value?.text.split(' ').length).toBe(10_000);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
