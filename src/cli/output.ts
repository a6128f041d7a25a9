/**
 * Command outputs: `-` is standard output; anything else is written by the Node adapters'
 * atomic writer (symbolic links followed, FIFOs and devices written in place, fsync, temporary files
 * cleaned up; see src/node/write.ts). Failures become exit code IO with the operation and errno.
 */
import { fstatSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { WriteError, writeAllAtomic, writeAtomic, type WriteData } from '../node/write.js';
import { IoExit, type CliIo } from './io.js';

export function asIoExit(e: unknown, fallbackPath: string): unknown {
  if (e instanceof WriteError) return new IoExit(e.op, e.path, e.code);
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && code.startsWith('E')) return new IoExit('write', fallbackPath, code);
  return e;
}

async function toStdout(io: CliIo, data: WriteData): Promise<number> {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    io.stdout.write(data);
    return typeof data === 'string' ? new TextEncoder().encode(data).length : data.length;
  }
  let n = 0;
  if ('produce' in data) {
    await data.produce((c) => {
      io.stdout.write(c.slice());
      n += c.length;
    });
    return n;
  }
  for await (const c of data as AsyncIterable<Uint8Array>) {
    io.stdout.write(c);
    n += c.length;
  }
  return n;
}

/**
 * True for `-`, and for a path that is this process's own standard output (/dev/stdout, /dev/fd/1):
 * written through the stream (a socket, as a parent process may give, cannot be opened by path).
 */
export function isStdout(io: CliIo, path: string): boolean {
  if (path === '-') return true;
  try {
    const a = statSync(resolve(io.cwd, path));
    const b = fstatSync(1);
    return !a.isFile() && a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** Write one output (`-` = standard output). Resolves with the bytes written. */
export async function writeOutput(io: CliIo, path: string, data: WriteData): Promise<number> {
  if (isStdout(io, path)) return toStdout(io, data);
  try {
    return await writeAtomic(resolve(io.cwd, path), data);
  } catch (e) {
    throw asIoExit(e, path);
  }
}

/** Write several outputs as one: all or nothing (see `writeAllAtomic`); parent directories are created. */
export async function writeOutputs(io: CliIo, items: readonly { path: string; data: WriteData }[]): Promise<void> {
  try {
    await writeAllAtomic(
      items.map((i) => ({ path: resolve(io.cwd, i.path), data: i.data })),
      { createDirs: true },
    );
  } catch (e) {
    throw asIoExit(e, items[0]?.path ?? '');
  }
}
