import { describe, expect, it } from 'vitest';
import { type Briefing, BriefingSchema } from '../../model/briefing.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { renderText } from './text.ts';

const textA = 'The fire killed at least 4 people, officials said. <script>alert(1)</script>';
const textB = 'The toll rose to at least 6, the fire chief said on Thursday.';

const briefing: Briefing = BriefingSchema.parse({
  schema: 'corroborate.briefing/1',
  story: { id: 'demo', title: 'Terminal fire | toll rises' },
  documents: [
    {
      id: 'a',
      title: 'Wire report',
      outlet: 'Wire',
      published: '2026-03-03',
      published_basis: 'text',
      text: textA,
      flags: [],
    },
    {
      id: 'b',
      title: 'Local report',
      outlet: null,
      published: null,
      published_basis: 'unknown',
      text: textB,
      flags: [{ kind: 'opinion', evidence: 'I predict the inquiry will fail' }],
    },
  ],
  entities: [
    {
      id: 'p1',
      name: 'Amara Osei',
      type: 'person',
      aliases: ['Osei'],
      roles: [{ role: 'fire chief', docs: ['b'] }],
      docs: ['a', 'b'],
    },
  ],
  quantities: [],
  timeline: [
    {
      date: '2026-03-03',
      event: 'fire at the terminal',
      docs: ['a'],
      evidence: [{ doc: 'a', text: 'on Tuesday' }],
    },
  ],
  quotes: [{ speaker: 'Amara Osei', text: 'We lost the conveyor', docs: ['a'] }],
  claims: [
    {
      id: 'c1',
      text: 'The fire killed at least 4 people',
      status: 'single-source',
      docs: ['a'],
      evidence: [{ doc: 'a', text: 'The fire killed at least 4 people, officials said.', start: 0, end: 50 }],
    },
  ],
  disputes: [
    {
      about: 'people killed in the fire',
      kind: 'number',
      note: 'both are lower bounds; the later report gives the higher count',
      sides: [
        { value: 'at least 4', docs: ['a'], evidence: [{ doc: 'a', text: 'killed at least 4 people' }] },
        { value: 'at least 6', docs: ['b'], evidence: [{ doc: 'b', text: 'rose to at least 6' }] },
      ],
    },
  ],
  sources: [{ id: 'g1', docs: ['a'], reason: null }],
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(briefing);
  it('has every section that has content, with source labels', () => {
    for (const h of [
      '## Disputes',
      '## Timeline',
      '## Actors and roles',
      '## Quotes',
      '## Single-source claims',
      '## Coverage',
      '## Sources',
    ])
      expect(md).toContain(h);
    expect(md).toContain('**at least 6** [S2]');
    expect(md).toContain('_Likely reason:_ both are lower bounds');
  });
  it('escapes table pipes so a title cannot break the layout', () => {
    expect(md).toContain('# Terminal fire \\| toll rises');
  });
  it('leaves out sections with nothing in them', () => {
    expect(md).not.toContain('## Summary');
  });
});

describe('renderHtml', () => {
  const html = renderHtml(briefing);
  it('is one self-contained page', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<link|<script src/);
  });
  it('escapes article text', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });
  it('marks each claim evidence span in its source text and links citations to source cards', () => {
    expect(html).toContain('<mark id="ev-c1-a">The fire killed at least 4 people, officials said.</mark>');
    expect(html).toContain('href="#src-S2"');
    expect(html).toContain('id="src-S2"');
  });
  it('sends a citation chip to the cited sentence, not the top of the source card', () => {
    expect(html).toMatch(/The fire killed at least 4 people<a class="ref" href="#ev-c1-a">S1<\/a>/);
  });
  it('gives every cited span an anchor, even one overlapping a span already marked', () => {
    const spans = [{ doc: 'a', text: 'killed at least 4 people', start: 9, end: 33 }];
    const withDispute = BriefingSchema.parse({
      ...briefing,
      disputes: [
        { ...briefing.disputes[0]!, sides: [{ ...briefing.disputes[0]!.sides[0]!, evidence: spans }] },
      ],
    });
    const out = renderHtml(withDispute);
    expect(out).toContain('href="#ev-a-9-33"');
    expect(out).toContain('<span id="ev-a-9-33"></span>');
  });
  it('keeps a story with many sources from overflowing sideways: the wide table scrolls in its own box', () => {
    expect(html).toMatch(/<div class="wide"><table>/);
    expect(html).toContain('.wide{overflow-x:auto');
  });
});

describe('what a reader sees in every format', () => {
  const one = BriefingSchema.parse({ ...briefing, documents: briefing.documents.slice(0, 1), disputes: [] });
  const quoted = BriefingSchema.parse({
    ...briefing,
    quotes: [{ speaker: 'Amara Osei', text: '"We lost the conveyor,"', docs: ['a'] }],
    timeline: [{ ...briefing.timeline[0]!, certainty: 'implied' }],
  });
  it('counts with the noun agreeing, and disputes once', () => {
    for (const out of [renderMarkdown(one), renderHtml(one), renderText(one, { color: false })]) {
      expect(out).toContain('1 source');
      expect(out).not.toContain('1 sources');
      expect(out).toContain('0 disputes');
    }
    expect(renderMarkdown(briefing)).not.toMatch(/disputed · \d+ disputes/);
    expect(renderMarkdown(briefing)).toContain('1 dispute');
  });
  it("never doubles a quote's marks", () => {
    for (const out of [renderMarkdown(quoted), renderHtml(quoted), renderText(quoted, { color: false })]) {
      expect(out).toContain('We lost the conveyor,');
      expect(out).not.toMatch(/[“"]{2}|[”"]{2}/);
    }
  });
  it('shows an implied date as implied, not as a plain date', () => {
    expect(renderMarkdown(quoted)).toContain('**≈ 2026-03-03** (implied)');
    expect(renderText(quoted, { color: false })).toContain('≈ 2026-03-03 (implied)');
    expect(renderHtml(quoted)).toContain('≈ 2026-03-03</b> <span class="muted">(implied)</span>');
  });
});

describe('renderText', () => {
  it('has no escape codes without color, and some with it', () => {
    expect(renderText(briefing, { color: false })).not.toContain('\x1b[');
    expect(renderText(briefing, { color: true })).toContain('\x1b[1m');
  });
  it('wraps to the width asked for', () => {
    const lines = renderText(briefing, { color: false, width: 50 }).split('\n');
    expect(Math.max(...lines.filter((l) => !l.includes('[S')).map((l) => l.length))).toBeLessThanOrEqual(50);
  });
  it('shows flags on the source they belong to', () => {
    const t = renderText(briefing, { color: false });
    expect(t).toMatch(/S2 Local report[^\n]*\n\s+⚑ opinion: I predict/);
  });
});
