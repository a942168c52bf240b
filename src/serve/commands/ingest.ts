// corroborate ingest: every input cleaned and stored in one transaction of its own, so a crash loses at most the
// input in flight and a re-run picks up where it stopped (stored content is recognised by its hash).
import { z } from 'zod';
import { oneLine } from '../../brief/render/terminal.ts';
import type { PutOutcome, Store, StoryRecord } from '../../store/index.ts';
import { parseCommand } from '../args.ts';
import { type CleanedInput, cleanedInputs, markWithin } from '../inputs.ts';
import { EXIT_OK, EXIT_REJECTED, type Io, UsageError } from '../io.ts';
import { progressBar } from '../progress.ts';
import { contextFor, InputFlags, inputOptions, openDb, reportRejections, runnerFor } from './command.ts';
import { helpOf } from './registry.ts';

const options = {
  story: { type: 'string', short: 's' },
  db: { type: 'string' },
  'allow-private-hosts': { type: 'boolean' },
  ...inputOptions,
  verbose: { type: 'boolean', short: 'v' },
} as const;

const Flags = z
  .object({
    story: z.string().trim().min(1, 'a story name cannot be empty').default('default'),
    db: z.string().min(1).optional(),
    'allow-private-hosts': z.boolean().default(false),
    verbose: z.boolean().default(false),
  })
  .extend(InputFlags.shape);

export interface IngestCounts {
  stored: number;
  duplicate: number;
  rejected: number;
}

/** Writes one input's outcome in one transaction: its documents and a log line for each document and rejection. */
export function storeCleaned(
  store: Store,
  story: StoryRecord,
  c: CleanedInput,
): Promise<{ source: string; put: PutOutcome }[]> {
  return store.transaction(async () => {
    const done: { source: string; put: PutOutcome }[] = [];
    for (const { raw, doc } of c.docs) {
      const put = await store.putDocument(story, raw, doc);
      await store.logIngest(story, { input: doc.source, status: put.status, docId: put.id });
      done.push({ source: doc.source, put });
    }
    for (const r of c.rejected)
      await store.logIngest(story, { input: r.input, status: 'rejected', reason: r.reason });
    return done;
  });
}

/** Stores one input and reports it on stderr. */
async function storeInput(store: Store, story: StoryRecord, c: CleanedInput, io: Io, verbose: boolean) {
  const counts: IngestCounts = { stored: 0, duplicate: 0, rejected: c.rejected.length };
  const outcomes = await storeCleaned(store, story, c);
  // Reported only once committed, so a line on stderr always means the document is on disk.
  for (const { source, put } of outcomes) {
    counts[put.status]++;
    if (put.status === 'stored' && put.renamedFrom) {
      io.stderr(
        `note: ${oneLine(source)}: id '${oneLine(put.renamedFrom)}' is taken in story '${oneLine(story.name)}', stored as '${oneLine(put.id)}'\n`,
      );
    }
    if (verbose) io.stderr(`${put.status} ${oneLine(source)} as ${oneLine(`${story.name}/${put.id}`)}\n`);
  }
  return counts;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help, now } = parseCommand('ingest', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('ingest'));
    return EXIT_OK;
  }
  if (positionals.length === 0)
    throw new UsageError('ingest needs at least one INPUT (a file, directory, URL or -)', 'ingest');
  const ctx = contextFor(now, flags['allow-private-hosts'], flags['follow-symlinks']);
  const store = openDb(io, flags.db, true);
  const runner = runnerFor(ctx, flags.jobs, io);
  try {
    const story = await store.createStory(flags.story);
    const total: IngestCounts = { stored: 0, duplicate: 0, rejected: 0 };
    const progress = progressBar({
      write: io.stderr,
      isTTY: io.isTTY,
      total: positionals.length,
      columns: Number(io.env.COLUMNS) || 80,
    });
    for await (const input of cleanedInputs(positionals, ctx, io, runner)) {
      const c = markWithin(input, ctx);
      const n = await storeInput(store, story, c, io, flags.verbose);
      total.stored += n.stored;
      total.duplicate += n.duplicate;
      total.rejected += n.rejected;
      progress.done();
      reportRejections(io, c.rejected);
      if (flags.verbose)
        for (const w of c.warnings)
          io.stderr(`warning ${oneLine(w.where ?? c.source)}: ${oneLine(w.message)}\n`);
      progress.tick(c.source);
    }
    progress.done();
    io.stdout(
      `${total.stored} stored, ${total.duplicate} duplicate, ${total.rejected} rejected (story '${story.name}' in ${store.location})\n`,
    );
    return total.rejected > 0 ? EXIT_REJECTED : EXIT_OK;
  } finally {
    await runner.close();
    await store.close();
  }
}
