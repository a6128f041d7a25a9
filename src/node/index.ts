/**
 * Node adapters: files on disk. Everything else lives in the browser-safe core (`receden`).
 */
import { realpathSync } from 'node:fs';
import { readFile as fsReadFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { writeAtomic, WriteError } from './write.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { strictSerialize, type StrictSerializeOptions } from '../write/check.js';
import type { ReceFile } from '../model/file.js';
import { parse, type ParseOptions } from '../model/parse.js';

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

/**
 * Write a model as a claim / return file, strictly: its exact bytes are checked as a reader sees
 * them (see `strictSerialize`: parse's byte layer, then the preset's rules), and written atomically
 * only when no error is found (or `force`). Never writes over one of `inputs` (paths of the files
 * the model was read from).
 *
 * @example
 * const r = await writeReceFile('out/RECEIPTC.UKE', applyCorrections([file], corrections).file);
 * if (!r.written) for (const d of r.diagnostics) console.error(formatDiagnostic(d));
 */
export async function writeReceFile(
  path: string,
  file: ReceFile,
  options: StrictSerializeOptions & { readonly inputs?: readonly string[] } = {},
): Promise<{ written: boolean; diagnostics: readonly Diagnostic[] }> {
  for (const p of options.inputs ?? []) if (sameFileSync(p, path)) throw new WriteError('open', path, 'EEXIST');
  const s = strictSerialize(file, options);
  if (!s.bytes) return { written: false, diagnostics: s.diagnostics };
  await writeAtomic(path, s.bytes);
  return { written: true, diagnostics: s.diagnostics };
}

function sameFileSync(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
