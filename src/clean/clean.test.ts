import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';
import { MAX_TEXT_CHARS } from './budget.ts';
import { clean } from './index.ts';
import { ctx, mustClean, raw } from './testkit.ts';

const TEXT = [
  'Ferry strike ends in Ostra',
  '',
  'by Mira Castell - Regional Editor',
  '',
  'OSTRA — The ferry workers of Ostra returned to work on Friday after a four-day strike over pay.',
  '',
  'The union said the agreement,reached late on Thursday, raises wages by 4% from March 2031.',
  '',
  'Leave a Reply',
  '',
  'Your email address will not be published. Required fields are marked *',
].join('\n');

describe('clean()', () => {
  it('cleans plain text: chrome gone, metadata found, spans valid', () => {
    const d = mustClean(raw({ body: TEXT }));
    expect(d.title).toBe('Ferry strike ends in Ostra');
    expect(d.authors).toEqual(['Mira Castell']);
    expect(d.dateline).toBe('OSTRA');
    expect(d.text).toContain('agreement, reached late');
    expect(d.text).not.toContain('Leave a Reply');
    expect(d.publishedBasis).toBe('inferred');
    expect(d.published).toBe('2031-03');
    expect(d.language).toBe('en');
    expect(d.contentHash).toMatch(/^[0-9a-f]{64}$/);
    for (const b of d.blocks) expect(b.end).toBeLessThanOrEqual(d.text.length);
    expect(d.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('trusts given metadata over the text', () => {
    const d = mustClean(
      raw({
        body: TEXT,
        meta: { title: 'Given title', authors: ['A. Writer'], published: '2031-02-03', outlet: 'Post' },
      }),
    );
    expect(d).toMatchObject({
      title: 'Given title',
      authors: ['A. Writer'],
      published: '2031-02-03',
      publishedBasis: 'metadata',
      outlet: 'Post',
    });
  });

  it('reads a published line of the text', () => {
    const d = mustClean(raw({ body: `Published on April 2, 2031\n\n${TEXT}` }));
    expect(d).toMatchObject({ published: '2031-04-02', publishedBasis: 'text' });
    expect(d.text).not.toContain('Published on');
  });

  it.each([
    ['By Mira Castell | Published 5:32 PM EST, Mon January 8, 2031', '2031-01-08'],
    ['Jan 8, 2031, 10:04 AM ET', '2031-01-08'],
    ['Last updated: 8 January 2031', '2031-01-08'],
  ])('reads the date of a top line "%s"', (line, want) => {
    const d = mustClean(
      raw({ body: `Ferry strike ends in Ostra\n\n${line}\n\n${TEXT.split('\n\n').slice(2).join('\n\n')}` }),
    );
    expect(d).toMatchObject({ published: want, publishedBasis: 'text' });
    expect(d.text).not.toContain(line);
  });

  it('reads the date of a dateline and keeps the dateline in the text', () => {
    const body =
      'NEW YORK, Jan. 5, 2031 (Wire) — Ferry workers in the harbour of Ostra returned to work on Friday.';
    const d = mustClean(raw({ body }));
    expect(d).toMatchObject({ published: '2031-01-05', publishedBasis: 'text', dateline: 'NEW YORK' });
    expect(d.text).toBe(body);
  });

  it('names the outlet from a dateline credit only when no metadata names one, and keeps the credit as wire', () => {
    const body = 'OSTRA, Jan. 5, 2031 (Harbour Wire) — Ferry workers in Ostra returned to work on Friday.';
    const d = mustClean(raw({ body }));
    expect([d.outlet, d.wire]).toEqual(['Harbour Wire', 'Harbour Wire']);
    const given = mustClean(raw({ body, meta: { outlet: 'Ostra Daily' } }));
    expect([given.outlet, given.wire]).toEqual(['Ostra Daily', 'Harbour Wire']);
    const plain = mustClean(raw({ body: 'OSTRA — Ferry workers in Ostra returned to work on Friday.' }));
    expect([plain.outlet, plain.wire]).toEqual([null, undefined]);
  });

  it('cleans markdown to plain text with blocks', () => {
    const d = mustClean(
      raw({
        kind: 'markdown',
        body: '# Ferry strike ends\n\nThe **union** of [Ostra](http://x.test) agreed.\n\n- one\n- two',
      }),
    );
    expect(d.text).toBe('Ferry strike ends\n\nThe union of Ostra agreed.\n\none\ntwo');
    expect(d.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list-item', 'list-item']);
  });

  it('cleans HTML through the article extractor and the same text rules', () => {
    const para = (s: string): string => `<p>${s}</p>`;
    const html = `<html><head><title>Ferry strike ends</title></head><body><nav>Main Menu</nav><article>
      <h1>Ferry strike ends in Ostra</h1>
      ${para('The ferry workers of Ostra returned to work on Friday after a four-day strike over pay and rotas.')}
      ${para('The union said the agreement,reached late on Thursday, raises wages by 4% and adds two rest days a month.')}
      ${para('Harbour officials said the first ferry to the island would leave at six in the morning on Saturday.')}
      ${para('Leave a Reply')}
      </article></body></html>`;
    const d = mustClean(raw({ kind: 'html', body: html, meta: { url: 'https://example.test/a' } }));
    expect(d.text).toContain('agreement, reached late on Thursday');
    expect(d.text).not.toContain('Leave a Reply');
    expect(d.url).toBe('https://example.test/a');
  });

  it('says when nothing dates the article', () => {
    const r = clean(
      raw({ body: 'The ferry workers of Ostra returned to work on Friday after a strike.' }),
      ctx,
    );
    expect(r.value).toMatchObject({ published: null, publishedBasis: 'unknown' });
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'clean.undated', severity: 'info', where: 'doc' }),
    ]);
  });

  it('returns null with an issue when nothing is left', () => {
    const r = clean(raw({ body: 'Leave a Reply\n\nMain Menu' }), ctx);
    expect(r.value).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['clean.empty']);
  });

  it.each(['text', 'markdown'] as const)(
    'cleans a 1 MB single %s line within the CPU budget for pathological input',
    (kind) => {
      const body = 'the pier, closed "since” Home » x **b** [l](u) _i_ 2031 March '
        .repeat(16_000)
        .slice(0, 1_000_000);
      const t = cpuNow();
      const d = mustClean(raw({ kind, body }));
      expect(cpuNow() - t).toBeLessThan(BLOWUP_BUDGET_MS);
      // the analysis budget keeps the first MAX_TEXT_CHARS and says so on the document
      expect(d.text.length).toBeGreaterThan(MAX_TEXT_CHARS / 2);
      expect(d.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
      expect(d.cut?.[0]).toMatch(/only the first \d+ of \d+ characters/);
    },
  );
});

describe('clean() over HTML structure', () => {
  it('keeps list items of a page together and its subheadings as headings', () => {
    const html = `<html><body><article><h1>Ferry strike ends in Ostra</h1>
      <p>The ferry workers of Ostra returned to work on Friday after a four-day strike over pay and rotas.</p>
      <h2>What was agreed</h2>
      <ul><li>Wages rise by 4% from March.</li><li>Two more rest days a month.</li></ul>
      <p>Harbour officials said the first ferry to the island would leave at six in the morning on Saturday.</p>
      </article></body></html>`;
    const d = mustClean(raw({ kind: 'html', body: html }));
    const items = d.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => d.text.slice(b.start, b.end))).toEqual([
      'Wages rise by 4% from March.',
      'Two more rest days a month.',
    ]);
    expect(d.text.slice(items[0]!.end, items[1]!.start)).toBe('\n');
    expect(d.blocks.filter((b) => b.kind === 'heading').map((b) => d.text.slice(b.start, b.end))).toContain(
      'What was agreed',
    );
  });
});
