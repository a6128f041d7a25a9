/** The CLI's view of the outside world, injectable for in-process tests. */
export interface CliIo {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
}

/** Exit codes (documented in the README). */
export const EXIT = {
  /** Everything went well. */
  OK: 0,
  /** The input has data problems (validation errors, values that cannot be written). */
  DATA: 1,
  /** Bad command line. */
  USAGE: 2,
  /** A file could not be read or written. */
  IO: 3,
  /** A bug in receden (please report it). */
  INTERNAL: 70,
} as const;

/** Thrown inside commands to end with a given exit code and message (never escapes `run`). */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export function usageError(msg: string): CliExit {
  return new CliExit(EXIT.USAGE, msg);
}
