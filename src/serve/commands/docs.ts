// corroborate docs: the documents of one story (or of all), without their text.
import { oneLine, safeJson } from '../../brief/render/terminal.ts';
import { parseCommand } from '../args.ts';
import { CliError, EXIT_OK, type Io, UsageError } from '../io.ts';
import { openDb, StoredReadFlags, storedReadOptions } from './command.ts';
import { helpOf } from './registry.ts';

const options = storedReadOptions;
const Flags = StoredReadFlags;

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help } = parseCommand('docs', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('docs'));
    return EXIT_OK;
  }
  if (positionals.length)
    throw new UsageError(`docs takes no arguments; use --story NAME (got '${positionals[0]}')`, 'docs');
  const store = openDb(io, flags.db, false);
  try {
    const story = flags.story === undefined ? undefined : await store.getStory(flags.story);
    if (story === null)
      throw new CliError(`no story named '${flags.story}' in ${store.location} (see corroborate stories)`);
    const list = await store.listDocuments(story);
    if (flags.format === 'json') {
      io.stdout(`${safeJson(list, 2)}\n`);
      return EXIT_OK;
    }
    if (list.length === 0) io.stdout(`no documents${story ? ` in story '${story.name}'` : ''}\n`);
    for (const d of list) {
      const flagText = d.flags.length ? `\t[${d.flags.join(', ')}]` : '';
      const cells = [d.story, d.id, d.published ?? '-', d.outlet ?? '-', d.title ?? '(no title)'];
      io.stdout(`${cells.map(oneLine).join('\t')}${flagText}\n`);
    }
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
