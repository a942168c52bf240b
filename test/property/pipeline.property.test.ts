// Property: whatever bytes, HTML, XML or JSON come in, ingest → clean → extract never meets an internal error
// (no stage fails on a document), and every finding's span lies inside its document's text. Bounded in time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/context.ts';
import { STAGE_FAILED } from '../../src/model/guard.ts';
import type { Issue } from '../../src/model/issue.ts';
import { cleanDoc, ingestInput, tryExtract } from '../../src/pipeline.ts';

const ctx = makeContext({ now: new Date('2026-01-12T00:00:00Z') });
const enc = new TextEncoder();
// each property gets a time budget and stops there: the suite stays quick, the seed varies run to run
const LIMIT_MS = 8_000;

const words = fc.constantFrom(
  'Fire',
  'crews',
  'said',
  'on Monday',
  'at least 12',
  '"We will rebuild," the mayor said.',
  'Reuters',
  '2026-01-05',
  'Jan. 3',
  '&amp;',
  '&#x1F600;',
  '\u202e',
  '\x1b]52;c;x\x07',
  '<',
  '>',
  '`',
  '|',
  '\n\n',
  'Ana Ferreira',
  'US$4.5 million',
);
const text = fc.array(words, { maxLength: 60 }).map((w) => w.join(' '));
const tag = fc.constantFrom(
  'div',
  'p',
  'article',
  'span',
  'h1',
  'h2',
  'li',
  'ul',
  'table',
  'td',
  'script',
  'style',
  'a',
  'img',
);

const html: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc
        .tuple(tag, fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
        .map(([t, kids, closed]) => `<${t} class="x">${kids.join('')}${closed ? `</${t}>` : ''}`),
    ),
  }))
  .node.map((body) => `<html><head><title>T</title></head><body>${body}</body></html>`);

const xml = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(text, fc.option(fc.webUrl()), text), { maxLength: 5 }),
    fc.constantFrom(
      '',
      '<!DOCTYPE rss [<!ENTITY e "x">]>',
      '<!DOCTYPE rss [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    ),
  )
  .map(([atom, items, doctype]) =>
    atom
      ? `<?xml version="1.0"?>${doctype}<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>${items.map(([t, l, c]) => `<entry><title>${t}</title>${l ? `<link href="${l}"/>` : ''}<content type="html">${c}</content></entry>`).join('')}</feed>`
      : `<?xml version="1.0"?>${doctype}<rss><channel><title>F</title>${items.map(([t, l, c]) => `<item><title>${t}</title>${l ? `<link>${l}</link>` : ''}<description>${c}</description></item>`).join('')}</channel></rss>`,
  );

const record = fc.record(
  {
    id: fc.string({ maxLength: 12 }),
    title: text,
    outlet: fc.string({ maxLength: 20 }),
    published: fc.oneof(fc.constant('2026-01-05'), fc.string({ maxLength: 12 })),
    text,
    html,
  },
  { requiredKeys: [] },
);
const json = fc.oneof(
  fc.array(record, { maxLength: 4 }).map((r) => ({ name: 'records.json', body: JSON.stringify(r) })),
  fc
    .array(record, { maxLength: 4 })
    .map((r) => ({ name: 'records.jsonl', body: r.map((x) => JSON.stringify(x)).join('\n') })),
  fc.json().map((j) => ({ name: 'any.json', body: j })),
);

const input = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('a.txt', 'a.html', 'a.json', 'a.xml', 'a.md', 'a.html.gz'),
      fc.uint8Array({ maxLength: 2048 }),
    )
    .map(([name, bytes]) => ({ name, bytes })),
  text.map((t) => ({ name: 'a.txt', bytes: enc.encode(t) })),
  text.map((t) => ({ name: 'a.md', bytes: enc.encode(`# ${t}\n\n${t}`) })),
  html.map((h) => ({ name: 'a.html', bytes: enc.encode(h) })),
  xml.map((x) => ({ name: 'a.rss', bytes: enc.encode(x) })),
  json.map((j) => ({ name: j.name, bytes: enc.encode(j.body) })),
);

const internal = (issues: Issue[]) => issues.filter((i) => i.code === STAGE_FAILED);

describe('ingest → clean → extract on generated input', () => {
  it('never fails inside a stage, and keeps every span inside its text', () => {
    fc.assert(
      fc.property(input, (inp) => {
        const ing = ingestInput(inp, ctx);
        expect(internal(ing.issues)).toEqual([]);
        for (const raw of ing.value.docs) {
          const c = cleanDoc(raw, ctx);
          expect(internal(c.issues)).toEqual([]);
          if (!c.value) continue;
          for (const b of c.value.blocks) expect(b.end).toBeLessThanOrEqual(c.value.text.length);
          const e = tryExtract(c.value, ctx);
          expect(internal(e.issues)).toEqual([]);
          for (const q of e.value?.quantities ?? [])
            expect(q.span.end).toBeLessThanOrEqual(c.value.text.length);
        }
      }),
      { interruptAfterTimeLimit: LIMIT_MS, numRuns: 2_000 },
    );
  }, 60_000);
});
