import { describe, expect, it } from 'vitest';
import { makeContext } from '../context.ts';
import { boundHtml, MAX_HTML_DEPTH, MAX_HTML_TAGS, MAX_TEXT_CHARS } from './budget.ts';
import { clean } from './index.ts';

const ctx = makeContext({ now: new Date('2026-01-10T00:00:00Z') });
const PARA = '<p>Fire crews said the harbour blaze was under control by Monday evening, officials said. </p>';

describe('cleaning budgets', () => {
  it('cuts HTML at the tag budget and says which budget cut it', () => {
    const html = `<html><body>${PARA.repeat(40)}${'<img src=x>'.repeat(MAX_HTML_TAGS * 2)}</body></html>`;
    const b = boundHtml(html);
    expect(b.text.length).toBeLessThan(html.length);
    expect(b.cut).toMatch(/tags/);
  });

  it('cuts HTML nested past the depth budget, while unclosed paragraphs do not count', () => {
    expect(boundHtml(`<body>${'<div>'.repeat(MAX_HTML_DEPTH + 5)}x`).cut).toMatch(/nested/);
    expect(boundHtml(`<body>${'<p>text'.repeat(MAX_HTML_DEPTH * 3)}`).cut).toBeUndefined();
  });

  it('keeps a page with a million-deep div from running away: the article before it survives', () => {
    const html = `<html><body><article>${PARA.repeat(20)}</article>${'<div>'.repeat(200_000)}</body></html>`;
    const r = clean({ id: 'deep', source: 'deep.html', kind: 'html', body: html, meta: {} }, ctx);
    expect(r.value?.text).toContain('harbour blaze');
    expect(r.value?.cut?.join(' ')).toMatch(/nested/);
    expect(r.issues.map((i) => i.code)).toContain('clean.cut');
  });

  it('analyses at most MAX_TEXT_CHARS of article text, block spans inside it', () => {
    const body = Array.from(
      { length: 3000 },
      (_, i) => `Paragraph ${i} says the port reopened on Tuesday.`,
    ).join('\n\n');
    const d = clean({ id: 't', source: 't.txt', kind: 'text', body, meta: {} }, ctx).value!;
    expect(body.length).toBeGreaterThan(MAX_TEXT_CHARS);
    expect(d.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    for (const b of d.blocks) expect(b.end).toBeLessThanOrEqual(d.text.length);
    expect(d.cut).toHaveLength(1);
  });
});
