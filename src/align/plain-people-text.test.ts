// Golden cases, end to end from text: one article counts unnamed people plainly ("three men"), another by the part
// they played ("three robbers"); told in like words, they are one count. Another count of men is not.
import { describe, expect, it } from 'vitest';
import { briefTexts } from '../../test/support/brief-text.ts';

const groupsWith = (a: string, b: string, value: number) =>
  briefTexts([a, b])
    .quantities.filter((q) => q.values.some((v) => v.value === value))
    .map((q) => q.values.map((v) => v.doc));

describe('people counted plainly in one article and by their part in another', () => {
  it('groups "three men" with "three robbers" told of the same raid on the jeweller', () => {
    expect(
      groupsWith(
        'Three men drove a truck through the window of the Orvell jeweller on Kesten Street early on Monday, police said.',
        'Three robbers raided the Orvell jeweller on Kesten Street before dawn on Monday.',
        3,
      ),
    ).toEqual([['a', 'b']]);
  });
  it('must not match: three men told of something else than the robbers', () => {
    expect(
      groupsWith(
        'Three men were rescued from a fishing boat off Lorvik by the coastguard.',
        'Three robbers raided the Orvell jeweller on Kesten Street before dawn on Monday.',
        3,
      ),
    ).toEqual([['a'], ['b']]);
  });
});
