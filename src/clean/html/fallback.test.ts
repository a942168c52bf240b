import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.ts';
import { densestContainer } from './fallback.ts';

describe('densestContainer', () => {
  it('picks the box whose paragraphs carry the most non-link text', () => {
    const long = 'The council voted on Tuesday to extend the night bus service to the outer districts. ';
    const doc = parseDocument(
      `<div id="menu"><p><a href="/a">${long}</a></p><p><a href="/b">${long}</a></p></div>` +
        `<div id="story"><p>${long}</p><p>${long}</p></div><div id="side"><p>${long}</p></div>`,
    );
    expect(densestContainer(doc)?.getAttribute('id')).toBe('story');
  });
  it('must not pick anything when no paragraph is long enough', () => {
    expect(densestContainer(parseDocument('<div><p>Short.</p><p>Also short.</p></div>'))).toBeNull();
  });
});
