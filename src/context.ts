/** What every stage may read besides its input: options, and a trace that costs nothing when off. */
export interface Context {
  /** Reference time for "today" when nothing else dates a document (fixed in tests for determinism). */
  now: Date;
  /** Allow fetching private, loopback and link-local hosts (tests, intranets). */
  allowPrivateHosts: boolean;
  /** Follow symbolic links that lead out of a folder given as input (off: they are reported, not read). */
  followSymlinks?: boolean;
  trace: (stage: string, message: string, data?: unknown) => void;
}

const silent = (): void => {};

export function makeContext(over: Partial<Context> = {}): Context {
  return {
    now: over.now ?? new Date(),
    allowPrivateHosts: over.allowPrivateHosts ?? false,
    followSymlinks: over.followSymlinks ?? false,
    trace: over.trace ?? silent,
  };
}
