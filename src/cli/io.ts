/** The CLI's view of the outside world, injectable for in-process tests. */
import type { Locale } from '../diagnostics/index.js';
import { cliMessage, errnoText } from './messages.js';

export interface CliIo {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Standard input, for `-` (defaults to nothing: an empty input). */
  readonly stdin?: AsyncIterable<Uint8Array> & { isTTY?: boolean };
  /** The environment (LANG, LC_ALL …); defaults to none (Japanese messages). */
  readonly env?: Readonly<Record<string, string | undefined>>;
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
  /** Standard output was closed early (`| head`): stopped quietly, as on SIGPIPE. */
  PIPE: 141,
} as const;

/**
 * Thrown inside commands to end with an exit code and a message (never escapes `run`). The message
 * is a key of the CLI catalogue (./messages.ts), rendered in the command's locale by `run`.
 */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(cliMessage(key, params, 'en'));
  }

  render(locale: Locale): string {
    return cliMessage(this.key, this.params, locale);
  }
}

export function usageError(key: string, params: Readonly<Record<string, string | number>> = {}): CliExit {
  return new CliExit(EXIT.USAGE, key, params);
}

/** An I/O failure on `path` (`op`: read, write, create, rename, open) as exit code IO. */
export function ioError(op: 'read' | 'write' | 'create' | 'rename' | 'open', path: string, e: unknown): CliExit {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return new IoExit(op, path, typeof code === 'string' ? code : String((e as Error)?.message ?? e));
}

/** An I/O failure: its message names the operation, the path and the errno (explained in the locale). */
export class IoExit extends CliExit {
  constructor(
    readonly op: 'read' | 'write' | 'create' | 'rename' | 'open',
    readonly path: string,
    readonly errno: string,
  ) {
    super(EXIT.IO, `cannot-${op}`, { path, why: errno });
  }

  override render(locale: Locale): string {
    return cliMessage(this.key, { path: this.path, why: errnoText(this.errno, locale) }, locale);
  }
}
