/**
 * Node adapters: files on disk. Everything else lives in the browser-safe core (`receden`).
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeAtomic } from './write.js';
import type { ReceFile } from '../model/file.js';
import { parse, type ParseOptions } from '../parse.js';

/** Read and parse a file; the file name is passed as the kind hint. */
export async function readReceFile(path: string, options: ParseOptions = {}): Promise<ReceFile> {
  const bytes = await fsReadFile(path);
  return parse(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fileName: basename(path), ...options });
}

/**
 * Write bytes atomically: to a temporary file in the target's directory, flushed, then renamed over
 * the target, so a reader never sees a half-written claim file. Symbolic links are followed (their
 * target is replaced); FIFOs and devices are written in place. See ./write.ts.
 *
 * @throws {@link WriteError} naming the operation, the path and the errno.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await writeAtomic(path, data);
}
