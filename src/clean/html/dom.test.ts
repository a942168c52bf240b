import { describe, expect, it } from 'vitest';
import { parseDocument, withoutInertBlocks } from './dom.ts';

describe('withoutInertBlocks', () => {
  it('removes scripts and styles but keeps JSON-LD', () => {
    const html =
      '<p>a</p><script>var s = "<p>no</p>";</script><STYLE>p{}</STYLE>' +
      '<script type="application/ld+json">{"a":1}</script><p>b</p>';
    expect(withoutInertBlocks(html)).toBe(
      '<p>a</p><script type="application/ld+json">{"a":1}</script><p>b</p>',
    );
  });
  it('must not touch look-alike tags or an unclosed block', () => {
    expect(withoutInertBlocks('<scripture>x</scripture><styles>y</styles>')).toBe(
      '<scripture>x</scripture><styles>y</styles>',
    );
    expect(withoutInertBlocks('<p>a</p><script>never closed')).toBe('<p>a</p><script>never closed');
  });
  it('jsdom parses a page whose stylesheet its CSS parser rejects', () => {
    const html = '<style>a { border: inherit 1px; border-color: red }</style><p>text here</p>';
    expect(parseDocument(html, 'jsdom').body.textContent).toBe('text here');
  });
});
