import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parse, type ParseOptions } from '../parse.js';
import type { ReceFile } from '../model/file.js';
import { CliExit, EXIT } from './io.js';

/** Read a file for a command; I/O failures become exit code IO with a one-line message. */
export async function readInput(cwd: string, path: string): Promise<Uint8Array> {
  try {
    const b = await readFile(resolve(cwd, path));
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (e) {
    throw new CliExit(EXIT.IO, `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export async function readModel(cwd: string, path: string, options: ParseOptions = {}): Promise<ReceFile> {
  return parse(await readInput(cwd, path), { fileName: basename(path), ...options });
}
