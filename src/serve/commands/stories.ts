// corroborate stories: what the database holds, one line a story.

import { z } from 'zod';
import { safeJson } from '../../brief/render/terminal.ts';
import { formatFlag, parseCommand } from '../args.ts';
import { EXIT_OK, type Io, UsageError } from '../io.ts';
import { openDb, plural } from './command.ts';
import { helpOf } from './registry.ts';

const options = { db: { type: 'string' }, format: { type: 'string', short: 'f' } } as const;
const Flags = z.object({ db: z.string().min(1).optional(), format: formatFlag(['text', 'json'], 'text') });

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help } = parseCommand('stories', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('stories'));
    return EXIT_OK;
  }
  if (positionals.length)
    throw new UsageError(`stories takes no arguments (got '${positionals[0]}')`, 'stories');
  const store = openDb(io, flags.db, false);
  try {
    const list = await store.listStories();
    if (flags.format === 'json') {
      io.stdout(
        `${safeJson(
          list.map(({ name, documents, createdAt }) => ({ name, documents, created_at: createdAt })),
          2,
        )}\n`,
      );
    } else if (list.length === 0) {
      io.stdout(`no stories in ${store.location}\n`);
    } else {
      for (const s of list)
        io.stdout(`${s.name}\t${plural(s.documents, 'document')}\tcreated ${s.createdAt}\n`);
    }
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
