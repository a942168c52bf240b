import { describe, expect, it } from 'vitest';
import { briefSynthetic } from '../../../test/e2e/run-synthetic.ts';
import { article } from '../../../test/e2e/synthetic.ts';
import { briefTexts } from '../../../test/support/brief-text.ts';
import { BriefingSchema, spanProblems } from '../../model/briefing.ts';
import { buildKeyFacts } from './extras.ts';

const story = () => [
  article({
    id: 'a',
    published: '2026-01-05',
    text: 'Governor Lena Morrow of Tarn said at least 20 bridges were closed since May. "We will reopen them," Morrow said.',
    entities: [
      {
        name: 'Lena Morrow',
        aliases: ['Morrow'],
        roles: [{ text: 'Governor', normalized: 'governor of tarn' }],
      },
    ],
    quantities: [
      {
        text: 'at least 20',
        value: 20,
        qualifier: 'at least',
        unit: 'bridges',
        about: 'bridges closed',
        keys: ['bridge', 'close'],
        scope: 'since May',
      },
    ],
    quotes: [{ text: 'We will reopen them,', speaker: 'Morrow' }],
  }),
  article({
    id: 'b',
    published: '2026-02-10',
    text: 'Lena Morrow, the governor of Tarn, said at least 31 bridges have been closed since May.',
    entities: [
      { name: 'Lena Morrow', roles: [{ text: 'the governor of Tarn', normalized: 'governor of tarn' }] },
    ],
    quantities: [
      {
        text: 'at least 31',
        value: 31,
        qualifier: 'at least',
        unit: 'bridges',
        about: 'bridges closed',
        keys: ['bridge', 'close'],
        scope: 'since May',
      },
    ],
  }),
];

describe('brief', () => {
  it('produces a contract-valid briefing whose spans point at their words', () => {
    const { briefing, issues } = briefSynthetic(story());
    expect(BriefingSchema.safeParse(briefing).success).toBe(true);
    expect(spanProblems(briefing)).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    for (const d of briefing.disputes)
      for (const s of d.sides)
        for (const e of s.evidence) {
          const doc = briefing.documents.find((x) => x.id === e.doc)!;
          expect(doc.text.includes(e.text)).toBe(true);
        }
  });
  it('titles a role as a heading but keeps the initials the articles write', () => {
    const b = briefTexts(['Stores were hit again, says the BBC’s Lena Ortiz in Dunmore.']);
    expect(b.entities.find((e) => e.name === 'Lena Ortiz')?.roles[0]?.role).toBe('BBC');
  });
  it('keeps a legal standing as written, where an office is titled', () => {
    const b = briefTexts([
      'Orla Penn, 52, from Dunmore, was charged with arson on Friday. Mayor Ivo Dask spoke.',
    ]);
    const roles = (name: string) => b.entities.find((e) => e.name === name)?.roles.map((r) => r.role);
    expect(roles('Orla Penn')).toEqual(['52-year-old from Dunmore, charged with arson']);
    expect(roles('Ivo Dask')).toEqual(['Mayor']);
  });
  it('is byte-identical for the same input', () => {
    expect(JSON.stringify(briefSynthetic(story()).briefing)).toBe(
      JSON.stringify(briefSynthetic(story()).briefing),
    );
  });
  it('merges entity forms, titles roles, and fills the extras', () => {
    const { briefing } = briefSynthetic(story());
    const morrow = briefing.entities.find((e) => e.name === 'Lena Morrow')!;
    expect(morrow.docs).toEqual(['a', 'b']);
    expect(morrow.roles[0]).toMatchObject({ role: 'Governor of Tarn', docs: ['a', 'b'] });
    expect(briefing.quotes[0]).toMatchObject({ speaker: 'Lena Morrow', docs: ['a'] });
    expect(briefing.sources).toHaveLength(2);
    expect(briefing.key_facts?.some((k) => k.kind === 'who' && k.text.includes('Lena Morrow'))).toBe(true);
    expect(briefing.disputes[0]).toMatchObject({ kind: 'number' });
    expect(briefing.disputes[0]!.note).toMatch(/later report \(2026-02-10\)/);
  });
});

describe('brief of nothing', () => {
  it('gives a valid empty briefing for no articles', () => {
    const { briefing, issues } = briefSynthetic([]);
    expect(BriefingSchema.safeParse(briefing).success).toBe(true);
    expect(briefing.documents).toEqual([]);
    expect(briefing.disputes).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('summary', () => {
  it("falls back to each article's undisputed lead when few findings are corroborated", () => {
    const { briefing } = briefSynthetic([
      article({ id: 'a', text: 'The ferry sank off Tarn. Crews searched the bay.' }),
      article({ id: 'b', text: 'Divers reached the wreck at dawn. The port stayed shut.' }),
    ]);
    expect(briefing.summary?.map((s) => s.text)).toEqual([
      'The ferry sank off Tarn.',
      'Divers reached the wreck at dawn.',
    ]);
  });
});

describe('key facts', () => {
  it("puts the story's own days before the background years the same articles recall", () => {
    const timeline = [
      { date: '1960', event: 'communists stormed the hill', docs: ['a', 'b'], evidence: [] },
      { date: '2010-05-05', event: 'the general strike', docs: ['a', 'b'], evidence: [] },
      { date: '2010-05-19', event: 'debt due', docs: ['c'], evidence: [] },
    ];
    const facts = buildKeyFacts({ entities: [], timeline, quantities: [] } as never, { claims: [] } as never);
    expect(facts.filter((f) => f.kind === 'when').map((f) => f.text.slice(0, 10))).toEqual([
      '2010-05-05',
      '1960: comm',
      '2010-05-19',
    ]);
  });
});
