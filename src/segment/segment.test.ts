import { describe, expect, it } from 'vitest';
import { documentOf } from '../../test/support/document.ts';
import { makeContext } from '../context.ts';
import type { Block, Document } from '../model/document.ts';
import type { Segmented } from '../model/segment.ts';
import { inferBlocks, segment } from './index.ts';
import { MAX_SENTENCE_CHARS } from './sentences.ts';

const ctx = makeContext({ now: new Date('2026-01-10T00:00:00Z') });

const docOf = (text: string, blocks: Block[] = []): Document => documentOf(text, { blocks });

const seg = (text: string, blocks: Block[] = []): Segmented => segment(docOf(text, blocks), ctx).value;
const sentenceTexts = (s: Segmented): string[] => s.sentences.map((x) => s.doc.text.slice(x.start, x.end));

describe('inferBlocks', () => {
  it('reads headings, paragraphs, list items and table rows with cells', () => {
    const text =
      'Harbour Deal Signed\n\nThe council approved the plan on Monday. It costs more.\n\n' +
      'Key Terms\n- Ships dock at night.\n- Fees rise.\n\n| Item | Cost |\n|---|---|\n| Dock | 5 |\n';
    const blocks = inferBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list-item',
      'list-item',
      'table-row',
      'table-row',
    ]);
    expect(text.slice(blocks[3]!.start, blocks[3]!.end)).toBe('Ships dock at night.');
    const cells = blocks[6]!.cells!.map((c) => text.slice(c.start, c.end));
    expect(cells).toEqual(['Dock', '5']);
  });

  it('does not take sentences, bylines or long lines for headings', () => {
    const text =
      'The mayor said the bridge will reopen.\n\nby Tomas Vell - Staff Writer\n\n' +
      'Residents who live near the river and who have complained for years about the noise were not consulted\n';
    expect(inferBlocks(text).filter((b) => b.kind === 'heading')).toEqual([]);
  });

  it('joins a line that continues a sentence in lower case, keeps one-line paragraphs apart', () => {
    const text = 'The port authority said that\nships would wait.\nA second paragraph starts here.';
    const blocks = inferBlocks(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'The port authority said that\nships would wait.',
      'A second paragraph starts here.',
    ]);
  });
});

describe('sentences', () => {
  it('starts a sentence at a straight opening quote, and keeps a straight closer with its sentence', () => {
    const s = seg('The blaze spread to two silos. "We lost the east conveyor," the harbour master said.');
    expect(sentenceTexts(s)).toEqual([
      'The blaze spread to two silos.',
      '"We lost the east conveyor," the harbour master said.',
    ]);
    // must not match: a straight closing quote after the period stays with its sentence
    expect(sentenceTexts(seg('Officials called it "over." Then they left.'))).toEqual([
      'Officials called it "over."',
      'Then they left.',
    ]);
  });
  it('keeps abbreviations, initials and dotted country codes inside one sentence', () => {
    const s = seg('Gen. J. R. Talvo met U.S. President Ann Quill on Jan. 8 in the capital. Then he left.');
    expect(sentenceTexts(s)).toEqual([
      'Gen. J. R. Talvo met U.S. President Ann Quill on Jan. 8 in the capital.',
      'Then he left.',
    ]);
  });

  it("keeps a clock time's zone, day or month in its sentence after a.m. or p.m.", () => {
    const s = seg(
      'The pumps failed at 4 : 30 a. m. ET) as crews slept. Power returned at 7 p.m. Thursday. Then calm.',
    );
    expect(sentenceTexts(s)).toEqual([
      'The pumps failed at 4 : 30 a. m. ET) as crews slept.',
      'Power returned at 7 p.m. Thursday.',
      'Then calm.',
    ]);
    // Must not match: any other capital after a.m. starts a new sentence, as after any period.
    expect(sentenceTexts(seg('The pumps failed at 9 a.m. Crews slept.'))).toEqual([
      'The pumps failed at 9 a.m.',
      'Crews slept.',
    ]);
  });

  it('keeps a quote with a period inside it in one sentence with its attribution', () => {
    const s = seg('“We will go. You stay,” said Dara Wen. Nobody moved.');
    expect(sentenceTexts(s)).toEqual(['“We will go. You stay,” said Dara Wen.', 'Nobody moved.']);
  });

  it('ends a sentence after a straight closer spaced apart, as tokenised copies print it', () => {
    const s = seg(
      'Dara Wen said : "We saved the silos. " Engineers cut the power. "It held. " Nobody moved.',
    );
    expect(sentenceTexts(s)).toEqual([
      'Dara Wen said : "We saved the silos. "',
      'Engineers cut the power.',
      '"It held. "',
      'Nobody moved.',
    ]);
    // Must not match: a spaced mark with no quote open before it opens one.
    expect(sentenceTexts(seg('He said so. " Then we left," she added.'))).toEqual([
      'He said so. " Then we left," she added.',
    ]);
  });

  it('splits a period glued to the next sentence', () => {
    const s = seg('The data came from public reports (Reuters, AP).No changes were made.');
    expect(sentenceTexts(s)).toEqual([
      'The data came from public reports (Reuters, AP).',
      'No changes were made.',
    ]);
  });

  it('never lets a sentence cross a block boundary', () => {
    const text = 'Storm Warning\nThe storm moved east on Tuesday\nOfficials closed the roads';
    const s = seg(text);
    for (const x of s.sentences) {
      const p = s.paragraphs[x.paragraph]!;
      expect(x.start).toBeGreaterThanOrEqual(p.start);
      expect(x.end).toBeLessThanOrEqual(p.end);
    }
    expect(sentenceTexts(s)).toContain('The storm moved east on Tuesday');
  });

  it('uses the blocks clean gave, and makes table rows one sentence each', () => {
    const text = 'Prices rose. Wages fell.\nRegion | Rate';
    const blocks: Block[] = [
      { kind: 'paragraph', level: 0, start: 0, end: 24 },
      {
        kind: 'table-row',
        level: 0,
        start: 25,
        end: 38,
        cells: [
          { start: 25, end: 31 },
          { start: 34, end: 38 },
        ],
      },
    ];
    const s = seg(text, blocks);
    expect(sentenceTexts(s)).toEqual(['Prices rose.', 'Wages fell.', 'Region | Rate']);
    expect(s.tables).toHaveLength(1);
    expect(s.tables[0]!.rows[0]!.cells.map((c) => text.slice(c.start, c.end))).toEqual(['Region', 'Rate']);
    expect(s.sentences[2]!.blockKind).toBe('table-row');
  });
});

describe('sentence cues', () => {
  const cuesOf = (text: string): string[] => seg(text).sentences[0]!.cues;
  it('finds hedges, predictions, first person, questions, unnamed sources, hypotheticals', () => {
    expect(cuesOf('The ministry could reportedly cut the budget.')).toContain('hedge');
    expect(cuesOf('The agency is expected to rule soon.')).toContain('hedge');
    expect(cuesOf('I predict the merger will likely fail.')).toEqual(
      expect.arrayContaining(['prediction', 'first-person']),
    );
    expect(cuesOf('Should the city ban cars downtown?')).toContain('question');
    expect(cuesOf('A senior official, speaking on condition of anonymity, confirmed the plan.')).toContain(
      'unnamed-source',
    );
    expect(cuesOf('People familiar with the talks said no deal was near.')).toContain('unnamed-source');
    expect(cuesOf('Imagine a port closed for a month.')).toContain('hypothetical');
  });

  it('must not match: quoted first person and questions, the month May, negated fiction', () => {
    expect(cuesOf('“I have my doubts,” the mayor told reporters.')).not.toContain('first-person');
    expect(cuesOf('Sen. Ana Ruiz (I-Vt.) drove up I-95 to vote.')).not.toContain('first-person');
    expect(cuesOf('I drove up I-95 to vote.')).toContain('first-person');
    expect(cuesOf('The C.I.A. director met the F.B.I. chief.')).not.toContain('first-person');
    // an accented letter is part of its word: no "me" in a name like these
    expect(cuesOf('Crews hit a depot near Place Bellôme, Jérôme Lenz said.')).not.toContain('first-person');
    expect(cuesOf('Crews hit a depot near Place Bello\u0302me on Monday.')).not.toContain('first-person');
    expect(cuesOf('Jérôme told me the depot was hit.')).toContain('first-person');
    expect(cuesOf('The mayor asked, “Why now?” and left.')).not.toContain('question');
    expect(cuesOf('May 5 was the deadline for the filing.')).not.toContain('hedge');
    expect(cuesOf('No fictional events have been added.')).not.toContain('hypothetical');
    expect(cuesOf('The council approved the budget on Monday.')).toEqual([]);
  });
});

describe('section kinds', () => {
  const kinds = (text: string): string[] => seg(text).sections.map((s) => s.kind);
  it('gives each heading a section, and a kind from its words or its body', () => {
    const text = [
      'Port Strike Ends After Talks',
      '',
      'Dock workers returned on Monday after a two-week strike, the union said.',
      '',
      'Our View',
      '',
      'The deal is a fair one. I expect more strikes next year.',
      '',
      'How To Get Compensation',
      '',
      'Keep your receipts. Contact the port office. File a claim within a month.',
      '',
      'A Hypothetical Case',
      '',
      'Suppose a ship waits ten days at anchor. The owner would lose money.',
      '',
      'What Do You Think?',
      '',
      'Should strikes at ports be banned? Tell us in the form below.',
      '',
      'History of the Dispute',
      '',
      'The dispute began in 2019 when wages were frozen.',
    ].join('\n');
    expect(kinds(text)).toEqual([
      'news',
      'opinion',
      'advice',
      'hypothetical',
      'reader-engagement',
      'background',
    ]);
  });

  it('decides from the body when the heading says nothing', () => {
    const text = [
      'Harbour Plans',
      '',
      'Review the contract. Ask for the fee schedule. Compare the offers before signing.',
      '',
      'Looking Ahead',
      '',
      'I predict the council will reverse course. We think it will happen soon. My guess is spring.',
      '',
      'Open Questions',
      '',
      'Will the mayor sign? Who pays for the dredging?',
    ].join('\n');
    expect(kinds(text)).toEqual(['advice', 'opinion', 'reader-engagement']);
  });

  it('must not match: plain reporting with quoted questions and first person stays news', () => {
    const text =
      'Talks Resume\n\n“Why should we wait?” the union leader asked. “I am tired,” she said. The talks resumed on Friday.';
    expect(kinds(text)).toEqual(['news']);
  });
});

describe('robustness', () => {
  it('segments a 1 MB pathological line in under 2 s', () => {
    const line = 'Gen. U.S. “A. B. 7 a. m. ET '.repeat(40_000).slice(0, 1_000_000);
    // CPU time, not wall time: other test files run beside this one on the same cores.
    const c0 = process.cpuUsage();
    const s = seg(line);
    const c = process.cpuUsage(c0);
    expect((c.user + c.system) / 1000).toBeLessThan(2000);
    expect(s.sentences.length).toBeGreaterThan(0);
  });

  it('cuts a run with no sentence stop into bounded sentences at spaces, losing no word', () => {
    const text = 'On Monday, March 2, 2026 the harbour board met '.repeat(2_000).trim();
    const s = seg(text);
    const lengths = s.sentences.map((x) => x.end - x.start);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(s.sentences.length).toBeGreaterThan(30);
    expect(sentenceTexts(s).join(' ')).toBe(text);
    // Must not match: a long but real sentence is one sentence.
    const long = `The board, ${'which met again, '.repeat(30)}approved the budget.`;
    expect(sentenceTexts(seg(long))).toEqual([long]);
  });

  it('reports an empty document as an issue, not an exception', () => {
    const r = segment(docOf('   '), ctx);
    expect(r.issues.map((i) => i.code)).toContain('segment.empty');
    expect(r.value.sentences).toEqual([]);
  });
});
