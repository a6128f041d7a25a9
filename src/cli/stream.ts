/**
 * The CLI's streaming input: a file read through the streaming parser with progress, I/O failures
 * turned into exit code IO. Commands use it for their file inputs, so memory stays flat.
 */
import { resolve } from 'node:path';
import { reasonsFile, streamFile, validateFileReport, type StreamHandlers } from '../node/stream.js';
import type { ReasonRow, ReasonsOptions } from '../resubmit/reasons.js';
import type { StreamValidation } from '../stream/checks.js';
import type { EndEvent, StreamOptions } from '../stream/splitter.js';
import type { ValidateOptions } from '../validate/types.js';
import { CliExit, EXIT, type CliIo } from './io.js';
import { progressFor } from './progress.js';

/** I/O failures (ENOENT, EACCES, EISDIR …) as exit code IO, with the message `readInput` uses. */
async function reading<T>(path: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('E')) throw new CliExit(EXIT.IO, `cannot read ${path}: ${code}`);
    throw e;
  }
}

/**
 * `validate(parse(file), options)` with flat memory (two streamed passes), plus the kind and preset
 * used: the streaming path for `receden validate`. Progress as for {@link streamInput} (second pass).
 */
export async function validateInput(io: CliIo, path: string, options: ValidateOptions & { quiet?: boolean } = {}): Promise<StreamValidation> {
  const progress = await progressFor(io, path, options.quiet);
  try {
    return await reading(path, () => validateFileReport(resolve(io.cwd, path), { ...options, progress: progress.update, total: progress.size }));
  } finally {
    progress.done();
  }
}

/** `reasons(parse(file))` rows in one streamed pass, `file` being the input's index: for `receden reasons`. */
export async function reasonsInput(io: CliIo, path: string, options: ReasonsOptions & { file?: number; quiet?: boolean } = {}): Promise<{ rows: ReasonRow[]; end: EndEvent }> {
  const progress = await progressFor(io, path, options.quiet);
  try {
    return await reading(path, () => reasonsFile(resolve(io.cwd, path), { ...options, progress: progress.update, total: progress.size }));
  } finally {
    progress.done();
  }
}

/** Stream `path` (relative to the CLI's cwd) through `handlers`; resolves with the `end` event. */
export async function streamInput(io: CliIo, path: string, handlers: Omit<StreamHandlers, 'progress'>, options: StreamOptions & { quiet?: boolean } = {}): Promise<EndEvent> {
  const progress = await progressFor(io, path, options.quiet);
  try {
    return await reading(path, () => streamFile(resolve(io.cwd, path), { ...handlers, progress: progress.update }, options));
  } finally {
    progress.done();
  }
}
