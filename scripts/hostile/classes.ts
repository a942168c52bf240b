// The classes of hostile input `npm run hostile` generates: each writes its variants into a folder of its own.
// Small inputs come in many variants (run in chunks beside good files); big ones in few (run one by one).
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface HostileClass {
  name: string;
  /** Inputs per run: small ones share a run, big ones get their own. */
  perRun: number;
  /** Writes the variants into dir; returns the paths to pass to the CLI (files or folders). */
  make: (dir: string, count: number) => string[];
  /** Variants to make (a size class makes few). */
  count: number;
  /** Extra flags for the runs (--db/--out classes). */
  flags?: (dir: string, i: number) => string[];
}

const para = (n: number) =>
  `Fire crews in Port Hallow said on Monday that at least ${n} boats burned at pier ${n % 9}. "We will rebuild," the harbour master said.`;

function files(
  dir: string,
  count: number,
  name: (i: number) => string,
  body: (i: number) => string | Buffer,
): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const p = join(dir, name(i));
    writeFileSync(p, body(i));
    return p;
  });
}

const rss = (items: string) => `<?xml version="1.0"?><rss><channel><title>F</title>${items}</channel></rss>`;

export const CLASSES: HostileClass[] = [
  {
    name: 'xml-deep-nesting',
    perRun: 10,
    count: 80,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `deep-${i}.xml`,
        (i) => rss(`${'<x>'.repeat(101 + i * 50)}t${'</x>'.repeat(101 + i * 50)}`),
      ),
  },
  {
    name: 'xml-external-entity',
    perRun: 10,
    count: 60,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `ent-${i}.rss`,
        (i) => {
          const decl = [
            `<!ENTITY x SYSTEM "file:///etc/passwd">`,
            `<!ENTITY x PUBLIC "-//X//EN" "http://127.0.0.1/${i}">`,
            `<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;`,
          ][i % 3];
          return `<?xml version="1.0"?><!DOCTYPE rss [${decl}]>${rss(`<item><title>&x; ${i}</title><description>${para(i)}</description></item>`).slice(21)}`;
        },
      ),
  },
  {
    name: 'xml-entity-bomb',
    perRun: 10,
    count: 40,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `bomb-${i}.rss`,
        (i) => {
          const ents = [
            '<!ENTITY a0 "lol">',
            ...Array.from({ length: 9 + (i % 5) }, (_, k) => `<!ENTITY a${k + 1} "${`&a${k};`.repeat(10)}">`),
          ];
          return `<?xml version="1.0"?><!DOCTYPE rss [${ents.join('')}]><rss><channel><item><description>&a${9 + (i % 5)};</description></item></channel></rss>`;
        },
      ),
  },
  {
    name: 'text-many-lines',
    perRun: 1,
    count: 4,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `lines-${i}.txt`,
        (i) => Array.from({ length: 130_000 + i * 40_000 }, (_, k) => `line ${k} of the log`).join('\n'),
      ),
  },
  {
    name: 'similar-documents',
    perRun: 1,
    count: 3,
    make: (d) => {
      const folder = join(d, 'folder-3k');
      files(
        folder,
        3_000,
        (k) => `a${k}.txt`,
        (k) => `Fire at pier ${k}\n\n${para(k)}\n\n${para(k + 1)}`,
      );
      return [
        ...files(
          d,
          1,
          () => 'feed-10k.rss',
          () =>
            rss(
              Array.from(
                { length: 10_000 },
                (_, k) =>
                  `<item><title>Fire ${k}</title><description>${para(k).repeat(5)}</description></item>`,
              ).join(''),
            ),
        ),
        ...files(
          d,
          1,
          () => 'records-10k.jsonl',
          () =>
            Array.from({ length: 10_000 }, (_, k) =>
              JSON.stringify({ id: `r${k}`, text: para(k).repeat(4) }),
            ).join('\n'),
        ),
        folder,
      ];
    },
  },
  {
    // a story whose every article is dense with figures, dates, quotes and claims: the cross-source stages, which
    // run on one thread, get only the documents whose findings fit the story's budget (src/batch/story-budget.ts)
    name: 'dense-story',
    perRun: 1,
    count: 1,
    make: (d) => {
      const folder = join(d, 'dense-150');
      const sentence = (k: number, j: number) =>
        `At least ${(k * 7 + j) % 90} people were killed and ${(k + j) % 50} injured at pier ${j % 9} on March ${1 + (j % 27)}, 2026, fire chief Edda Vollan said on Monday. "We counted ${(k + 3 * j) % 80} boats," Vollan told reporters.`;
      files(
        folder,
        150,
        (k) => `dense-${k}.txt`,
        (k) =>
          `Harbour fire report ${k}\n\n${Array.from({ length: 150 }, (_, j) => sentence(k, j)).join('\n\n')}`,
      );
      return [folder];
    },
  },
  {
    name: 'db-out-paths',
    perRun: 1,
    count: 4,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `ok-${i}.txt`,
        (i) => `Harbour fire ${i}\n\n${para(i)}`,
      ),
    flags: (d, i) =>
      [
        ['--db', d],
        ['--db', join(d, 'missing', 'x.db')],
        ['--out', d],
        ['--out', join(d, 'missing', 'b.json')],
      ][i % 4]!,
  },
  {
    name: 'injection-ids-titles',
    perRun: 10,
    count: 80,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `inj-${i}.jsonl`,
        (i) =>
          JSON.stringify({
            id: `a\`<img src=x onerror=alert(${i})>\`${'`'.repeat(i % 4)}`,
            title: `Title \x1b]52;c;${Buffer.from(`owned ${i}`).toString('base64')}\x07 \x1b[2J\u009b31m`,
            outlet: `Outlet\x1b[31m\r\nrejected forged.txt: fine`,
            text: `${para(i)}\n\n${para(i + 1)}`,
          }),
      ),
  },
  {
    // Words and ids that name Object.prototype's members: a lookup table keyed by text must find nothing.
    name: 'prototype-words',
    perRun: 10,
    count: 40,
    make: (d, n) => {
      const names = [
        'constructor',
        'toString',
        'valueOf',
        'hasOwnProperty',
        '__proto__',
        'isPrototypeOf',
        'toLocaleString',
        'propertyIsEnumerable',
      ];
      return files(
        d,
        n,
        (i) => `proto-${i}.jsonl`,
        (i) => {
          const w = names[i % names.length]!;
          return JSON.stringify({
            id: i % 2 ? w : `p${i}`,
            title: `${w} ${i}`,
            outlet: w,
            text: `The ${w} said ${i + 2} ${w}s were hurt at 5 ${w} on Monday. ${w} ${i} ${w}. ${para(i)}`,
          });
        },
      );
    },
  },
  {
    name: 'newline-file-names',
    perRun: 10,
    count: 40,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `n${i}\nrejected forged-${i}.txt: all good.txt`,
        (i) => (i % 2 ? '' : `Fire ${i}\n\n${para(i)}`),
      ),
  },
  {
    name: 'symlinks-out-and-loops',
    perRun: 1,
    count: 20,
    make: (d, n) =>
      Array.from({ length: n }, (_, i) => {
        const f = join(d, `tree-${i}`);
        mkdirSync(join(f, 'sub'), { recursive: true });
        writeFileSync(join(f, 'ok.txt'), `Fire ${i}\n\n${para(i)}`);
        symlinkSync('/etc/passwd', join(f, 'passwd.txt'));
        symlinkSync(f, join(f, 'sub', 'loop'));
        symlinkSync(join(f, 'sub', 'nowhere.txt'), join(f, 'dangling.txt'));
        return f;
      }),
  },
  {
    name: 'non-utf8-file-names',
    perRun: 10,
    count: 40,
    make: (d, n) => {
      mkdirSync(d, { recursive: true });
      // one folder holding every variant: names the file system takes as bytes, not UTF-8
      for (let i = 0; i < n; i++) {
        const name = Buffer.concat([
          Buffer.from(join(d, 'caf')),
          Buffer.from([0xe9, 0x80 + (i % 60)]),
          Buffer.from(`-${i}.txt`),
        ]);
        writeFileSync(name, `Fire ${i}\n\n${para(i)}`);
      }
      return [d];
    },
  },
  {
    name: 'deep-html',
    perRun: 1,
    count: 3,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `deep-${i}.html`,
        (i) =>
          `<html><body><p>${para(i)}</p>${'<div>'.repeat([1_000_000, 100_000, 5_000][i]!)}x</body></html>`,
      ),
  },
  {
    name: 'huge-text-and-html',
    perRun: 1,
    count: 7,
    make: (d, n) =>
      [
        files(
          d,
          1,
          () => 'one-line-5mb.txt',
          () => 'word and fire crews said '.repeat(210_000),
        ),
        files(
          d,
          1,
          () => 'text-20mb.txt',
          () => `${para(1)}\n\n`.repeat(150_000),
        ),
        files(
          d,
          1,
          () => 'html-30mb.html',
          () => `<html><body>${`<p>${para(2)}</p>\n`.repeat(220_000)}</body></html>`,
        ),
        files(
          d,
          1,
          () => 'html-10mb-line.html',
          () => `<html><body><p>${'fire crews said '.repeat(650_000)}</p></body></html>`,
        ),
        files(
          d,
          1,
          () => 'dates-10mb.txt',
          () => 'On Monday, January 5, 2026 '.repeat(380_000),
        ),
        files(
          d,
          1,
          () => 'million-tags.html',
          () =>
            `<html><body><p>${para(3)}</p>${'<img src=x><a href=#>l</a><p>x'.repeat(350_000)}</body></html>`,
        ),
        files(
          d,
          1,
          () => 'page-45mb.html.gz',
          () => gzipSync(`<html><body>${`<p>${para(4)}</p>`.repeat(330_000)}</body></html>`),
        ),
      ]
        .flat()
        .slice(0, n),
  },
  {
    name: 'many-records-and-items',
    perRun: 1,
    count: 4,
    make: (d, n) =>
      [
        files(
          d,
          1,
          () => 'feed-100k.json',
          () =>
            JSON.stringify({
              version: 'https://jsonfeed.org/version/1.1',
              title: 'F',
              items: Array.from({ length: 100_000 }, (_, k) => ({ id: `${k}`, content_text: para(k) })),
            }),
        ),
        files(
          d,
          1,
          () => 'lines-100k.jsonl',
          () => Array.from({ length: 100_000 }, (_, k) => JSON.stringify({ text: para(k) })).join('\n'),
        ),
        files(
          d,
          1,
          () => 'array-100k.json',
          () => JSON.stringify(Array.from({ length: 100_000 }, (_, k) => ({ text: para(k) }))),
        ),
        files(
          d,
          1,
          () => 'teasers-100k.rss',
          () =>
            rss(
              Array.from(
                { length: 100_000 },
                (_, k) =>
                  `<item><title>T${k}</title><link>http://127.0.0.1:9/${k}</link><description>teaser</description></item>`,
              ).join(''),
            ),
        ),
      ]
        .flat()
        .slice(0, n),
  },
  // Classes that already passed before this work, kept so that they keep passing.
  {
    name: 'bad-encodings-binary-empty',
    perRun: 10,
    count: 200,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `bad-${i}.${['txt', 'html', 'json', 'md'][i % 4]}`,
        (i) =>
          [
            Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00]),
            Buffer.from(Array.from({ length: 512 }, (_, k) => (k * 37 + i) % 256)),
            Buffer.alloc(0),
            Buffer.from('   \n\t  \u200b'),
            Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]),
            Buffer.from(`\ufeff${para(i)}`, 'utf16le'),
          ][i % 6]!,
      ),
  },
  {
    name: 'gzip-bombs',
    perRun: 5,
    count: 10,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `bomb-${i}.html.gz`,
        (i) => gzipSync(Buffer.alloc(60_000_000 + i * 1000, 0x41)),
      ),
  },
  {
    name: 'fifos-and-odd-files',
    perRun: 1,
    count: 10,
    make: (d, n) => {
      mkdirSync(d, { recursive: true });
      return Array.from({ length: n }, (_, i) => {
        const p = join(d, `fifo-${i}.txt`);
        execFileSync('mkfifo', [p]);
        return p;
      });
    },
  },
  {
    name: 'script-laden-pages',
    perRun: 10,
    count: 150,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `script-${i}.html`,
        (i) =>
          `<html><head><script>while(true){}</script><style>*{}</style></head><body onload="alert(${i})"><article><h1>Harbour ${i}</h1><p>${para(i)}</p><img src=x onerror=alert(1)><p>${para(i + 1)} <a href="javascript:alert(1)">x</a></p><iframe src="javascript:1"></iframe><p>${para(i + 2)}</p></article></body></html>`,
      ),
  },
  {
    name: 'malformed-feeds-and-json',
    perRun: 10,
    count: 250,
    make: (d, n) =>
      files(
        d,
        n,
        (i) => `bad-${i}.${['rss', 'json', 'jsonl', 'xml', 'atom'][i % 5]}`,
        (i) =>
          [
            `<rss><channel><item><title>unclosed ${i}`,
            `{"text": "${para(i)}", "id": }`,
            `{"text": 5}\n{"html": null}\nnot json ${i}\n{"text": "${para(i)}"}`,
            `<?xml version="1.0"?><catalog><book id="${i}"/></catalog>`,
            `<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div>${'<b>'.repeat(i % 50)}</div></content></entry>`,
            `[${'['.repeat(10_000 + i)}`,
            `{"items": [${'{"x":1},'.repeat(i)}{"text": "${para(i)}"}]}`,
          ][i % 7]!,
      ),
  },
];

/** Good articles mixed into every run: each must be stored by ingest and briefed by brief. */
export function writeGood(dir: string, count = 3): string[] {
  return files(
    dir,
    count,
    (i) => `good-${i}.txt`,
    (i) =>
      `Storm closes ferry terminal ${i}\n\nHarbour officials closed the ferry terminal on Tuesday after a storm damaged ${i + 3} moorings, the port authority said.\n\n"We will reopen once the divers have checked every pier," harbour master Edda Vollan said. About ${i * 10 + 40} passengers were moved to buses.`,
  );
}
