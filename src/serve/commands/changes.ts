// corroborate changes: what changed in the stored stories, briefing after briefing (new stories and sources,
// disputes opened or resolved, counts that moved, claims whose status changed); optionally posted to a URL.
import { z } from 'zod';
import type { StoredChange } from '../../model/change.ts';
import { formatFlag, parseCommand } from '../args.ts';
import { CliError, EXIT_OK, EXIT_REJECTED, type Io, UsageError } from '../io.ts';
import { sinceFlag } from '../stream/duration.ts';
import { notifyChanges } from '../stream/notify.ts';
import { openDb, plural } from './command.ts';
import { helpOf } from './registry.ts';

const options = {
  story: { type: 'string', short: 's' },
  db: { type: 'string' },
  since: { type: 'string' },
  format: { type: 'string', short: 'f' },
  notify: { type: 'string' },
  'allow-private-hosts': { type: 'boolean' },
} as const;
const Flags = z.object({
  story: z.string().min(1).optional(),
  db: z.string().min(1).optional(),
  since: sinceFlag.optional(),
  format: formatFlag(['text', 'json'], 'text'),
  notify: z.url({ error: '--notify needs an http(s) URL' }).optional(),
  'allow-private-hosts': z.boolean().default(false),
});

export function changeLine(c: StoredChange): string {
  return `${c.at}\t${c.story}\t${c.kind}\t${c.summary}\n`;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help, now } = parseCommand('changes', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('changes'));
    return EXIT_OK;
  }
  if (positionals.length)
    throw new UsageError(`changes takes no arguments (got '${positionals[0]}')`, 'changes');
  const since = flags.since
    ? 'at' in flags.since
      ? flags.since.at
      : new Date((now ?? new Date()).getTime() - flags.since.ago).toISOString()
    : undefined;
  const store = openDb(io, flags.db, false);
  let list: StoredChange[];
  try {
    const story = flags.story === undefined ? undefined : await store.getStory(flags.story);
    if (story === null)
      throw new CliError(`no story named '${flags.story}' in ${store.location} (see corroborate stories)`);
    list = await store.listChanges({ ...(story ? { story } : {}), ...(since ? { since } : {}) });
  } finally {
    await store.close();
  }
  if (flags.format === 'json') io.stdout(`${JSON.stringify(list, null, 2)}\n`);
  else if (list.length === 0) io.stdout('no changes\n');
  else for (const c of list) io.stdout(changeLine(c));
  if (!flags.notify) return EXIT_OK;
  const sent = await notifyChanges(flags.notify, list, { allowPrivateHosts: flags['allow-private-hosts'] });
  for (const f of sent.failed) io.stderr(`notify: change ${f.seq} not delivered: ${f.reason}\n`);
  io.stderr(`notified ${plural(sent.sent, 'change')} to ${flags.notify}\n`);
  return sent.failed.length ? EXIT_REJECTED : EXIT_OK;
}
