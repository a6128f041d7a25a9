/**
 * Command inputs. A regular file is read from disk (as often as a command needs: validation reads it
 * twice, with flat memory). Anything else — standard input (`-`), a pipe, a FIFO, `/dev/stdin`,
 * process substitution — is read exactly once: kept in memory up to {@link SPOOL_MEMORY_BYTES}, beyond
 * that spooled to a private temporary file, and every pass then reads the copy. So a piped file gives
 * the same result as the same file by path, and a FIFO never hangs a two-pass command.
 */
import { randomBytes } from 'node:crypto';
import { constants as FS, fstatSync, rmSync } from 'node:fs';
import { open, stat, unlink, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { CliExit, ioError, usageError, type CliIo } from './io.js';
import { readAhead } from '../node/stream.js';

/** Non-regular inputs up to this size stay in memory; larger ones are spooled to a temporary file. */
export const SPOOL_MEMORY_BYTES = 32 * 1024 * 1024;
/** Read size for files. */
const CHUNK = 64 * 1024;

export interface Input {
  /** The path as given (`-` for standard input). */
  readonly label: string;
  /** The file name, as a hint for the kind (`RECEIPTC.HEN`); undefined for standard input and pipes without one. */
  readonly fileName: string | undefined;
  /** Size in bytes (known for files, and for other inputs once read). */
  readonly size: number;
  /** True when the input was read once into memory or a spool (not a regular file). */
  readonly spooled: boolean;
  /** The bytes in chunks; may be called again for another pass. A chunk is valid only until the next is asked for. */
  chunks(): AsyncIterable<Uint8Array>;
  /** All the bytes at once. */
  bytes(): Promise<Uint8Array>;
  /** Remove any spool file. */
  close(): Promise<void>;
}

/** Spool files of this process (removed on exit and on SIGINT/SIGTERM). */
const spools = new Set<string>();
export function removeSpoolsSync(): void {
  for (const p of spools) rmSync(p, { force: true });
  spools.clear();
}

async function* readFileChunks(path: string, label: string): AsyncGenerator<Uint8Array> {
  let fh: FileHandle;
  try {
    fh = await open(path, FS.O_RDONLY);
  } catch (e) {
    throw ioError('read', label, e);
  }
  yield* readAhead(fh, CHUNK, (e) => ioError('read', label, e));
}

/** A regular file on disk. */
function fileInput(path: string, label: string, size: number): Input {
  return {
    label,
    fileName: basename(label),
    size,
    spooled: false,
    chunks: () => readFileChunks(path, label),
    bytes: () => collect(readFileChunks(path, label), size),
    close: async () => undefined,
  };
}

/** Every chunk of a source in one array (`hint`: the expected size). */
async function collect(source: AsyncIterable<Uint8Array>, hint: number): Promise<Uint8Array> {
  let out = new Uint8Array(hint);
  let o = 0;
  for await (const c of source) {
    if (o + c.length > out.length) {
      const grown = new Uint8Array(Math.max(out.length * 2, o + c.length));
      grown.set(out.subarray(0, o));
      out = grown;
    }
    out.set(c, o);
    o += c.length;
  }
  return out.subarray(0, o);
}

/** Read a stream once: into memory, or into a spool file past {@link SPOOL_MEMORY_BYTES}. */
async function spoolInput(source: AsyncIterable<Uint8Array>, label: string, fileName: string | undefined): Promise<Input> {
  const mem: Uint8Array[] = [];
  let size = 0;
  let spool: { path: string; fh: FileHandle } | undefined;
  try {
    for await (const chunk of source) {
      if (!(chunk instanceof Uint8Array)) throw ioError('read', label, { code: 'EINVAL' });
      if (!spool && size + chunk.length > SPOOL_MEMORY_BYTES) {
        const path = join(tmpdir(), `receden-spool-${process.pid}-${randomBytes(6).toString('hex')}`);
        const fh = await open(path, FS.O_RDWR | FS.O_CREAT | FS.O_EXCL, 0o600);
        spools.add(path);
        spool = { path, fh };
        for (const m of mem) await writeFully(fh, m);
        mem.length = 0;
      }
      if (spool) await writeFully(spool.fh, chunk);
      else mem.push(chunk.slice());
      size += chunk.length;
    }
  } catch (e) {
    if (spool) {
      await spool.fh.close().catch(() => undefined);
      await unlink(spool.path).catch(() => undefined);
      spools.delete(spool.path);
    }
    throw e instanceof CliExit ? e : ioError('read', label, e);
  }
  if (spool) {
    await spool.fh.close();
    const path = spool.path;
    return {
      label,
      fileName,
      size,
      spooled: true,
      chunks: () => readFileChunks(path, label),
      bytes: () => collect(readFileChunks(path, label), size),
      async close() {
        await unlink(path).catch(() => undefined);
        spools.delete(path);
      },
    };
  }
  const all = new Uint8Array(size);
  let o = 0;
  for (const m of mem) {
    all.set(m, o);
    o += m.length;
  }
  return {
    label,
    fileName,
    size,
    spooled: true,
    async *chunks() {
      for (let i = 0; i < all.length; i += CHUNK) yield all.subarray(i, Math.min(all.length, i + CHUNK));
    },
    bytes: async () => all,
    close: async () => undefined,
  };
}

async function writeFully(fh: FileHandle, b: Uint8Array): Promise<void> {
  let o = 0;
  while (o < b.length) o += (await fh.write(b, o, b.length - o)).bytesWritten;
}

function sameAsStdin(st: { dev: number; ino: number }): boolean {
  try {
    const s0 = fstatSync(0);
    return s0.dev === st.dev && s0.ino === st.ino;
  } catch {
    return false;
  }
}

async function* emptyStdin(): AsyncGenerator<Uint8Array> {
  /* nothing */
}

/**
 * Open a command input. `-` is standard input. A file that is not regular is read once (see the
 * module comment). A missing path, a directory or an unreadable file is an I/O error (exit 3)
 * naming the path, the operation and the errno.
 */
export async function openInput(io: CliIo, path: string): Promise<Input> {
  if (path === '-') return spoolInput(io.stdin ?? emptyStdin(), '-', undefined);
  const abs = resolve(io.cwd, path);
  let st;
  try {
    st = await stat(abs);
  } catch (e) {
    throw ioError('read', path, e);
  }
  if (st.isDirectory()) throw ioError('read', path, { code: 'EISDIR' });
  if (st.isFile()) return fileInput(abs, path, st.size);
  // A pipe, FIFO, character device or socket: read it exactly once.
  const name = basename(path);
  // /dev/stdin (or /dev/fd/0) naming this process's own standard input: read the stream itself
  // (a socket, as a parent process may give, cannot be opened by path).
  if (io.stdin && sameAsStdin(st)) return spoolInput(io.stdin, path, undefined);
  const hint = /\.(UKE|HEN|SAH|CYO|UKS|json|jsonl)$/i.test(name) ? name : undefined;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield* readFileChunks(abs, path);
  }
  return spoolInput(chunks(), path, hint);
}

/** Open several inputs; `-` may appear once. */
export async function openInputs(io: CliIo, paths: readonly string[]): Promise<Input[]> {
  if (paths.filter((p) => p === '-').length > 1) throw usageError('stdin-twice');
  const out: Input[] = [];
  for (const p of paths) out.push(await openInput(io, p));
  return out;
}
