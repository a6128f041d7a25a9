/**
 * Node adapters: files on disk. Everything else lives in the browser-safe core (`receden`).
 */
import { randomBytes } from 'node:crypto';
import { readFile as fsReadFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ReceFile } from '../model/file.js';
import { parse, type ParseOptions } from '../parse.js';

/** Read and parse a file; the file name is passed as the kind hint. */
export async function readReceFile(path: string, options: ParseOptions = {}): Promise<ReceFile> {
  const bytes = await fsReadFile(path);
  return parse(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fileName: basename(path), ...options });
}

/**
 * Write bytes atomically: to a temporary file in the same directory, then rename over the target,
 * so a reader never sees a half-written claim file.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
