// When an article appeared, and on what basis: metadata, then the text's own date line, then an inference.
//
// Inference rule (never invents a day): an article cannot predate the latest date with a stated year it
// reports. That date, at its own precision, is `publishedAfter` (a lower bound); `published` is its year and
// month only (its year when no month is stated), because the article may have appeared any day after it.
import type { Context } from '../../context.ts';
import type { Document } from '../../model/document.ts';
import { metadataDate, statedDates } from './parse.ts';
import { latest, reportedDates } from './window.ts';

export interface PublishedEvidence {
  /** raw.meta.published, or the HTML's own metadata. */
  metadata: (string | undefined)[];
  /** Date lines the text cleaner took out or read, nearest the top first. */
  dateLines: { text: string; where: 'top' | 'bottom' | 'dateline' }[];
  text: string;
}

export interface Published {
  published: string | null;
  publishedBasis: Document['publishedBasis'];
  publishedAfter?: string;
}

const ORDER = { top: 0, dateline: 1, bottom: 2 } as const;

export function decidePublished(ev: PublishedEvidence, ctx: Context): Published {
  for (const m of ev.metadata) {
    const iso = metadataDate(m, ctx.now);
    if (iso) return { published: iso, publishedBasis: 'metadata' };
  }
  const lines = [...ev.dateLines].sort((a, b) => ORDER[a.where] - ORDER[b.where]);
  for (const l of lines) {
    const d = statedDates(l.text, ctx.now)[0];
    if (d) return { published: d.iso, publishedBasis: 'text' };
  }
  const last = latest(reportedDates(ev.text, ctx.now));
  if (last) return { published: last.iso.slice(0, 7), publishedBasis: 'inferred', publishedAfter: last.iso };
  return { published: null, publishedBasis: 'unknown' };
}
