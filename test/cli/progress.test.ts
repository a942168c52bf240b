import { describe, expect, it } from 'vitest';
import { progressBar, progressLine } from '../../src/serve/progress.ts';

const capture = (isTTY: boolean, total: number) => {
  const out: string[] = [];
  const bar = progressBar({ write: (t) => out.push(t), isTTY, total, columns: 60 });
  return { bar, out };
};

describe('progress bar', () => {
  it('draws on a terminal for more than 3 inputs, then clears its line', () => {
    const { bar, out } = capture(true, 5);
    for (let i = 1; i <= 5; i++) bar.tick(`dir/article-${i}.txt`);
    bar.done();
    expect(out).toHaveLength(6);
    expect(out[0]).toMatch(/^\r\[#{5}-{19}\] 1\/5 dir\/article-1\.txt\x1b\[K$/);
    expect(out[4]).toMatch(/^\r\[#{24}\] 5\/5 /);
    expect(out[5]).toBe('\r\x1b[K');
  });

  it('stays quiet when stderr is not a terminal', () => {
    const { bar, out } = capture(false, 50);
    for (let i = 0; i < 50; i++) bar.tick('x');
    bar.done();
    expect(out).toEqual([]);
  });

  it('stays quiet for three inputs or fewer', () => {
    const { bar, out } = capture(true, 3);
    for (let i = 0; i < 3; i++) bar.tick('x');
    bar.done();
    expect(out).toEqual([]);
  });

  it('starts once a directory turns out to hold more than 3 inputs', () => {
    const { bar, out } = capture(true, 1);
    for (let i = 0; i < 5; i++) bar.tick('x');
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(/5 inputs/);
  });

  it('keeps the line inside the terminal width, cutting the label from the left', () => {
    const line = progressLine(3, 10, `${'very-long-directory/'.repeat(10)}end.txt`, 60);
    expect(line.length).toBeLessThanOrEqual(60);
    expect(line.endsWith('end.txt')).toBe(true);
    expect(line).toContain('…');
  });
});
