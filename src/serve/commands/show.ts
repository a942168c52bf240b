// corroborate show: one stored document, its metadata and cleaned text (what every span points into).
import { oneLine, printable, safeJson } from '../../brief/render/terminal.ts';
import type { StoredDocument } from '../../store/index.ts';
import { parseCommand } from '../args.ts';
import { CliError, EXIT_OK, type Io, UsageError } from '../io.ts';
import { openDb, StoredReadFlags, storedReadOptions } from './command.ts';
import { helpOf } from './registry.ts';

const options = storedReadOptions;
const Flags = StoredReadFlags;

function asText(s: StoredDocument): string {
  const d = s.doc;
  const lines = [
    `id:         ${d.id}`,
    `story:      ${s.story}`,
    `title:      ${d.title ?? '-'}`,
    `outlet:     ${d.outlet ?? '-'}`,
    `authors:    ${d.authors.join(', ') || '-'}`,
    `published:  ${d.published ?? '-'} (${d.publishedBasis})`,
    `language:   ${d.language ?? '-'}`,
    `url:        ${d.url ?? '-'}`,
    `source:     ${d.source} (${s.raw.kind})`,
    `stored:     ${s.storedAt}`,
    `hash:       ${d.contentHash}`,
    ...d.flags.map((f) => `flag:       ${f.kind}${f.of ? ` of ${f.of}` : ''}: ${f.evidence}`),
  ];
  // stored text came from an input: printed, never interpreted by the terminal
  return `${lines.map(oneLine).join('\n')}\n\n${printable(d.text)}\n`;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help } = parseCommand('show', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('show'));
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw new UsageError('show needs exactly one DOC id (see corroborate docs)', 'show');
  const id = positionals[0]!;
  const store = openDb(io, flags.db, false);
  try {
    let found: StoredDocument[];
    if (flags.story !== undefined) {
      const story = await store.getStory(flags.story);
      if (!story) throw new CliError(`no story named '${flags.story}' in ${store.location}`);
      const one = await store.getDocument(story, id);
      found = one ? [one] : [];
    } else found = await store.findDocuments(id);
    if (found.length === 0) {
      throw new CliError(
        `no document '${id}'${flags.story ? ` in story '${flags.story}'` : ''} (see corroborate docs)`,
      );
    }
    if (found.length > 1) {
      const names = found.map((f) => f.story).join(', ');
      throw new UsageError(`document '${id}' is in several stories (${names}): add --story NAME`, 'show');
    }
    const s = found[0]!;
    if (flags.format === 'json') {
      const { doc, raw, story, storedAt } = s;
      io.stdout(
        `${safeJson({ story, ...doc, stored_at: storedAt, raw: { kind: raw.kind, meta: raw.meta } }, 2)}\n`,
      );
    } else io.stdout(asText(s));
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
