/**
 * Progress on stderr for long inputs: one `\r`-rewritten line with the pass (`1/2`, `2/2` for
 * two-pass commands), bytes read of the real total, receipts seen and the rate. Shown only when
 * stderr is a terminal and the input is over 4 MB; redrawn at most ten times a second; `--quiet`
 * turns it off.
 */
import type { CliIo } from './io.js';

/** Inputs above this size show progress. */
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;
/** Least time between two redraws. */
export const PROGRESS_REDRAW_MS = 100;

export interface Progress {
  /** True when anything is drawn at all. */
  readonly active: boolean;
  /** Begin pass `k` of `n` (1-based): the byte count starts again at 0. */
  pass(k: number, n: number): void;
  /** Bytes read so far in this pass, and receipts seen (-1 when not counted). */
  update(bytes: number, receipts?: number): void;
  /** Clear the line. */
  done(): void;
  /** How many times the line was drawn (for tests). */
  readonly draws: number;
}

const OFF: Progress = { active: false, pass: () => undefined, update: () => undefined, done: () => undefined, draws: 0 };

export function createProgress(io: CliIo, label: string, total: number, quiet: boolean | undefined, now: () => number = () => performance.now()): Progress {
  if (quiet || !io.stderr.isTTY || total <= PROGRESS_MIN_BYTES) return OFF;
  let k = 1;
  let n = 1;
  let t0 = now();
  let last = -Infinity;
  let shown = false;
  let draws = 0;
  const mb = (x: number) => (x / 1e6).toFixed(1);
  const draw = (bytes: number, receipts: number) => {
    const b = Math.min(bytes, total);
    const pct = Math.floor((b / total) * 100);
    const secs = (now() - t0) / 1000;
    const rate = secs > 0 ? (b / 1e6 / secs).toFixed(0) : '-';
    const passText = n > 1 ? `[${k}/${n}] ` : '';
    const rc = receipts >= 0 ? `  ${receipts} receipts` : '';
    io.stderr.write(`\r${label}: ${passText}${mb(b)} / ${mb(total)} MB (${pct}%)${rc}  ${rate} MB/s\x1b[K`);
    shown = true;
    draws++;
  };
  return {
    active: true,
    pass(kk, nn) {
      k = kk;
      n = nn;
      t0 = now();
      last = -Infinity;
    },
    update(bytes, receipts = -1) {
      const t = now();
      if (t - last < PROGRESS_REDRAW_MS && bytes < total) return;
      last = t;
      draw(bytes, receipts);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
    },
    get draws() {
      return draws;
    },
  };
}
