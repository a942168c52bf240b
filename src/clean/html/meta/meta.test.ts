import { describe, expect, it } from 'vitest';
import { parseDocument } from '../dom.ts';
import { authorList, splitAuthors } from './authors.ts';
import { anyDate } from './date.ts';
import { readMeta, urlDate } from './index.ts';
import { splitTitle } from './title.ts';

describe('authors', () => {
  it('splits bylines into names and keeps initials inside a name', () => {
    expect(splitAuthors('By Ana Lindqvist and Tomas E. Berg')).toEqual(['Ana Lindqvist', 'Tomas E. Berg']);
    expect(splitAuthors('Analysis by Petra Holm, Staff Writer')).toEqual(['Petra Holm']);
    expect(splitAuthors('By Ivo Marsh - 11/18/19 11:04 PM EST')).toEqual(['Ivo Marsh']);
  });
  it('un-shouts all-caps names but keeps an all-caps agency', () => {
    expect(splitAuthors('By MARTA LINDGREN and OLE VIK')).toEqual(['Marta Lindgren', 'Ole Vik']);
    expect(splitAuthors('AFP')).toEqual(['AFP']);
  });
  it('must not take URLs, handles, roles or the outlet for names', () => {
    expect(splitAuthors('https://example.org/people/ivo')).toEqual([]);
    expect(splitAuthors('@ivomarsh')).toEqual([]);
    expect(authorList(['Ivo Marsh. Harbour Post', 'Harbour Post'], 'Harbour Post')).toEqual(['Ivo Marsh']);
  });
});

describe('dates', () => {
  it('keeps the page offset of machine dates and reads human datelines', () => {
    expect(anyDate('2021-03-04T17:04:05.000+0100')).toBe('2021-03-04T17:04:05+01:00');
    expect(anyDate('Posted Thursday, 4 March 2021')).toBe('2021-03-04');
    expect(anyDate('Mar. 4, 2021 5:04 PM')).toBe('2021-03-04');
  });
  it('must not invent a date from text without day, month and year', () => {
    expect(anyDate('last Tuesday')).toBeUndefined();
    expect(anyDate('March 2021')).toBeUndefined();
    expect(anyDate('2021-13-45')).toBeUndefined();
  });
});

describe('url dates', () => {
  it('reads dates that news URLs carry', () => {
    expect(urlDate('https://news.example/2021/03/04/bridge-closed/')).toBe('2021-03-04');
    expect(urlDate('https://news.example/region/2021/mar/4/bridge-closed/')).toBe('2021-03-04');
    expect(urlDate('https://news.example/bridge-closed-20210304/')).toBe('2021-03-04');
  });
  it('must not read ids, years alone or query strings as dates', () => {
    expect(urlDate('https://news.example/story/1077343476-bridge')).toBeUndefined();
    expect(urlDate('https://news.example/2021/bridge-closed')).toBeUndefined();
    expect(urlDate('https://news.example/a?d=2021/03/04/')).toBeUndefined();
  });
});

describe('titles', () => {
  it('strips a site suffix, known or short', () => {
    expect(splitTitle('Flood closes river bridge | Harbour Post')).toEqual({
      title: 'Flood closes river bridge',
      site: 'Harbour Post',
    });
    expect(splitTitle('Harbour Post - Flood closes river bridge', 'Harbour Post').title).toBe(
      'Flood closes river bridge',
    );
  });
  it('must not cut a headline whose dash is part of it', () => {
    expect(splitTitle('Mayor - who resigned in May - returns to council chamber').title).toBe(
      'Mayor - who resigned in May - returns to council chamber',
    );
  });
});

describe('readMeta', () => {
  it('tolerates broken JSON-LD: an issue, and the other sources still read', () => {
    const doc = parseDocument(
      '<html lang="sv-SE"><head><title>Ferry delayed | Coast Daily</title>' +
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>' +
        '<meta name="author" content="Lina Ek"><meta property="article:published_time" content="2022-05-06T08:00:00Z">' +
        '</head><body><p>x</p></body></html>',
    );
    const r = readMeta(doc, 'https://coast.example/a/1');
    expect(r.issues.map((i) => i.code)).toEqual(['clean.bad-json-ld']);
    expect(r.value).toEqual({
      title: 'Ferry delayed',
      outlet: 'Coast Daily',
      authors: ['Lina Ek'],
      published: '2022-05-06T08:00:00Z',
      language: 'sv',
      url: 'https://coast.example/a/1',
    });
  });
});
