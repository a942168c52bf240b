// What the CLI may touch of its process: passed in, so that tests run main() in-process with real files.
import type { Readable } from 'node:stream';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: Readable;
  /** Whether stderr is a terminal: progress bars and colour only then. */
  isTTY: boolean;
  /** Whether stdout is a terminal (colour in text output); taken to equal isTTY when not given. */
  stdoutIsTTY?: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The user asked for something the CLI does not understand: exit 2 with this message and a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** The request was understood but cannot be met (no such story or document): exit 1 with this message. */
export class CliError extends Error {
  override name = 'CliError';
}

export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;
