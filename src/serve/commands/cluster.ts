// corroborate cluster: the inputs' articles, in the order given, sorted into stories by the online clustering
// a stream would use; nothing is stored. One { id, story } per article, then the merges and splits.
import { z } from 'zod';
import { DEV_CHOSEN, TUNING } from '../../cluster/params.ts';
import { clusterStream } from '../../pipeline.ts';
import { formatFlag, parseCommand } from '../args.ts';
import { EXIT_OK, EXIT_REJECTED, type Io, UsageError } from '../io.ts';
import { cleanInputs, contextFor, reportRejections } from './command.ts';
import { helpOf } from './registry.ts';

const options = {
  format: { type: 'string', short: 'f' },
  tuning: { type: 'string' },
  'allow-private-hosts': { type: 'boolean' },
} as const;
const Flags = z.object({
  format: formatFlag(['jsonl', 'json'], 'jsonl'),
  tuning: z
    .enum(['defaults', 'dev'], {
      error: (i) => `--tuning must be one of defaults, dev (got '${String(i.input)}')`,
    })
    .default('defaults'),
  'allow-private-hosts': z.boolean().default(false),
});

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help, now } = parseCommand('cluster', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('cluster'));
    return EXIT_OK;
  }
  if (positionals.length === 0)
    throw new UsageError('cluster needs at least one INPUT (a file, directory, URL or -)', 'cluster');
  const ctx = contextFor(now, flags['allow-private-hosts']);
  const batch = await cleanInputs(positionals, ctx, io);
  reportRejections(io, batch.rejected);
  // --tuning dev: the weights chosen on the dev set alone (DEV_CHOSEN), to measure them beside the defaults
  const tuning = flags.tuning === 'dev' ? DEV_CHOSEN : TUNING;
  const { assignments, events } = clusterStream(batch.docs, ctx, undefined, tuning).value;
  if (flags.format === 'json') io.stdout(`${JSON.stringify({ documents: assignments, events }, null, 2)}\n`);
  else for (const r of [...assignments, ...events]) io.stdout(`${JSON.stringify(r)}\n`);
  return batch.rejected.length ? EXIT_REJECTED : EXIT_OK;
}
