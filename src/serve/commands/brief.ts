// corroborate brief: the cross-checked briefing of a story — from inputs read now, or from a stored story.

import { basename, extname } from 'node:path';
import { z } from 'zod';
import { MAX_STORY_DOCS } from '../../batch/limits.ts';
import type { DocRunner } from '../../batch/runner.ts';
import { renderHtml } from '../../brief/render/html.ts';
import { renderMarkdown } from '../../brief/render/markdown.ts';
import { safeJson } from '../../brief/render/terminal.ts';
import { renderText } from '../../brief/render/text.ts';
import type { Context } from '../../context.ts';
import type { Briefing } from '../../model/briefing.ts';
import type { Document } from '../../model/document.ts';
import { briefStoryWith, markCopies, type Story } from '../../pipeline.ts';
import { formatFlag, parseCommand } from '../args.ts';
import type { Rejection } from '../inputs.ts';
import { CliError, EXIT_OK, EXIT_REJECTED, type Io, UsageError } from '../io.ts';
import { outputPath, writeOutput } from '../out.ts';
import { rebriefStory } from '../stream/rebrief.ts';
import {
  cleanInputs,
  contextFor,
  InputFlags,
  inputOptions,
  openDb,
  reportRejections,
  runnerFor,
} from './command.ts';
import { helpOf } from './registry.ts';

const options = {
  story: { type: 'string', short: 's' },
  db: { type: 'string' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  title: { type: 'string', short: 't' },
  'allow-private-hosts': { type: 'boolean' },
  ...inputOptions,
} as const;
const Flags = z
  .object({
    story: z.string().min(1).optional(),
    db: z.string().min(1).optional(),
    format: formatFlag(['json', 'md', 'html', 'text'], 'json'),
    out: z.string().min(1, '--out needs a file name').optional(),
    title: z.string().trim().min(1, '--title cannot be empty').optional(),
    'allow-private-hosts': z.boolean().default(false),
  })
  .extend(InputFlags.shape);

/** Issues of the brief stage that mean the briefing broke its contract (CONTRACT.md): bugs, not input problems. */
const CONTRACT_CODES = new Set(['brief.schema', 'brief.span']);

/** The inputs' name for a story read from the command line: the first input without its extension. */
function storyIdOf(specs: string[]): string {
  const first = specs[0] === '-' ? 'stdin' : basename(specs[0]!.replace(/[/\\]+$/, ''));
  return first.slice(0, first.length - extname(first).length) || 'story';
}

/** A stored story's documents, copies re-marked across the whole story (ingest could only compare within an input). */
/** Copies marked across the whole story (each input could only be compared within itself when stored). */
export function remarkCopies(stored: Document[], ctx: Context): Document[] {
  const unmarked = stored.map((d) => ({ ...d, flags: d.flags.filter((f) => f.kind !== 'duplicate-of') }));
  return markCopies(unmarked, ctx).value;
}

/** A stored story's briefing: stored findings reused, rebuilt only when its documents changed (changes recorded). */
async function storedBriefing(io: Io, name: string, db: string | undefined, ctx: Context, title?: string) {
  const store = openDb(io, db, false);
  try {
    const story = await store.getStory(name);
    if (!story) throw new CliError(`no story named '${name}' in ${store.location} (see corroborate stories)`);
    if ((await store.listDocuments(story)).length === 0)
      throw new CliError('nothing to brief: no article could be read');
    return (await rebriefStory(store, story, ctx, title ? { title } : {})).briefing;
  } finally {
    await store.close();
  }
}

export function render(b: Briefing, format: 'json' | 'md' | 'html' | 'text', color: boolean): string {
  if (format === 'md') return renderMarkdown(b);
  if (format === 'html') return renderHtml(b);
  if (format === 'text') return renderText(b, { color });
  return `${safeJson(b, 2)}\n`;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals, help, now } = parseCommand('brief', argv, options, Flags, io.env);
  if (help) {
    io.stdout(helpOf('brief'));
    return EXIT_OK;
  }
  if (positionals.length > 0 && flags.story !== undefined) {
    throw new UsageError('brief takes INPUT… or --story NAME, not both', 'brief');
  }
  if (positionals.length === 0 && flags.story === undefined) {
    throw new UsageError('brief needs INPUT… (files, directories, URLs, -) or --story NAME', 'brief');
  }
  const outPath = flags.out === undefined ? undefined : outputPath(io.cwd, flags.out);
  const ctx = contextFor(now, flags['allow-private-hosts'], flags['follow-symlinks']);
  const runner = runnerFor(ctx, flags.jobs, io, MAX_STORY_DOCS);
  try {
    return await briefWith(runner);
  } finally {
    await runner.close();
  }

  async function briefWith(runner: DocRunner): Promise<number> {
    const color = !flags.out && (io.stdoutIsTTY ?? io.isTTY) && io.env.NO_COLOR === undefined;
    const print = (b: Briefing): void => {
      const out = render(b, flags.format, color);
      if (outPath) {
        writeOutput(outPath, out);
        io.stderr(`wrote ${outPath}\n`);
      } else io.stdout(out);
    };
    // A stored story reuses its stored findings and re-runs only the cross-source stages when it changed.
    if (flags.story !== undefined) {
      print(await storedBriefing(io, flags.story, flags.db, ctx, flags.title));
      return EXIT_OK;
    }
    const cleaned = await cleanInputs(positionals, ctx, io, runner);
    const docs: Document[] = cleaned.docs;
    let rejected: Rejection[] = cleaned.rejected;
    const storyId = storyIdOf(positionals);
    reportRejections(io, rejected);
    if (docs.length === 0) throw new CliError('nothing to brief: no article could be read');
    const story: Story = { id: storyId, title: flags.title ?? storyId };
    const made = await briefStoryWith(docs, story, ctx, runner);
    // The brief stage checks the contract (once); a mismatch is a bug here, never something to print.
    const broken = made.issues.find((i) => CONTRACT_CODES.has(i.code));
    if (broken) throw new Error(`the briefing does not match its contract: ${broken.message}`);
    // documents the briefing had to leave out (a stage failed on them) are rejections like unreadable inputs
    const failed = made.issues
      .filter((i) => i.severity === 'error')
      .map((i) => ({ input: i.where ?? storyId, reason: i.message }));
    reportRejections(io, failed);
    rejected = [...rejected, ...failed];
    print(made.value);
    return rejected.length ? EXIT_REJECTED : EXIT_OK;
  }
}
