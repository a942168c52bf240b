import { describe, expect, it } from 'vitest';
import type { Block } from '../../model/document.ts';
import { cleanMarkdown, cleanPlainText } from './index.ts';
import { repairSpacing } from './normalize.ts';

const texts = (text: string, blocks: Block[], kind: Block['kind']): string[] =>
  blocks.filter((b) => b.kind === kind).map((b) => text.slice(b.start, b.end));

describe('repairs that change no word', () => {
  it.each([
    ['agreement,if approved', 'agreement, if approved'],
    ['it was much,much later', 'it was much, much later'],
    ['sources (Velmar Post).No ships left', 'sources (Velmar Post). No ships left'],
  ])('repairs "%s"', (input, want) => expect(repairSpacing(input)).toBe(want));

  it.each(['1,000 ships', 'the U.S., Canada', 'a 2031 U.N.Ferry inspection', 'St.Louis', '3,5,7'])(
    'leaves "%s"',
    (input) => expect(repairSpacing(input)).toBe(input),
  );

  it('turns non-breaking and odd spaces into plain spaces', () => {
    const r = cleanPlainText('Officials\u00a0met on June\u202f15\u202f2031 in   the  harbour\u200b office.');
    expect(r.text).toBe('Officials met on June 15 2031 in the harbour office.');
  });
});

describe('blocks over the cleaned text', () => {
  it('infers headings, paragraphs and list items in plain text', () => {
    const r = cleanPlainText(
      [
        'Storm closes Velmar harbour',
        '',
        'The harbour of Velmar was closed on Tuesday after a storm damaged two piers.',
        '',
        'What happens next',
        '',
        'Officials listed three steps:',
        '  • Inspect the northern pier.',
        '  • Reopen the ferry route.',
        '1. Pay the fishermen.',
        '- Publish a report.',
      ].join('\n'),
    );
    expect(texts(r.text, r.blocks, 'heading')).toEqual(['Storm closes Velmar harbour', 'What happens next']);
    expect(texts(r.text, r.blocks, 'list-item')).toEqual([
      'Inspect the northern pier.',
      'Reopen the ferry route.',
      'Pay the fishermen.',
      'Publish a report.',
    ]);
    expect(r.title).toBe('Storm closes Velmar harbour');
    for (const b of r.blocks) expect(r.text.slice(b.start, b.end).trim()).toBe(r.text.slice(b.start, b.end));
  });

  it('does not take a sentence fragment or a wrapped line for a heading', () => {
    const r = cleanPlainText(
      'The council of Ostra voted on Monday to close the\nold ferry terminal, which had been losing money\nfor several years, officials said.',
    );
    expect(texts(r.text, r.blocks, 'heading')).toEqual([]);
    expect(texts(r.text, r.blocks, 'paragraph')).toHaveLength(1);
  });

  it('reads pipe tables as rows with cells and skips the separator', () => {
    const r = cleanPlainText(
      'Port figures\n| Port | Ships | Note |\n|---|:---:|---|\n| Velmar | 3 | held |\n| Ostra | 0 | open |',
    );
    const rows = r.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((b) => b.cells!.map((c) => r.text.slice(c.start, c.end)))).toEqual([
      ['Port', 'Ships', 'Note'],
      ['Velmar', '3', 'held'],
      ['Ostra', '0', 'open'],
    ]);
  });

  it('reads whitespace-aligned tables', () => {
    const r = cleanPlainText('Port     Ships held\nVelmar   3\nOstra    0');
    const rows = r.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((b) => b.cells!.map((c) => r.text.slice(c.start, c.end)))).toEqual([
      ['Port', 'Ships held'],
      ['Velmar', '3'],
      ['Ostra', '0'],
    ]);
  });

  it('does not take typewriter double spaces between sentences for columns', () => {
    const r = cleanPlainText(
      'The ferry left at six.  It reached Ostra at nine.\nThe crew said the sea was calm.  Nobody was hurt.',
    );
    expect(r.blocks.filter((b) => b.kind === 'table-row')).toEqual([]);
    expect(r.text).toContain('The ferry left at six. It reached Ostra at nine.');
  });

  it('reads a bordered-less label/value table under a two-word header', () => {
    const r = cleanPlainText(
      'Facts at a Glance\n\nTopic Details\nPorts affected Velmar and Ostra; two piers damaged\nMain actors Harbour authority; Kestrel Shipping Company\n\nThe storm moved north on Wednesday, forecasters said.',
    );
    const rows = r.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((b) => b.cells!.map((c) => r.text.slice(c.start, c.end)))).toEqual([
      ['Topic', 'Details'],
      ['Ports affected', 'Velmar and Ostra; two piers damaged'],
      ['Main actors', 'Harbour authority; Kestrel Shipping Company'],
    ]);
  });

  it('keeps a headline printed twice only once', () => {
    const r = cleanPlainText(
      'Ferry strike ends in Ostra\n\nFerry strike ends in Ostra\n\nThe ferry workers of Ostra returned to work on Friday.',
    );
    expect(r.text.match(/Ferry strike ends/g)).toHaveLength(1);
    expect(r.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
  });
});

describe('metadata in the text', () => {
  it('takes a byline and a published line out of the text', () => {
    const r = cleanPlainText(
      'Ferry strike ends in Ostra\n\nby Mira Castell - Regional Editor\n\nPublished March 4, 2031\n\nOSTRA — The ferry workers of Ostra returned to work on Friday after a four-day strike.',
    );
    expect(r.authors).toEqual(['Mira Castell']);
    expect(r.dateLines.map((d) => d.text)).toContain('March 4, 2031');
    expect(r.dateline).toBe('OSTRA');
    expect(r.text).not.toContain('Mira Castell');
    expect(r.text).toContain('OSTRA — The ferry workers');
  });

  it('reads two authors and keeps a sentence that starts with "By"', () => {
    expect(cleanPlainText('By Mira Castell and Tomas Brenn\n\nThe strike ended.').authors).toEqual([
      'Mira Castell',
      'Tomas Brenn',
    ]);
    const s = 'By Tuesday Evening, the ferry workers had returned.';
    const r = cleanPlainText(`${s}\n\nThe strike ended on Friday after four days of talks in Ostra.`);
    expect(r.authors).toEqual([]);
    expect(r.text).toContain(s);
  });

  it.each([
    ['By Mira Castell, Harbour Press', ['Mira Castell']],
    ['BY MIRA CASTELL AND TOMAS BRENN', ['Mira Castell', 'Tomas Brenn']],
    ['Written by Mira Castell on March 4, 2031', ['Mira Castell']],
    ['By Mira Castell | Staff Writer', ['Mira Castell']],
  ])('reads the byline "%s"', (line, names) => {
    expect(cleanPlainText(`${line}\n\nThe strike ended on Friday after four days of talks.`).authors).toEqual(
      names,
    );
  });

  it('reads a dateline with an agency in any case', () => {
    const r = cleanPlainText(
      'Ostra (Harbour Wire) — The ferry workers returned to work on Friday after a strike.',
    );
    expect(r.dateline).toBe('Ostra');
  });

  it.each([
    ['OSTRA, March 4, 2031 (Harbour Wire) — The ferry workers returned to work.', 'OSTRA', 'Harbour Wire'],
    ['OSTRA (HW) - The ferry workers returned to work.', 'OSTRA', 'HW'],
    ['(Harbour Wire) — The ferry workers returned to work.', null, 'Harbour Wire'],
    ['OSTRA — The ferry workers returned to work.', 'OSTRA', null],
  ])('reads the agency a dateline credits: "%s"', (text, place, wire) => {
    const r = cleanPlainText(text);
    expect([r.dateline, r.wire]).toEqual([place, wire]);
  });

  it.each([
    '(Updated) — The ferry workers returned to work.',
    'The ferry workers (all 40 of them) - returned to work.',
    'The strike ended. (Harbour Wire) — Talks resumed.',
    '(see below) — The ferry workers returned to work.',
  ])('reads no agency credit in "%s"', (text) => {
    expect(cleanPlainText(text).wire).toBeNull();
  });

  it('joins a word broken at the end of a wrapped line', () => {
    const r = cleanPlainText(
      'The council of Ostra voted on Monday to close the inter-\nnational ferry terminal, which had been losing\nmoney for several years, officials said on Tuesday.',
    );
    expect(r.text).toContain('the inter-national ferry terminal');
  });

  it('keeps a sentence that starts with "Updated"', () => {
    const s = 'Updated figures released on Monday showed 40 ships were delayed.';
    expect(cleanPlainText(`${s}\n\nThe strike ended on Friday.`).text).toContain(s);
  });

  it('strips emoji before a title', () => {
    expect(cleanPlainText('🇫🇷 Ferry strike ends in Ostra\n\nThe strike ended on Friday.').title).toBe(
      'Ferry strike ends in Ostra',
    );
  });
});

describe('markdown', () => {
  it('strips markers to plain text and keeps headings, lists, quotes and tables', () => {
    const r = cleanMarkdown(
      [
        '# Ferry strike ends',
        '',
        'The **ferry workers** of [Ostra](https://example.org/ostra) returned to _work_ on Friday.',
        '![a ferry](https://example.org/f.jpg)',
        '',
        '## Terms',
        '',
        '* Pay rises by `4%`',
        '* New rota',
        '',
        '> We are glad it is over.',
        '',
        '| Port | Ships |',
        '| --- | --- |',
        '| Ostra | 0 |',
      ].join('\n'),
    );
    expect(texts(r.text, r.blocks, 'heading')).toEqual(['Ferry strike ends', 'Terms']);
    expect(r.blocks.find((b) => b.kind === 'heading' && b.level === 2)).toBeTruthy();
    expect(texts(r.text, r.blocks, 'paragraph')).toEqual([
      'The ferry workers of Ostra returned to work on Friday.',
    ]);
    expect(texts(r.text, r.blocks, 'list-item')).toEqual(['Pay rises by 4%', 'New rota']);
    expect(texts(r.text, r.blocks, 'quote')).toEqual(['We are glad it is over.']);
    expect(texts(r.text, r.blocks, 'table-row')).toEqual(['Port | Ships', 'Ostra | 0']);
    expect(r.text).not.toMatch(/[#*_[\]`]/);
  });
});
