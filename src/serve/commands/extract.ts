// corroborate extract: every finding of each article with its span, before any cross-checking — for debugging
// the finders and for tools that want mentions rather than a briefing.

import { z } from 'zod';
import { safeJson } from '../../brief/render/terminal.ts';
import type { Extracted } from '../../model/mention.ts';
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
    format: formatFlag(['json', 'jsonl'], 'json'),
    'allow-private-hosts': z.boolean().default(false),
  })
  .extend(InputFlags.shape);

/** One article's findings; spans are offsets into `text`, which is printed beside them so they can be checked. */
export function extractRecord(e: Extracted) {
  const { doc, sections, sentences } = e.seg;
  return {
    id: doc.id,
    title: doc.title,
    published: doc.published,
    text: doc.text,
    sections: sections.map((s) => ({
      start: s.start,
      end: s.end,
      kind: s.kind,
      heading: s.heading?.text ?? null,
    })),
    sentences: sentences.length,
    entities: e.entities,
    quantities: e.quantities,
    dates: e.dates,
    quotes: e.quotes,
    claims: e.claims,
  };
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help, now } = parseCommand('extract', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('extract'));
    return EXIT_OK;
  }
  if (positionals.length === 0)
    throw new UsageError('extract needs at least one INPUT (a file, directory, URL or -)', 'extract');
  const ctx = contextFor(now, flags['allow-private-hosts'], flags['follow-symlinks']);
  const runner = runnerFor(ctx, flags.jobs, io, Number.POSITIVE_INFINITY);
  const records: ReturnType<typeof extractRecord>[] = [];
  let batch: Awaited<ReturnType<typeof cleanInputs>>;
  try {
    batch = await cleanInputs(positionals, ctx, io, runner);
    const results = await Promise.all(batch.docs.map((d) => runner.extract(d)));
    batch.docs.forEach((d, k) => {
      const r = results[k]!;
      if (r.value) records.push(extractRecord(r.value));
      else batch.rejected.push(...r.issues.map((i) => ({ input: d.source, reason: i.message })));
    });
  } finally {
    await runner.close();
  }
  reportRejections(io, batch.rejected);
  if (flags.format === 'json') io.stdout(`${safeJson(records, 2)}\n`);
  else for (const r of records) io.stdout(`${safeJson(r)}\n`);
  return batch.rejected.length ? EXIT_REJECTED : EXIT_OK;
}
