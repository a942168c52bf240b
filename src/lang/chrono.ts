// chrono-node, the parser of written dates, loaded on first use: a worker thread that only finds entities and
// counts never loads it (it took ~0.15 of the ~0.45 CPU-s a worker spent starting, measured with process.cpuUsage).
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';

const requireLazy = createRequire(import.meta.url);
let loaded: typeof Chrono | null = null;

/** The chrono-node module, loaded the first time a date is parsed. */
export function chronoNode(): typeof Chrono {
  loaded ??= requireLazy('chrono-node') as typeof Chrono;
  return loaded;
}
