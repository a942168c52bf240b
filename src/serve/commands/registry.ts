// The commands, their one-line summaries and --help texts: cheap to load, so `corroborate --help` or `stories`
// never pays for the NLP models that brief and extract need (each command's code loads on first use).
import type { Io } from '../io.ts';

const NOW_HELP =
  '  --now ISO          reference time for undated text (or $CORROBORATE_NOW), for reproducible output';
const PRIVATE_HELP = `  --allow-private-hosts  let URLs reach private, loopback and link-local addresses
  --follow-symlinks  read links in a folder that lead outside it (skipped and reported otherwise)
  --jobs, -j N       threads that clean and extract documents (default: the number of cores, or $CORROBORATE_JOBS);
                     each document gets at most 20 s per stage in a thread, else it is rejected`;
const DB_HELP = '  --db PATH          the database (default ./corroborate.db, or $CORROBORATE_DB)';

export interface CommandInfo {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full --help text: usage, options, examples. */
  help: string;
  load: () => Promise<{ run: (argv: string[], io: Io) => Promise<number> }>;
}

export const COMMANDS: readonly CommandInfo[] = [
  {
    name: 'brief',
    summary: 'the cross-checked briefing of the inputs or of a stored story',
    help: `Usage: corroborate brief INPUT… [--format json|md|html|text] [--out FILE] [--title T]
       corroborate brief --story NAME [--db PATH] [--format …] [--out FILE] [--title T]

Cross-checks the articles and prints the briefing: documents and their flags, entities with roles,
quantities by source, timeline, quotes, claims (corroborated, single-source, disputed, opinion,
hypothetical) with evidence spans, and disputes. --format json is the contract (corroborate.briefing/1).

Options:
  --story, -s NAME   brief a stored story instead of INPUTs
${DB_HELP}
  --format, -f F     json (default), md, html (one self-contained page) or text (terminal)
  --out, -o FILE     write to FILE instead of stdout
  --title, -t T      the story's title (default: the story name, or the first INPUT's name)
${PRIVATE_HELP}
${NOW_HELP}
  --help, -h         this help

Examples:
  corroborate brief examples/harbor-fire --format text
  corroborate brief --story harbour-fire --format html --out briefing.html
  corroborate brief a.txt b.html --format json --now 2026-01-10 | jq '.disputes'
`,
    load: () => import('./brief.ts'),
  },
  {
    name: 'ingest',
    summary: 'clean articles and store them in a story',
    help: `Usage: corroborate ingest INPUT… [--story NAME] [--db PATH] [--allow-private-hosts]

Reads each INPUT (file, directory, -, URL or feed), cleans every article in it and stores it in the story.
Each input is stored in one transaction: ingesting the same input again changes nothing (it is recorded as
a duplicate). Rejected inputs get one line on stderr each; the batch goes on.

Options:
  --story, -s NAME   the story to add to (created when missing; default "default")
${DB_HELP}
${PRIVATE_HELP}
  --verbose, -v      one line per stored document, and warnings
${NOW_HELP}
  --help, -h         this help

Exit status: 0 when every input was stored or already there, 1 when some were rejected, 2 on a usage error.

Examples:
  corroborate ingest articles/ --story harbour-fire
  corroborate ingest https://example.org/feed.xml --story harbour-fire --db work.db
  cat article.html | corroborate ingest - --story harbour-fire
`,
    load: () => import('./ingest.ts'),
  },
  {
    name: 'stories',
    summary: 'list the stored stories',
    help: `Usage: corroborate stories [--db PATH] [--format text|json]

Lists the stories in the database with their number of documents.

Options:
${DB_HELP}
  --format, -f F     text (default) or json
  --help, -h         this help

Examples:
  corroborate stories
  corroborate stories --db work.db --format json
`,
    load: () => import('./stories.ts'),
  },
  {
    name: 'docs',
    summary: 'list stored documents',
    help: `Usage: corroborate docs [--story NAME] [--db PATH] [--format text|json]

Lists stored documents in the order they were stored: story, id, publication date, outlet, title, flags.

Options:
  --story, -s NAME   only this story's documents
${DB_HELP}
  --format, -f F     text (default, tab-separated) or json
  --help, -h         this help

Examples:
  corroborate docs --story harbour-fire
  corroborate docs --format json | jq '.[].id'
`,
    load: () => import('./docs.ts'),
  },
  {
    name: 'show',
    summary: 'print one stored document: metadata and cleaned text',
    help: `Usage: corroborate show DOC [--story NAME] [--db PATH] [--format text|json]

Prints a stored document's metadata, flags and cleaned text (the text every span of a briefing points into).

Options:
  --story, -s NAME   the story the document is in (needed when several stories hold that id)
${DB_HELP}
  --format, -f F     text (default) or json
  --help, -h         this help

Examples:
  corroborate show 01-northline-wire --story harbour-fire
  corroborate show 01-northline-wire --format json
`,
    load: () => import('./show.ts'),
  },
  {
    name: 'clean',
    summary: 'print the cleaned articles of the inputs (nothing is stored)',
    help: `Usage: corroborate clean INPUT… [--format jsonl|json|text]

Reads each INPUT (file, directory, -, URL or feed) and prints every article as clean/ leaves it: id, title,
outlet, authors, published (and on what basis), language, url, the cleaned text and the article's flags.

Options:
  --format, -f F     jsonl (default: one JSON object a line), json (one array) or text
${PRIVATE_HELP}
${NOW_HELP}
  --help, -h         this help

Examples:
  corroborate clean page.html --format text
  corroborate clean articles/ | jq -r .title
`,
    load: () => import('./clean.ts'),
  },
  {
    name: 'extract',
    summary: 'print every finding of each article with its span',
    help: `Usage: corroborate extract INPUT… [--format json|jsonl]

Cleans each article and prints what the finders see in it, before any cross-checking: sections and their
kinds, entities with roles, quantities, dates, quotes and claims, each with start/end offsets into "text".

Options:
  --format, -f F     json (default: one array) or jsonl (one article a line)
${PRIVATE_HELP}
${NOW_HELP}
  --help, -h         this help

Examples:
  corroborate extract article.txt --format json
  corroborate extract articles/ --format jsonl | jq '.quantities[] | .text'
`,
    load: () => import('./extract.ts'),
  },
];

export function helpOf(name: string): string {
  return COMMANDS.find((c) => c.name === name)?.help ?? '';
}
