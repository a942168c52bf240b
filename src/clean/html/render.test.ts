import { describe, expect, it } from 'vitest';
import { assemble } from './assemble.ts';
import { parseDocument } from './dom.ts';
import { renderDrafts } from './render.ts';

const render = (html: string) => assemble(renderDrafts(parseDocument(html).body));

describe('render', () => {
  it('keeps headings, list items and table rows as blocks with spans', () => {
    const { text, blocks } = render(
      '<h2>Counts</h2><p>Intro &amp; more.</p><ul><li>One</li><li>Two</li></ul>' +
        '<table><tr><th>Town</th><th>Dead</th></tr><tr><td>Ostrava</td><td>4</td></tr></table>',
    );
    expect(text).toBe('Counts\n\nIntro & more.\n\nOne\nTwo\n\nTown | Dead\nOstrava | 4');
    expect(blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'list-item',
      'list-item',
      'table-row',
      'table-row',
    ]);
    expect(blocks[0]?.level).toBe(2);
    const row = blocks[5]!;
    expect(row.cells?.map((c) => text.slice(c.start, c.end))).toEqual(['Ostrava', '4']);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(text.slice(b.start, b.end).trim());
  });

  it('splits <br>-separated text into paragraphs and drops scripts and hidden text', () => {
    const { text } = render(
      '<div>First line here.<br><br>Second line.<script>x=1</script><span hidden>no</span></div>',
    );
    expect(text).toBe('First line here.\n\nSecond line.');
  });

  it('marks blockquote content as quote blocks, attribution included', () => {
    const { blocks } = render('<p>Before it.</p><blockquote><p>Said this.</p>— A. Person</blockquote>');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'quote', 'quote']);
  });

  it('treats a one-column table as layout', () => {
    const { blocks } = render('<table><tr><td><p>Only paragraph one.</p><p>Two.</p></td></tr></table>');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
});
