/**
 * Progress on stderr for long inputs: bytes, receipts and rate on one `\r`-rewritten line, only
 * when stderr is a terminal and the input is over 4 MB; `--quiet` turns it off.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { StreamProgress } from '../node/stream.js';
import type { CliIo } from './io.js';

/** Inputs above this size show progress. */
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

export interface Progress {
  /** Pass to `streamFile` as the `progress` handler (undefined when progress is off). */
  readonly update: ((p: StreamProgress) => void) | undefined;
  /** Clear the progress line. */
  done(): void;
  /** The input's size in bytes (0 when unknown). */
  readonly size: number;
}

export async function progressFor(io: CliIo, path: string, quiet: boolean | undefined): Promise<Progress> {
  let size = 0;
  try {
    size = (await stat(resolve(io.cwd, path))).size;
  } catch {
    /* the read reports it */
  }
  if (quiet || !io.stderr.isTTY || size <= PROGRESS_MIN_BYTES) return { update: undefined, done: () => undefined, size };
  let shown = false;
  return {
    update(p) {
      shown = true;
      const mb = (n: number) => (n / 1e6).toFixed(1);
      const pct = p.total ? Math.floor((p.bytes / p.total) * 100) : 0;
      const rate = p.seconds > 0 ? (p.bytes / 1e6 / p.seconds).toFixed(0) : '-';
      const receipts = p.receipts >= 0 ? `  ${p.receipts} receipts` : '';
      io.stderr.write(`\r${path}: ${mb(p.bytes)} / ${mb(p.total)} MB (${pct}%)${receipts}  ${rate} MB/s\x1b[K`);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
    size,
  };
}
