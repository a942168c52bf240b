// corroborate clean: what clean/ makes of each input, printed and not stored — to check extraction by eye or
// feed another tool.
import { z } from 'zod';
import { oneLine, printable, safeJson } from '../../brief/render/terminal.ts';
import type { Document } from '../../model/document.ts';
import { formatFlag, parseCommand } from '../args.ts';
import { EXIT_OK, EXIT_REJECTED, type Io, UsageError } from '../io.ts';
import { cleanInputs, contextFor, InputFlags, inputOptions, reportRejections, runnerFor } from './command.ts';
import { helpOf } from './registry.ts';

const options = {
  format: { type: 'string', short: 'f' },
  'allow-private-hosts': { type: 'boolean' },
  ...inputOptions,
} as const;
const Flags = z
  .object({
    format: formatFlag(['jsonl', 'json', 'text'], 'jsonl'),
    'allow-private-hosts': z.boolean().default(false),
  })
  .extend(InputFlags.shape);

/** The public shape of a cleaned document (snake_case like the briefing contract). */
export function cleanRecord(d: Document) {
  return {
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    authors: d.authors,
    published: d.published,
    published_basis: d.publishedBasis,
    language: d.language,
    url: d.url,
    text: d.text,
    flags: d.flags,
  };
}

function asText(d: Document): string {
  const by = d.authors.length ? ` · ${d.authors.join(', ')}` : '';
  const head = [
    `== ${d.id}: ${d.title ?? '(no title)'}`,
    `${d.outlet ?? '-'}${by} · ${d.published ?? 'undated'} (${d.publishedBasis}) · ${d.language ?? '-'}${d.url ? ` · ${d.url}` : ''}`,
    ...d.flags.map((f) => `flag ${f.kind}: ${f.evidence}`),
  ];
  // cleaned text came from an input: printed, never interpreted by the terminal
  return `${head.map(oneLine).join('\n')}\n\n${printable(d.text)}\n`;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help, now } = parseCommand('clean', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('clean'));
    return EXIT_OK;
  }
  if (positionals.length === 0)
    throw new UsageError('clean needs at least one INPUT (a file, directory, URL or -)', 'clean');
  const ctx = contextFor(now, flags['allow-private-hosts'], flags['follow-symlinks']);
  const runner = runnerFor(ctx, flags.jobs, io);
  const batch = await cleanInputs(positionals, ctx, io, runner).finally(() => runner.close());
  reportRejections(io, batch.rejected);
  const records = batch.docs.map(cleanRecord);
  if (flags.format === 'json') io.stdout(`${safeJson(records, 2)}\n`);
  else if (flags.format === 'jsonl') for (const r of records) io.stdout(`${safeJson(r)}\n`);
  else io.stdout(batch.docs.map(asText).join('\n'));
  return batch.rejected.length ? EXIT_REJECTED : EXIT_OK;
}
