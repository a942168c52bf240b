// Golden cases, end to end from text: a sentence that tells a fact other reports tell, beside a figure that is in
// dispute, still corroborates that fact; the figure's dispute is told apart. Not when the others state the
// disputed figure themselves.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const statusOf = (b: ReturnType<typeof briefTexts>, words: RegExp) =>
  b.claims.filter((c) => words.test(c.text)).map((c) => [c.status, c.docs]);

const depthReport =
  'Tremor felt.\n\nHomes shook across Velmor overnight. The tremor was centred 4.5 miles underground, the survey said.';

describe('a fact told beside a disputed figure', () => {
  it('is corroborated by the sentence that also gives the figure, and the figure is disputed apart', () => {
    const b = briefTexts([
      'Velmor shaken.\n\nResidents said the earthquake struck the village of Lorvik at 3:17 a.m. and woke everyone.',
      'Night quake.\n\nThe earthquake struck at 3:17 a.m. near the village of Lorvik, centred 45 miles underground.',
      depthReport,
    ]);
    expect(b.disputes.map((d) => d.sides.map((s) => s.docs))).toEqual([[['c'], ['b']]]);
    expect(statusOf(b, /village of Lorvik/)).toEqual([
      ['corroborated', ['a', 'b']],
      ['disputed', ['b']],
    ]);
  });

  it('must not match: the other report states the disputed figure too, so nothing is corroborated', () => {
    const b = briefTexts([
      'Velmor shaken.\n\nThe earthquake struck at 3:17 a.m. near the village of Lorvik, centred 4.5 miles underground.',
      'Night quake.\n\nThe earthquake struck at 3:17 a.m. near the village of Lorvik, centred 45 miles underground.',
      depthReport,
    ]);
    expect(b.disputes).toHaveLength(1);
    expect(statusOf(b, /near the village/).filter(([s]) => s === 'corroborated')).toEqual([]);
  });

  it('counts a sentence with no clause to cut when the others split theirs: the place is told by both', () => {
    const b = briefTexts([
      'Velmor shaken.\n\nThe earthquake struck at 3:17 a.m. near the village of Lorvik and was centred 4.5 miles underground.',
      'Night quake.\n\nResidents said the earthquake struck the village of Lorvik at 3:17 a.m., centred some 45 miles underground.',
    ]);
    expect(statusOf(b, /village of Lorvik$/)).toEqual([['corroborated', ['a', 'b']]]);
  });
});
