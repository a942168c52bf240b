// The commands, their one-line summaries and --help texts: cheap to load, so `corroborate --help` or `stories`
// never pays for the NLP models that brief and extract need (each command's code loads on first use).
import type { Io } from '../io.ts';

const NOW_HELP =
  '  --now ISO          reference time for undated text (or $CORROBORATE_NOW), for reproducible output';
const PRIVATE_HELP = `  --allow-private-hosts  let URLs reach private, loopback and link-local addresses
  --follow-symlinks  read links in a folder that lead outside it (skipped and reported otherwise)
  --jobs, -j N       threads that clean and extract documents, used once over 32 documents wait (or $CORROBORATE_JOBS;
                     default: the number of cores, once over 2,000 wait); a document over 100,000 characters goes
                     to a worker thread, where it gets at most 20 s per stage, else it is rejected`;
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
  {
    name: 'serve',
    summary: 'the web dashboard and HTTP API over the stored stories',
    help: `Usage: corroborate serve [--db PATH] [--host 127.0.0.1] [--port 8080]

Serves the stored stories: a web dashboard at / (stories, briefings with disputes first, evidence views,
adding articles) and a JSON API under /api (described at /api/openapi.json). Stops on Ctrl-C.

Listens on 127.0.0.1 unless --host says otherwise; on any other address it refuses to start without
$CORROBORATE_TOKEN, which every API call must then carry as "Authorization: Bearer TOKEN".

Options:
${DB_HELP}
  --host ADDR        the address to listen on (default 127.0.0.1)
  --port, -p N       the port (default 8080; 0 picks a free one)
  --allow-private-hosts  let URLs reach private, loopback and link-local addresses
${NOW_HELP}
  --help, -h         this help

Examples:
  corroborate serve                      # then open http://127.0.0.1:8080/
  CORROBORATE_TOKEN=s3cret corroborate serve --host 0.0.0.0 --port 9000
  curl -s http://127.0.0.1:8080/api/stories/harbour-fire/briefing | jq '.disputes'
`,
    load: () => import('./serve.ts'),
  },
  {
    name: 'cluster',
    summary: 'sort the articles of the inputs into stories, in the order given (nothing is stored)',
    help: `Usage: corroborate cluster INPUT… [--format jsonl|json] [--tuning defaults|dev]

Reads each INPUT (file, directory, -, URL or feed) and runs the online story clustering a stream uses: each
article, in the order given, joins the story it matches (shared names, rare terms and numbers, close dates,
near copies) or opens a new one. Prints each article's story once all are in, then the merges (two stories
found to be one) and splits (one found to be two) that happened on the way.

Options:
  --format, -f F     jsonl (default: one { "id", "story" } a line, then one line per merge or split)
                     or json (one object: { "documents": [{ "id", "story" }…], "events": […] })
  --tuning T         defaults, or dev: the weights chosen on the dev set alone (npm run eval:cluster-dev)
  --allow-private-hosts  let URLs reach private, loopback and link-local addresses
${NOW_HELP}
  --help, -h         this help

Examples:
  corroborate cluster articles.jsonl
  corroborate cluster feed-a.xml feed-b.xml --format json | jq '.events'
`,
    load: () => import('./cluster.ts'),
  },
  {
    name: 'watch',
    summary: 'poll feeds and sitemaps, store new articles, re-brief and record changes',
    help: `Usage: corroborate watch FEED… [--feeds FILE] [--every 10m] [--story NAME] [--db PATH|URL] [--once]

Polls each FEED (RSS, Atom, JSON Feed or XML sitemap) with conditional requests (ETag, Last-Modified),
fetches the items it has not seen (robots.txt obeyed, a few requests per host at a time, a delay between
them, the usual fetch guards), sorts each into a story (online clustering, kept in the database), stores
it, re-briefs every story that grew and records what changed (see corroborate changes). Items are remembered by their address, so a feed that renumbers its items
does not bring them in twice. SIGINT or SIGTERM stop it after the item in hand; run it again to resume.

Options:
  --story, -s NAME   put every article in this story (default: the story clustering finds for it)
  --story-per-feed   put each feed's articles in a story named after the feed
  --feeds FILE       more feeds, one URL a line (# starts a comment)
  --every D          time between polls (default 10m; 90s, 2h, 1d …)
  --once             poll once and exit (for cron)
  --queue            hand new items to workers (PostgreSQL only; see corroborate worker)
  --notify URL       POST each recorded change as JSON to URL (retried with backoff)
  --delay D          least time between two requests to one host (default 1s; 0 for none)
  --per-host N       requests to one host at a time (default 2)
  --max-items N      new items taken per feed and poll (default 100; the rest wait for the next)
${DB_HELP}
  --allow-private-hosts  let URLs reach private, loopback and link-local addresses
${NOW_HELP}
  --help, -h         this help

Examples:
  corroborate watch https://example.org/rss.xml --story harbour-fire --every 15m
  corroborate watch --feeds feeds.txt --db postgres://corroborate@db.example/news --once
`,
    load: () => import('./watch.ts'),
  },
  {
    name: 'changes',
    summary: 'list what changed in stored stories between briefings',
    help: `Usage: corroborate changes [--story NAME] [--since T] [--format text|json] [--notify URL] [--db PATH|URL]

Lists the changes recorded each time a stored story was re-briefed (by brief --story or watch): new-story,
new-source, new-dispute, resolved-dispute, changed-quantity, claim-status, and the clustering's
stories-merged, story-split, document-moved; oldest first.

Options:
  --story, -s NAME   only this story's changes
  --since T          only changes recorded since T: an ISO time or a duration back from now (2h, 1d)
  --format, -f F     text (default, tab-separated: time, story, kind, summary) or json
  --notify URL       also POST each listed change as JSON to URL (retried with backoff)
${DB_HELP}
  --allow-private-hosts  let URLs reach private, loopback and link-local addresses
  --help, -h         this help

Examples:
  corroborate changes --story harbour-fire --since 1d
  corroborate changes --format json | jq '.[] | select(.kind == "new-dispute")'
`,
    load: () => import('./changes.ts'),
  },
  {
    name: 'worker',
    summary: 'take fetch, extract and brief jobs from the PostgreSQL queue',
    help: `Usage: corroborate worker --db postgres://… [--concurrency N] [--notify URL] [--parked]

Takes the jobs that a queueing watch sends (fetch an item, extract a document, brief a story) until SIGINT or
SIGTERM, which let the jobs in hand finish. Run one or more on each machine: they share the work. A job whose
worker died is retried once its time is up; a failing job is retried with backoff, then parked with its reason.
Jobs check the store first, so a re-run never stores or records anything twice. Briefs of one story never run
side by side.

Options:
  --db URL           the PostgreSQL database (or $CORROBORATE_DB)
  --concurrency, -c N  jobs of each kind at a time (default 2)
  --batch N          fetch jobs taken at once, clustered in one transaction (default 16)
  --notify URL       POST each recorded change as JSON to URL
  --job-timeout D    a job running longer is taken to have died (default 15m)
  --retries N        tries after the first before a job is parked (default 5)
  --retry-delay D    wait before the first retry, doubled each time (default 5s)
  --delay D          least time between two requests to one host (default 1s; 0 for none)
  --parked           list the parked jobs with their reasons, and exit
  --queues LIST      take only these kinds of job: fetch, extract, brief (default all three)
  --allow-private-hosts  let URLs reach private, loopback and link-local addresses
${NOW_HELP}
  --help, -h         this help

Examples:
  corroborate worker --db postgres://corroborate@db.example/news
  corroborate worker --db postgres://corroborate@db.example/news --parked
`,
    load: () => import('./worker.ts'),
  },
];

export function helpOf(name: string): string {
  return COMMANDS.find((c) => c.name === name)?.help ?? '';
}
