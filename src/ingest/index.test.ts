import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BLOWUP_BUDGET_MS, cpuNow } from '../../test/support/cpu.ts';
import type { Input } from '../model/input.ts';
import { ingest } from './index.ts';
import { article, ctx, utf8 } from './test-helpers.ts';

const run = (input: Input, maxBytes?: number) => ingest(input, ctx, { maxBytes });
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe('plain files', () => {
  it('reads a .txt file as text, id from the file name', () => {
    const r = run({
      name: 'corpus/000_40a772719bc21af6.txt',
      bytes: utf8('Headline\r\n\r\nFirst line.\r\n'),
    });
    expect(r.issues).toEqual([]);
    expect(r.value.docs).toHaveLength(1);
    const doc = r.value.docs[0]!;
    expect(doc.id).toBe('000_40a772719bc21af6');
    expect(doc.kind).toBe('text');
    expect(doc.source).toBe('corpus/000_40a772719bc21af6.txt');
    expect(doc.body).toBe('Headline\n\nFirst line.\n');
  });

  it('reads .md as markdown', () => {
    const r = run({ name: 'notes/brief.md', bytes: utf8('# Storm\n\nThe quay flooded.') });
    expect(r.value.docs[0]).toMatchObject({ id: 'brief', kind: 'markdown' });
  });

  it('reads .html and .htm as html', () => {
    for (const name of ['page.html', 'page.htm']) {
      const r = run({ name, bytes: utf8('<html><body><p>The quay flooded.</p></body></html>') });
      expect(r.value.docs[0]).toMatchObject({ id: 'page', kind: 'html' });
    }
  });

  it('unpacks .html.gz, and its id drops both extensions', () => {
    const html = `<html><body><p>${article(200)}</p></body></html>`;
    const r = run({ name: 'dir/a.html.gz', bytes: gzipSync(Buffer.from(html)) });
    expect(r.issues).toEqual([]);
    expect(r.value.docs[0]).toMatchObject({ id: 'a', kind: 'html', body: html, source: 'dir/a.html.gz' });
  });

  it('sniffs html and text when the name says nothing', () => {
    expect(
      run({ name: 'stdin', bytes: utf8('<!DOCTYPE html><html><p>Hi there</p></html>') }).value.docs[0]?.kind,
    ).toBe('html');
    expect(run({ name: 'stdin', bytes: utf8('Just words < and > signs.') }).value.docs[0]?.kind).toBe('text');
  });

  it('gives stdin an id from its content: same text, same id', () => {
    const a = run({ name: 'stdin', bytes: utf8('One story.') }).value.docs[0]!.id;
    const b = run({ name: 'stdin', bytes: utf8('One story.') }).value.docs[0]!.id;
    const c = run({ name: 'stdin', bytes: utf8('Another story.') }).value.docs[0]!.id;
    expect(a).toMatch(/^stdin-[0-9a-f]{12}$/);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('gives a URL a stable slug-and-hash id, and keeps the url as metadata', () => {
    const input = {
      name: 'https://news.example/world/2026/cranes-down.html?ref=rss',
      url: 'https://news.example/world/2026/cranes-down.html',
      contentType: 'text/html; charset=utf-8',
      bytes: utf8('<p>The quay flooded.</p>'),
    };
    const a = run(input).value.docs[0]!;
    expect(a.id).toMatch(/^news-example-2026-cranes-down-[0-9a-f]{8}$/);
    expect(run(input).value.docs[0]!.id).toBe(a.id);
    expect(run({ ...input, name: 'https://news.example/world/2026/other.html' }).value.docs[0]!.id).not.toBe(
      a.id,
    );
    expect(a.meta.url).toBe('https://news.example/world/2026/cranes-down.html');
  });

  it('passes metadata given with the input into the document', () => {
    const meta = { title: 'Cranes down', outlet: 'Velden Courier', published: '2026-01-06' };
    const r = run({ name: 'https://courier.example/a', bytes: utf8('<p>Quay flooded.</p>'), meta });
    expect(r.value.docs[0]!.meta).toMatchObject({ ...meta, url: 'https://courier.example/a' });
  });
});

describe('bad inputs', () => {
  it('refuses an empty file and a whitespace-only file', () => {
    expect(codes(run({ name: 'e.txt', bytes: new Uint8Array() }))).toEqual(['ingest.empty']);
    const ws = run({ name: 'w.txt', bytes: utf8(' \n\t\r\n \u200b ') });
    expect(codes(ws)).toEqual(['ingest.empty']);
    expect(ws.issues[0]).toMatchObject({ severity: 'error', where: 'w.txt' });
    expect(ws.value.docs).toEqual([]);
  });

  it('refuses binary files: NUL bytes, control bytes, known magic numbers', () => {
    const nul = run({ name: 'x.txt', bytes: new Uint8Array([0x48, 0x69, 0x00, 0x21]) });
    expect(codes(nul)).toEqual(['ingest.binary']);
    expect(nul.issues[0]!.message).toContain('x.txt');
    const ctl = run({ name: 'y.txt', bytes: new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x42, 0x43]) });
    expect(codes(ctl)).toEqual(['ingest.binary']);
    const png = run({
      name: 'pic.html',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    });
    expect(png.issues[0]!.message).toContain('PNG');
    const pdf = run({ name: 'doc.txt', bytes: utf8('%PDF-1.7\n%âãÏÓ\n') });
    expect(pdf.issues[0]).toMatchObject({ code: 'ingest.binary', severity: 'error' });
    expect(pdf.issues[0]!.message).toContain('PDF');
  });

  it('keeps text with tabs, form feeds and escape sequences', () => {
    const r = run({ name: 't.txt', bytes: utf8('Col A\tCol B\fnext page') });
    expect(r.issues).toEqual([]);
    expect(r.value.docs).toHaveLength(1);
  });

  it('refuses input over the size cap, and a gzip that unpacks past it', () => {
    const big = run({ name: 'big.txt', bytes: utf8('a'.repeat(2000)) }, 1000);
    expect(codes(big)).toEqual(['ingest.too-large']);
    expect(big.issues[0]!.message).toMatch(/2000 bytes.*1000/);
    const bomb = run(
      { name: 'bomb.html.gz', bytes: gzipSync(Buffer.from('<p>' + 'a'.repeat(100_000))) },
      5000,
    );
    expect(codes(bomb)).toEqual(['ingest.too-large']);
  });

  it('refuses a .gz that is not gzip', () => {
    expect(codes(run({ name: 'a.html.gz', bytes: utf8('<p>plain</p>') }))).toEqual(['ingest.gzip-broken']);
  });

  it('tells text from markup: words after "<", entities, upper-case hidden elements, title only', () => {
    expect(run({ name: 'a.html', bytes: utf8('<div>3 < 4</div>') }).value.docs).toHaveLength(1);
    expect(run({ name: 'b.html', bytes: utf8('<div>&#72;&#105;</div>') }).value.docs).toHaveLength(1);
    expect(
      run({ name: 'c.html', bytes: utf8('<DIV></DIV><SCRIPT>var x = 1;</SCRIPT>') }).issues[0]?.code,
    ).toBe('ingest.no-text');
    expect(
      run({ name: 'd.html', bytes: utf8('<html><title>Only a title</title></html>') }).issues[0]?.code,
    ).toBe('ingest.no-text');
    expect(
      run({ name: 'e.html', bytes: utf8('<html><head><title>T</title><body><p>No closing head.') }).value
        .docs,
    ).toHaveLength(1);
  });

  it('refuses an HTML page with no visible text', () => {
    const shell =
      '<html><head><title>App</title><script>var a = "lots of text in code";</script></head>' +
      '<body><div id="root"></div><!-- comment text --><style>p { color: red }</style></body></html>';
    const r = run({ name: 'shell.html', bytes: utf8(shell) });
    expect(codes(r)).toEqual(['ingest.no-text']);
    expect(r.issues[0]!.message).toContain('shell.html');
  });
});

describe('charsets', () => {
  const french =
    "Le maire a déclaré que la réunion était très importante pour l'économie locale. Ça va être difficile.";
  const latin1 = iconv.encode(french, 'latin1');

  it('decodes latin-1 bytes by the HTTP charset', () => {
    const r = run({
      name: 'https://x.example/a',
      contentType: 'text/plain; charset=ISO-8859-1',
      bytes: latin1,
    });
    expect(r.issues).toEqual([]);
    expect(r.value.docs[0]!.body).toBe(french);
  });

  it('decodes by <meta charset> and by http-equiv', () => {
    for (const head of [
      '<meta charset="windows-1252">',
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    ]) {
      const bytes = Buffer.concat([
        Buffer.from(`<html><head>${head}</head><body><p>`),
        latin1,
        Buffer.from('</p></body></html>'),
      ]);
      const r = run({ name: 'p.html', bytes });
      expect(r.issues).toEqual([]);
      expect(r.value.docs[0]!.body).toContain(french);
    }
  });

  it('decodes windows-1252 punctuation (curly quotes, dashes) right', () => {
    const bytes = iconv.encode('He said \u201cno\u201d \u2014 twice.', 'windows-1252');
    const r = run({ name: 'q.txt', contentType: 'text/plain; charset=windows-1252', bytes });
    expect(r.value.docs[0]!.body).toBe('He said \u201cno\u201d \u2014 twice.');
  });

  it('guesses a legacy charset when nothing is declared, and says so', () => {
    const text = `${french} ${french} Les habitants ont été prévenus très tôt.`;
    const r = run({ name: 'old.txt', bytes: iconv.encode(text, 'latin1') });
    expect(r.value.docs[0]!.body).toBe(text);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'ingest.charset-guessed', severity: 'info' })]);
  });

  it('rejects bytes that are not UTF-8 and that no charset explains', () => {
    const junk = new Uint8Array([
      0x80, 0x81, 0x9f, 0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0x90, 0x91, 0x92, 0x93,
    ]);
    const r = run({ name: 'junk.txt', bytes: junk });
    expect(codes(r)).toEqual(['ingest.encoding']);
    expect(r.issues[0]).toMatchObject({ severity: 'error', where: 'junk.txt' });
  });

  it('reads UTF-8 with a BOM and UTF-16 with a BOM', () => {
    const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Größe')]);
    expect(run({ name: 'a.txt', bytes: bom8 }).value.docs[0]!.body).toBe('Größe');
    const bom16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Größe und Maß', 'utf16le')]);
    expect(run({ name: 'b.txt', bytes: bom16 }).value.docs[0]!.body).toBe('Größe und Maß');
  });

  it('reads valid UTF-8 as UTF-8 even when labelled latin-1, and says so', () => {
    const r = run({
      name: 'https://x.example/m',
      contentType: 'text/html; charset=iso-8859-1',
      bytes: utf8('<p>Café déjà vu</p>'),
    });
    expect(r.value.docs[0]!.body).toBe('<p>Café déjà vu</p>');
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'ingest.charset-mismatch', severity: 'info' }),
    ]);
  });

  it('reads an XML feed in the encoding its declaration names', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Journal de Velden</title>
      <item><title>Réunion</title><link>https://j.example/r</link><description>Très court.</description></item></channel></rss>`;
    const r = run({ name: 'feed.xml', bytes: iconv.encode(xml, 'latin1') });
    expect(r.value.follow[0]!.meta).toMatchObject({ title: 'Réunion', outlet: 'Journal de Velden' });
  });
});

describe('JSON and JSON Lines records', () => {
  const rec = (n: number) => ({
    id: `r${n}`,
    title: `Story ${n}`,
    outlet: 'Velden Courier',
    authors: ['Ana Ferreol '],
    published: '2026-01-0' + n,
    url: `https://courier.example/${n}`,
    text: article(100),
  });

  it('reads one record', () => {
    const r = run({ name: 'one.json', bytes: utf8(JSON.stringify(rec(1))) });
    expect(r.issues).toEqual([]);
    expect(r.value.docs[0]).toMatchObject({
      id: 'r1',
      kind: 'text',
      source: 'one.json#1',
      meta: { title: 'Story 1', outlet: 'Velden Courier', authors: ['Ana Ferreol'], published: '2026-01-01' },
    });
  });

  it('reads an array; a bad record is an issue naming file.json#n and the rest go on', () => {
    const { id: _id, ...noId } = rec(3);
    const list = [rec(1), { title: 'no body' }, { ...noId, text: undefined, html: '<p>Only html</p>' }];
    const r = run({ name: 'data/batch.json', bytes: utf8(JSON.stringify(list, null, 2)) });
    expect(r.value.docs.map((d) => d.id)).toEqual(['r1', 'batch#3']);
    expect(r.value.docs[1]!.kind).toBe('html');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: 'ingest.record-invalid',
      where: 'data/batch.json#2',
      severity: 'error',
    });
    expect(r.issues[0]!.message).toContain('"text" or "html"');
  });

  it('does not give records the url of the file that holds them; an html record with no text is refused', () => {
    const list = [{ text: 'Body.' }, { html: '<div><script>x()</script></div>' }];
    const r = run({
      name: 'https://data.example/batch.json',
      url: 'https://data.example/batch.json',
      bytes: utf8(JSON.stringify(list)),
    });
    expect(r.value.docs).toHaveLength(1);
    expect(r.value.docs[0]!.meta.url).toBeUndefined();
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'ingest.no-text', where: 'https://data.example/batch.json#2' }),
    ]);
  });

  it('names a wrong field type', () => {
    const r = run({ name: 'b.json', bytes: utf8(JSON.stringify({ text: 'x', authors: 'Ana' })) });
    expect(r.issues[0]!.message).toMatch(/b\.json#1: authors/);
  });

  it('reports broken JSON with its line and column', () => {
    const r = run({ name: 'broken.json', bytes: utf8('[\n  {"text": "a"},\n  {"text": }\n]') });
    expect(codes(r)).toEqual(['ingest.json-broken']);
    expect(r.issues[0]!.message).toContain('line 3, column 12');
    const cut = run({ name: 'cut.json', bytes: utf8('{"text": "a"') });
    expect(cut.issues[0]!.message).toContain("expected ',' or '}' at line 1, column 13");
  });

  it('reads JSON Lines; a broken line is named by its line number', () => {
    const lines = [
      JSON.stringify(rec(1)),
      '{"text": oops}',
      '',
      JSON.stringify({ text: 'Short note.' }),
    ].join('\n');
    const r = run({ name: 'feed.jsonl', bytes: utf8(lines) });
    expect(r.value.docs.map((d) => d.id)).toEqual(['r1', 'feed#4']);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'ingest.json-broken', where: 'feed.jsonl#2' }),
    ]);
  });

  it('sniffs JSON Lines from stdin', () => {
    const lines = `${JSON.stringify(rec(1))}\n${JSON.stringify(rec(2))}\n`;
    expect(run({ name: 'stdin', bytes: utf8(lines) }).value.docs.map((d) => d.id)).toEqual(['r1', 'r2']);
  });
});

describe('feeds', () => {
  it('RSS 2.0: a full item becomes a document, a teaser becomes a link to follow', () => {
    const bytes = readFileSync(new URL('./fixtures/harbour.rss', import.meta.url));
    const r = run({ name: 'https://courier.example/feed.rss', bytes, contentType: 'application/rss+xml' });
    expect(r.issues).toEqual([]);
    expect(r.value.docs).toHaveLength(1);
    const doc = r.value.docs[0]!;
    expect(doc.kind).toBe('html');
    expect(doc.body).toContain('prioritise food and fuel');
    expect(doc.source).toBe('https://courier.example/2026/01/cranes');
    expect(doc.meta).toEqual({
      title: 'Cranes down at Port Velden',
      outlet: 'Velden Evening Courier',
      language: 'en',
      authors: ['Ana Ferreol'],
      published: '2026-01-06T10:30:00Z',
      url: 'https://courier.example/2026/01/cranes',
    });
    expect(r.value.follow).toEqual([
      {
        url: 'https://courier.example/2026/01/ferry',
        meta: {
          title: 'Ferry timetable changes',
          outlet: 'Velden Evening Courier',
          language: 'en',
          authors: ['Tomas Iberl'],
          published: '2026-01-07T07:00:00Z',
          url: 'https://courier.example/2026/01/ferry',
        },
      },
    ]);
  });

  it('Atom: html and xhtml content, summaries as teasers', () => {
    const long = article(700);
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title type="text">Northern Wire</title>
  <link rel="self" href="https://wire.example/atom.xml"/>
  <entry>
    <title>Cranes &amp; ships</title>
    <link rel="alternate" href="https://wire.example/a1"/>
    <author><name>Lea Brandt</name></author>
    <published>2026-01-06T09:00:00+01:00</published>
    <content type="html">&lt;p&gt;${long}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Second</title>
    <link href="https://wire.example/a2"/>
    <updated>2026-01-07T09:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${long}</p></div></content>
  </entry>
  <entry>
    <title>Third</title>
    <link href="https://wire.example/a3"/>
    <summary>Only a teaser.</summary>
  </entry>
</feed>`;
    const r = run({ name: 'wire.atom', bytes: utf8(xml) });
    expect(r.issues).toEqual([]);
    expect(r.value.docs.map((d) => d.meta.title)).toEqual(['Cranes & ships', 'Second']);
    expect(r.value.docs[0]!.body).toBe(`<p>${long}</p>`);
    expect(r.value.docs[0]!.meta).toMatchObject({
      outlet: 'Northern Wire',
      language: 'en-GB',
      authors: ['Lea Brandt'],
      published: '2026-01-06T08:00:00Z',
    });
    expect(r.value.docs[1]!.body).toContain(`<p>${long}</p>`);
    expect(r.value.follow).toEqual([
      {
        url: 'https://wire.example/a3',
        meta: expect.objectContaining({ title: 'Third', outlet: 'Northern Wire' }),
      },
    ]);
  });

  it('JSON Feed: content_html as the document, short content_text as a link', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Velden Daily',
      authors: [{ name: 'Desk' }],
      items: [
        {
          id: '1',
          url: 'https://daily.example/1',
          title: 'Full',
          content_html: `<p>${article(600)}</p>`,
          date_published: '2026-01-05T12:00:00Z',
        },
        {
          id: '2',
          url: 'https://daily.example/2',
          title: 'Brief',
          content_text: 'Short.',
          authors: [{ name: 'Mira Holt' }],
        },
      ],
    };
    const r = run({ name: 'daily.json', bytes: utf8(JSON.stringify(feed)) });
    expect(r.issues).toEqual([]);
    expect(r.value.docs).toHaveLength(1);
    expect(r.value.docs[0]!.meta).toMatchObject({ title: 'Full', outlet: 'Velden Daily', authors: ['Desk'] });
    expect(r.value.follow).toEqual([
      {
        url: 'https://daily.example/2',
        meta: expect.objectContaining({ title: 'Brief', authors: ['Mira Holt'] }),
      },
    ]);
  });

  it('reports a broken feed with line and column', () => {
    const xml =
      '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<item><title>x</title>\n</channel></rss>';
    const r = run({ name: 'bad.rss', bytes: utf8(xml) });
    expect(codes(r)).toEqual(['ingest.feed-broken']);
    expect(r.issues[0]!.message).toMatch(/bad\.rss.*line 5/);
  });

  it('reads HTML entities and repairs bare ampersands in a feed, saying so', () => {
    const xml =
      '<rss><channel><title>Tom & Ana&nbsp;News</title><item><title>Ports &mdash; ships</title>' +
      '<link>https://t.example/1?a=1&b=2</link><author>news@t.example</author><description>Short.</description>' +
      '</item></channel></rss>';
    const r = run({ name: 'amp.rss', bytes: utf8(xml) });
    expect(r.issues).toEqual([expect.objectContaining({ code: 'ingest.feed-repaired', severity: 'info' })]);
    expect(r.value.follow[0]!.meta.authors).toBeUndefined();
    expect(r.value.follow[0]).toEqual({
      url: 'https://t.example/1?a=1&b=2',
      meta: expect.objectContaining({ title: 'Ports \u2014 ships', outlet: 'Tom & Ana\u00a0News' }),
    });
  });

  it('recognises a feed served as text/html', () => {
    const bytes = readFileSync(new URL('./fixtures/harbour.rss', import.meta.url));
    const r = run({ name: 'https://courier.example/rss', bytes, contentType: 'text/html; charset=utf-8' });
    expect(r.value.docs).toHaveLength(1);
    expect(r.value.follow).toHaveLength(1);
  });

  it('refuses XML that is not a feed, and warns about a feed with no items', () => {
    expect(
      codes(run({ name: 'data.xml', bytes: utf8('<?xml version="1.0"?><catalog><book/></catalog>') })),
    ).toEqual(['ingest.feed-broken']);
    const none = run({ name: 'none.rss', bytes: utf8('<rss><channel><title>Quiet</title></channel></rss>') });
    expect(none.issues).toEqual([
      expect.objectContaining({ code: 'ingest.feed-empty', severity: 'warning' }),
    ]);
  });
});

describe('speed on pathological input', () => {
  it('checks a 1 MB page of unmatched "<" and deep JSON nesting within the CPU budget for pathological input', () => {
    const t0 = cpuNow();
    expect(codes(run({ name: 'lt.html', bytes: utf8('<'.repeat(1_000_000)) }))).toEqual(['ingest.no-text']);
    const deep = run({ name: 'deep.json', bytes: utf8('['.repeat(1_000_000)) });
    expect(codes(deep)).toEqual(['ingest.json-broken']);
    const line = run({ name: 'line.txt', bytes: utf8('word '.repeat(200_000)) });
    expect(line.value.docs).toHaveLength(1);
    expect(cpuNow() - t0).toBeLessThan(BLOWUP_BUDGET_MS);
  });
});
