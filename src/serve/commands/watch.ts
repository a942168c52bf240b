// corroborate watch: polls feeds and sitemaps, stores their new articles, re-briefs the stories that grew and
// records what changed. SIGINT/SIGTERM stop it after the item in hand; the next run resumes from the store.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_BYTES } from '../../ingest/index.ts';
import { isPostgresUrl, resolveDbPath } from '../../store/index.ts';
import { parseCommand } from '../args.ts';
import { CliError, EXIT_OK, type Io, UsageError } from '../io.ts';
import { StreamClusterer } from '../stream/clustering.ts';
import { durationFlag } from '../stream/duration.ts';
import type { FeedItem } from '../stream/feed-items.ts';
import { notifyChanges } from '../stream/notify.ts';
import { DEFAULT_QUEUE, JobQueue } from '../stream/queue.ts';
import { type AssignStory, feedStoryName, storyPerFeed, Watcher } from '../stream/watch.ts';
import { contextFor, openDb } from './command.ts';
import { helpOf } from './registry.ts';

const options = {
  story: { type: 'string', short: 's' },
  'story-per-feed': { type: 'boolean' },
  db: { type: 'string' },
  every: { type: 'string' },
  feeds: { type: 'string' },
  once: { type: 'boolean' },
  queue: { type: 'boolean' },
  notify: { type: 'string' },
  delay: { type: 'string' },
  'per-host': { type: 'string' },
  'max-items': { type: 'string' },
  'allow-private-hosts': { type: 'boolean' },
} as const;

const count = (flag: string) =>
  z.coerce
    .number({ error: `--${flag} must be a whole number` })
    .int(`--${flag} must be a whole number`)
    .min(1, `--${flag} must be at least 1`);

const Flags = z.object({
  story: z.string().trim().min(1, 'a story name cannot be empty').optional(),
  'story-per-feed': z.boolean().default(false),
  db: z.string().min(1).optional(),
  every: durationFlag('every').default(10 * 60_000),
  feeds: z.string().min(1).optional(),
  once: z.boolean().default(false),
  queue: z.boolean().default(false),
  notify: z.url({ error: '--notify needs an http(s) URL' }).optional(),
  // One second between two requests to one host, two at a time: polite for news sites, fast enough for a poll.
  delay: z.union([durationFlag('delay'), z.literal('0').transform(() => 0)]).default(1000),
  'per-host': count('per-host').default(2),
  'max-items': count('max-items').default(100),
  'allow-private-hosts': z.boolean().default(false),
});

/** Feeds from the command line and from --feeds FILE (one URL a line; # starts a comment). */
function feedList(positionals: string[], file: string | undefined, cwd: string): string[] {
  const out = [...positionals];
  if (file) {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, file), 'utf8');
    } catch (e) {
      throw new CliError(`cannot read --feeds ${file}: ${(e as Error).message}`);
    }
    for (const line of text.split(/\r?\n/)) {
      const url = line.replace(/#.*/, '').trim();
      if (url) out.push(url);
    }
  }
  return [...new Set(out)];
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help, now } = parseCommand('watch', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('watch'));
    return EXIT_OK;
  }
  const feeds = feedList(positionals, flags.feeds, io.cwd);
  if (feeds.length === 0)
    throw new UsageError('watch needs at least one FEED (a URL) or --feeds FILE', 'watch');
  for (const f of feeds)
    if (!/^https?:\/\//i.test(f))
      throw new UsageError(`watch reads feeds over http(s); '${f}' is not such a URL`, 'watch');
  const location = resolveDbPath(flags.db, io.env);
  if (flags.queue && !isPostgresUrl(location))
    throw new UsageError(
      '--queue needs a PostgreSQL database: --db postgres://… (or CORROBORATE_DB)',
      'watch',
    );
  const store = openDb(io, flags.db, true);
  const queue = flags.queue
    ? await JobQueue.open(location, DEFAULT_QUEUE, (e) => io.stderr(`queue: ${e.message}\n`))
    : null;
  const stop = new AbortController();
  const onSignal = (sig: string) => {
    if (!stop.signal.aborted) io.stderr(`${sig}: stopping after the item in hand…\n`);
    stop.abort();
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    const allowPrivate = flags['allow-private-hosts'];
    const perFeed = flags['story-per-feed'];
    // --story: one story; --story-per-feed: one a feed; else each article joins the story the clustering finds
    const assignStory: AssignStory =
      flags.story || perFeed ? storyPerFeed(flags.story) : new StreamClusterer(store);
    const watcher = new Watcher(store, {
      feeds,
      ctx: () => contextFor(now, allowPrivate),
      assignStory,
      perHost: { concurrency: flags['per-host'], delayMs: flags.delay },
      maxFollow: flags['max-items'],
      maxBytes: DEFAULT_MAX_BYTES,
      log: (line) => io.stderr(`${line}\n`),
      signal: stop.signal,
      ...(queue
        ? {
            dispatch: async (feed: string, item: FeedItem) => {
              await queue.sendFetch(feed, flags.story ?? (perFeed ? feedStoryName(feed) : null), item);
            },
          }
        : {}),
      ...(flags.notify
        ? {
            onChanges: async (changes) => {
              const sent = await notifyChanges(flags.notify!, changes, { allowPrivateHosts: allowPrivate });
              for (const f of sent.failed) io.stderr(`notify: change ${f.seq} not delivered: ${f.reason}\n`);
            },
          }
        : {}),
    });
    await watcher.run(flags.every, flags.once);
    if (stop.signal.aborted) io.stderr('stopped; the next watch resumes from the store\n');
    return EXIT_OK;
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    await queue?.stop(true);
    await store.close();
  }
}
