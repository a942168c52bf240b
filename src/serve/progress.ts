// A one-line progress bar on stderr for long batches; silent when stderr is not a terminal (pipes, logs, CI).
import { oneLine } from '../brief/render/terminal.ts';

const WIDTH = 24;
const MIN_INPUTS = 4;

export interface Progress {
  /** One input handled. */
  tick(label: string): void;
  /** Clears the line so the summary that follows starts clean. */
  done(): void;
}

export interface ProgressOptions {
  write: (text: string) => void;
  isTTY: boolean;
  /** Inputs expected, when known (CLI specs; a directory may hold more). */
  total: number;
  /** Terminal width, to keep the line from wrapping. */
  columns?: number;
}

const quiet: Progress = { tick: () => {}, done: () => {} };

export function progressBar(opts: ProgressOptions): Progress {
  if (!opts.isTTY) return quiet;
  const columns = opts.columns ?? 80;
  let count = 0;
  let shown = false;
  return {
    tick(label) {
      count++;
      // A batch of a few inputs finishes before a bar would help; a directory may reveal more inputs later.
      if (Math.max(count, opts.total) < MIN_INPUTS) return;
      shown = true;
      opts.write(`\r${progressLine(count, opts.total, oneLine(label), columns)}\x1b[K`);
    },
    done() {
      if (shown) opts.write('\r\x1b[K');
    },
  };
}

/** "[#########---------------] 12/40 path/to/input" (a counter alone once the total is passed). */
export function progressLine(count: number, total: number, label: string, columns: number): string {
  const head =
    count <= total
      ? `[${'#'.repeat(Math.round((count / total) * WIDTH)).padEnd(WIDTH, '-')}] ${count}/${total}`
      : `${count} inputs`;
  const room = columns - head.length - 2;
  const tail = room <= 0 ? '' : label.length <= room ? label : `…${label.slice(label.length - room + 1)}`;
  return `${head} ${tail}`;
}
