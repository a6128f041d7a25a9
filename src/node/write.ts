/**
 * Writing files the way a claim file must be written: never half, never over the wrong file.
 *
 * - **Atomic.** A regular file is written to a temporary file in the target's own directory
 *   (`.NAME.<pid>-<random>.tmp`), flushed to disk (fsync), renamed over the target, and the directory
 *   is flushed too: a reader sees the old file or the new one, never a part.
 * - **Links.** A symbolic link at the target is followed (through a chain of links, dangling or not):
 *   the file it points to is replaced, and the link stays a link.
 * - **Devices and pipes.** A FIFO, a character device (`/dev/stdout`, a terminal) or a socket at the
 *   target is written directly: it cannot be renamed over, and must not be replaced by a file.
 * - **Clean-up.** Temporary files in flight are removed when the write fails, and by
 *   {@link removePendingTempsSync} (the CLI calls it on SIGINT/SIGTERM). A temporary file left by an
 *   earlier run that was killed (kill -9) is removed by the next write to the same target, unless the
 *   process that made it is still alive.
 * - **All or nothing.** {@link writeAllAtomic} writes several files as one: every temporary file first,
 *   then every rename; on any failure the targets are left as they were (old files restored, new ones
 *   and new directories removed).
 *
 * Failures are {@link WriteError}s naming the operation, the path and the errno.
 */
import { randomBytes } from 'node:crypto';
import { constants as FS, readdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { link, lstat, mkdir, open, readlink, rename, rmdir, stat, unlink, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

/** What failed, where, and why (the errno code, e.g. EROFS, ENOSPC, EISDIR). */
export class WriteError extends Error {
  constructor(
    /** The operation: `write` (the data), `create` (a directory), `rename`, `open` (the target). */
    readonly op: 'write' | 'create' | 'rename' | 'open',
    /** The path as the caller named it. */
    readonly path: string,
    /** The errno code (`EROFS`, `ENOSPC`, `EISDIR`, `ENOENT` …), or `EIO` when none was given. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot ${op === 'create' ? 'create directory' : op} ${path}: ${code}`, options);
    this.name = 'WriteError';
  }
}

function errno(e: unknown): string {
  const c = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof c === 'string' ? c : 'EIO';
}

/** Where a write to `path` really goes. */
export interface WriteTarget {
  /** The path as given. */
  readonly path: string;
  /** The file written: `path` itself, or the end of its chain of symbolic links. */
  readonly final: string;
  /** A FIFO, character device or socket: written in place, not replaced. */
  readonly direct: boolean;
  /** Whether `final` exists. */
  readonly exists: boolean;
  /** Its permission bits, when it exists (kept by the replacement). */
  readonly mode: number | undefined;
}

/** Follow the symbolic links at `path` (even a dangling chain) and tell what kind of file it ends in. */
export async function resolveTarget(path: string): Promise<WriteTarget> {
  let p = resolve(path);
  // What the path finally is, as the kernel resolves it (this also reads links such as /dev/stdout →
  // /proc/self/fd/1 → pipe:[…], which name no file): a device, FIFO or socket is written in place.
  try {
    const st = await stat(p);
    if (st.isDirectory()) throw new WriteError('open', path, 'EISDIR');
    if (st.isFIFO() || st.isCharacterDevice() || st.isSocket()) return { path, final: p, direct: true, exists: true, mode: undefined };
  } catch (e) {
    if (e instanceof WriteError) throw e;
    if (errno(e) !== 'ENOENT') throw new WriteError('open', path, errno(e), { cause: e });
  }
  // A regular file or nothing yet: follow the chain of links to the file to replace.
  for (let hops = 0; ; hops++) {
    let st;
    try {
      st = await lstat(p);
    } catch (e) {
      if (errno(e) === 'ENOENT') return { path, final: p, direct: false, exists: false, mode: undefined };
      throw new WriteError('open', path, errno(e), { cause: e });
    }
    if (st.isSymbolicLink()) {
      if (hops >= 40) throw new WriteError('open', path, 'ELOOP');
      const to = await readlink(p);
      p = isAbsolute(to) ? to : resolve(dirname(p), to);
      continue;
    }
    if (st.isDirectory()) throw new WriteError('open', path, 'EISDIR');
    const direct = st.isFIFO() || st.isCharacterDevice() || st.isSocket();
    return { path, final: p, direct, exists: true, mode: st.mode & 0o7777 };
  }
}

/** Told of every temporary file added to or removed from this thread's set (see {@link observePendingTemps}). */
let observer: ((op: 'add' | 'delete', path: string) => void) | undefined;

/** A set of paths that tells {@link observer} of its changes. */
class PendingTemps extends Set<string> {
  override add(p: string): this {
    super.add(p);
    observer?.('add', p);
    return this;
  }
  override delete(p: string): boolean {
    const had = super.delete(p);
    if (had) observer?.('delete', p);
    return had;
  }
}

/** Temporary files being written by this process (removed on failure, and on SIGINT/SIGTERM). */
const pending = new PendingTemps();

/**
 * Be told of this thread's temporary files as they come and go. A worker thread has a set of its own,
 * which the process's signal handlers (on the main thread) cannot see: the CLI's workers report theirs
 * to the main thread, which {@link adoptPendingTemp adopts} them.
 */
export function observePendingTemps(f: ((op: 'add' | 'delete', path: string) => void) | undefined): void {
  observer = f;
}

/** Count another thread's temporary file as this thread's (or no longer), so that {@link removePendingTempsSync} removes it. */
export function adoptPendingTemp(op: 'add' | 'delete', path: string): void {
  if (op === 'add') Set.prototype.add.call(pending, path);
  else Set.prototype.delete.call(pending, path);
}

/** Remove every temporary file this process is writing (for signal handlers: synchronous). */
export function removePendingTempsSync(): void {
  for (const p of pending) {
    try {
      unlinkSync(p);
    } catch {
      /* gone already */
    }
  }
  pending.clear();
}

const TEMP = /^\.(.+)\.(?:(\d+)-)?[0-9a-f]{12}\.tmp$/;

function tempName(final: string): string {
  return join(dirname(final), `.${basename(final)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errno(e) === 'EPERM';
  }
}

/**
 * Remove temporary files an earlier, killed write to `final` left behind: `.NAME.<pid>-<hex>.tmp`
 * whose process is gone, and `.NAME.<hex>.tmp` from receden versions that did not record the pid.
 */
export function removeStaleTemps(final: string): string[] {
  const dir = dirname(final);
  const name = basename(final);
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const e of entries) {
    const m = TEMP.exec(e);
    if (!m || m[1] !== name) continue;
    const pid = m[2] === undefined ? undefined : Number(m[2]);
    if (pid !== undefined && alive(pid)) continue;
    const p = join(dir, e);
    if (pending.has(p)) continue;
    try {
      rmSync(p, { force: true });
      removed.push(p);
    } catch {
      /* not ours to remove */
    }
  }
  return removed;
}

/**
 * Data produced into a synchronous sink (each chunk is written before `write` returns, so the
 * producer may reuse its buffer): the allocation-free form for large files.
 */
export interface SyncProducer {
  readonly produce: (write: (chunk: Uint8Array) => void) => void | Promise<void>;
}

export type WriteData = Uint8Array | string | AsyncIterable<Uint8Array> | Iterable<Uint8Array> | SyncProducer;

async function writeAll(fh: FileHandle, data: WriteData): Promise<number> {
  if (typeof data === 'string') data = new TextEncoder().encode(data);
  if (!(data instanceof Uint8Array) && 'produce' in data) {
    let n = 0;
    const fd = fh.fd;
    await data.produce((c) => {
      let o = 0;
      while (o < c.length) o += writeSync(fd, c, o, c.length - o);
      n += c.length;
    });
    return n;
  }
  if (data instanceof Uint8Array) {
    let o = 0;
    while (o < data.length) o += (await fh.write(data, o, data.length - o)).bytesWritten;
    return data.length;
  }
  let n = 0;
  for await (const c of data as AsyncIterable<Uint8Array>) {
    let o = 0;
    while (o < c.length) o += (await fh.write(c, o, c.length - o)).bytesWritten;
    n += c.length;
  }
  return n;
}

async function syncDir(dir: string): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(dir, FS.O_RDONLY);
    await fh.sync();
  } catch {
    // Some file systems cannot fsync a directory (EINVAL, EISDIR on a few platforms): the rename stands.
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** Write `data` to a temporary file beside `t.final`, flushed; returns its path and size. */
async function writeTemp(t: WriteTarget, data: WriteData): Promise<{ tmp: string; bytes: number }> {
  removeStaleTemps(t.final);
  const tmp = tempName(t.final);
  let fh: FileHandle;
  try {
    fh = await open(tmp, FS.O_WRONLY | FS.O_CREAT | FS.O_EXCL, t.mode ?? 0o644);
  } catch (e) {
    throw new WriteError('write', t.path, errno(e), { cause: e });
  }
  pending.add(tmp);
  try {
    const bytes = await writeAll(fh, data);
    await fh.sync();
    await fh.close();
    return { tmp, bytes };
  } catch (e) {
    await fh.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    pending.delete(tmp);
    if (e instanceof WriteError) throw e;
    throw new WriteError('write', t.path, errno(e), { cause: e });
  }
}

async function writeDirect(t: WriteTarget, data: WriteData): Promise<number> {
  let fh: FileHandle;
  try {
    fh = await open(t.final, FS.O_WRONLY);
  } catch (e) {
    throw new WriteError('open', t.path, errno(e), { cause: e });
  }
  try {
    return await writeAll(fh, data);
  } catch (e) {
    throw new WriteError('write', t.path, errno(e), { cause: e });
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/**
 * Write a file atomically (see the module comment): symbolic links followed, devices and FIFOs
 * written in place, fsync of the file and its directory. Resolves with the number of bytes written.
 *
 * @throws {@link WriteError} naming the operation, the path and the errno.
 */
export async function writeAtomic(path: string, data: WriteData): Promise<number> {
  const t = await resolveTarget(path);
  if (t.direct) return writeDirect(t, data);
  const { tmp, bytes } = await writeTemp(t, data);
  try {
    await rename(tmp, t.final);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new WriteError('rename', path, errno(e), { cause: e });
  } finally {
    pending.delete(tmp);
  }
  await syncDir(dirname(t.final));
  return bytes;
}

/** Create `dir` and any missing parents; returns the directories this call created, outermost first. */
async function mkdirs(dir: string, shownAs: string): Promise<string[]> {
  const missing: string[] = [];
  let d = resolve(dir);
  for (;;) {
    try {
      const st = await stat(d);
      if (!st.isDirectory()) throw new WriteError('create', shownAs, 'ENOTDIR');
      break;
    } catch (e) {
      if (e instanceof WriteError) throw e;
      if (errno(e) !== 'ENOENT') throw new WriteError('create', shownAs, errno(e), { cause: e });
      missing.unshift(d);
      const up = dirname(d);
      if (up === d) break;
      d = up;
    }
  }
  for (const m of missing) {
    try {
      await mkdir(m);
    } catch (e) {
      if (errno(e) !== 'EEXIST') throw new WriteError('create', m === resolve(dir) ? shownAs : m, errno(e), { cause: e });
    }
  }
  return missing;
}

/**
 * Write several files as one (a resubmission's 社保 and 国保 files): all or nothing.
 *
 * 1. Parent directories are created where missing (`createDirs`).
 * 2. Every file is written to its temporary file and flushed.
 * 3. Each existing target is kept under a backup link, then every temporary file is renamed over its target.
 * 4. Backups are removed and directories flushed.
 *
 * On a failure at any step, what this call made is removed (temporary files, new files, directories
 * it created) and the old files are put back. Device/FIFO targets are written last, after every
 * rename has succeeded (they cannot be rolled back).
 *
 * @throws {@link WriteError} of the first failure.
 */
export async function writeAllAtomic(items: readonly { path: string; data: WriteData }[], options: { createDirs?: boolean } = {}): Promise<number[]> {
  const createdDirs: string[] = [];
  const temps: { t: WriteTarget; tmp: string; bytes: number }[] = [];
  const done: { t: WriteTarget; backup: string | undefined }[] = [];
  const direct: { t: WriteTarget; data: WriteData; i: number }[] = [];
  const sizes: number[] = new Array(items.length).fill(0);
  try {
    for (const [i, it] of items.entries()) {
      if (options.createDirs) createdDirs.push(...(await mkdirs(dirname(resolve(it.path)), dirname(it.path))));
      const t = await resolveTarget(it.path);
      if (t.direct) {
        direct.push({ t, data: it.data, i });
        continue;
      }
      const w = await writeTemp(t, it.data);
      temps.push({ t, ...w });
      sizes[i] = w.bytes;
    }
    for (const { t, tmp } of temps) {
      let backup: string | undefined;
      if (t.exists) {
        // A temp-file name, so that a run killed here leaves nothing the next write does not clean.
        backup = tempName(t.final);
        try {
          await link(t.final, backup);
          pending.add(backup);
        } catch (e) {
          throw new WriteError('rename', t.path, errno(e), { cause: e });
        }
      }
      try {
        await rename(tmp, t.final);
      } catch (e) {
        if (backup) {
          await unlink(backup).catch(() => undefined);
          pending.delete(backup);
        }
        throw new WriteError('rename', t.path, errno(e), { cause: e });
      }
      pending.delete(tmp);
      done.push({ t, backup });
    }
    for (const d of direct) sizes[d.i] = await writeDirect(d.t, d.data);
  } catch (e) {
    // Undo: put old files back, remove new ones, temporary files and the directories made here.
    for (const { t, backup } of done.reverse()) {
      if (backup) await rename(backup, t.final).catch(() => undefined);
      else await unlink(t.final).catch(() => undefined);
      if (backup) pending.delete(backup);
    }
    for (const { tmp } of temps) {
      await unlink(tmp).catch(() => undefined);
      pending.delete(tmp);
    }
    for (const d of createdDirs.reverse()) await rmdir(d).catch(() => undefined);
    throw e;
  }
  for (const { backup } of done) {
    if (backup) {
      await unlink(backup).catch(() => undefined);
      pending.delete(backup);
    }
  }
  for (const dir of new Set(done.map((d) => dirname(d.t.final)))) await syncDir(dir);
  return sizes;
}

/**
 * Write, check, then commit: `data` goes to a temporary file, `check(tempPath)` reads it back (e.g.
 * validates it as a reader would), and only when it returns true does the temporary file become the
 * target (renamed over it; for a FIFO, a device or a `sink`, copied into it). When the check returns
 * false nothing is written and the temporary file is removed. For targets written in place the
 * temporary file lives in the system temp directory.
 *
 * @throws {@link WriteError} naming the operation, the path and the errno.
 */
export async function writeAtomicChecked(
  target: string | { readonly sink: (chunk: Uint8Array) => void; readonly name: string },
  data: WriteData,
  check: (tempPath: string) => Promise<boolean>,
): Promise<{ written: boolean; bytes: number }> {
  const t: WriteTarget =
    typeof target === 'string' ? await resolveTarget(target) : { path: target.name, final: '', direct: true, exists: true, mode: undefined };
  const spoolAt: WriteTarget = t.direct ? { ...t, final: join(tmpdir(), `receden-out-${process.pid}-${randomBytes(6).toString('hex')}`), exists: false, mode: 0o600 } : t;
  const { tmp, bytes } = await writeTemp(spoolAt, data);
  try {
    if (!(await check(tmp))) return { written: false, bytes: 0 };
    if (!t.direct) {
      try {
        await rename(tmp, t.final);
      } catch (e) {
        throw new WriteError('rename', t.path, errno(e), { cause: e });
      }
      await syncDir(dirname(t.final));
      return { written: true, bytes };
    }
    // In place: copy the checked bytes to the device, FIFO or sink.
    const copy = async function* (): AsyncGenerator<Uint8Array> {
      const fh = await open(tmp, FS.O_RDONLY);
      try {
        const buf = new Uint8Array(64 * 1024);
        for (;;) {
          const { bytesRead } = await fh.read(buf, 0, buf.length, null);
          if (bytesRead === 0) return;
          yield buf.subarray(0, bytesRead);
        }
      } finally {
        await fh.close();
      }
    };
    if (typeof target === 'string') await writeDirect(t, copy());
    else for await (const c of copy()) target.sink(c.slice());
    return { written: true, bytes };
  } finally {
    await unlink(tmp).catch(() => undefined);
    pending.delete(tmp);
  }
}
