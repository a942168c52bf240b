// Golden cases, end to end from text: one count whose unit two articles word differently for one thing ("homes",
// "houses") is one quantity when told of the same happening; the same small count of houses told of something else
// is not.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const groupsWith = (a: string, b: string, value: number) =>
  briefTexts([a, b])
    .quantities.filter((q) => q.values.some((v) => v.value === value))
    .map((q) => q.values.map((v) => v.doc));

const storm = 'The storm destroyed three homes in Lorvik on Monday, the mayor said.';

describe('a count of homes worded two ways', () => {
  it('groups "three homes" and "three houses" destroyed by the same storm', () => {
    expect(groupsWith(storm, 'Three houses in Lorvik were destroyed by the storm on Monday.', 3)).toEqual([
      ['a', 'b'],
    ]);
  });
  it('must not match: the same small count of houses told of something else', () => {
    expect(
      groupsWith(storm, 'A builder from Kesten finished three houses near the river last spring.', 3),
    ).toEqual([['a'], ['b']]);
  });
});

describe('a layoff counted in jobs and in workers', () => {
  it('groups "2,000 jobs" cut and "2,000 workers" laid off at one plant', () => {
    expect(
      groupsWith(
        'Velda Motors will cut 2,000 jobs at its Lorvik plant, the company said on Monday.',
        'Velda Motors will lay off 2,000 workers at the Lorvik plant, the company said on Monday.',
        2000,
      ),
    ).toEqual([['a', 'b']]);
  });
});
