/**
 * Many inputs, many cores. `validate`, `inspect`, `convert` and `reasons` take several files (and
 * directories, which stand for their files); each command splits into a per-file task — open one
 * input, do the work, write that file's text to its own stdout / stderr, emit values for the summary —
 * and a main part that gathers the values and prints the summary.
 *
 * With `--jobs 1`, or one input, the tasks run here, one after the other, writing straight to the
 * command's streams. Otherwise regular files go to worker threads (the built CLI, re-entered as a
 * worker: see src/cli.ts and ./worker.ts): each worker sends back what its task wrote and emitted, as
 * events; this thread replays them strictly in input order (a file that finishes early waits for the
 * ones before it), so the output, the summary and the exit code are those of the sequential run. Inputs
 * that can be read once only — standard input, pipes, FIFOs, devices — are read in this thread.
 */
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { adoptPendingTemp, observePendingTemps } from '../node/write.js';
import { openInput, type Input } from './input.js';
import { CliExit, EXIT, IoExit, ioError, usageError, type CliIo } from './io.js';
import type { Locale } from '../diagnostics/index.js';
import { createProgress, PROGRESS_MIN_BYTES, PROGRESS_REDRAW_MS, type Progress } from './progress.js';

/** One input of a batch. */
export interface BatchItem {
  /** The path as given, or `dir/NAME` for a file of a directory argument; `-` is standard input. */
  readonly path: string;
  /** Size in bytes when known (regular files), else 0. */
  readonly size: number;
  /** Read in this thread: standard input and anything that is not a regular file (it can be read once only). */
  readonly local: boolean;
  /** Already opened (a command that opens every input before it writes anything). */
  readonly input?: Input;
  /** Listing a directory argument failed: opening the item throws this. */
  readonly error?: CliExit;
}

/** What a per-file task works with. */
export interface TaskContext<V> {
  /** The file's own output: stdout and stderr (replayed in input order). */
  readonly io: CliIo;
  /** The item's position among the inputs. */
  readonly index: number;
  /** The item's path (its label). */
  readonly path: string;
  /** Open the input (the task closes it). */
  open(): Promise<Input>;
  /** A value for the command's summary (structured-cloneable), delivered in input order. */
  emit(value: V): void;
  /** The progress of this file (`label`, total bytes). */
  progress(label: string, size: number): Progress;
}

/**
 * The per-file part of a command; resolves with the file's exit code (none: 0). Its options are
 * structured-cloneable (they travel to workers).
 */
export type FileTask<O, V> = (ctx: TaskContext<V>, options: O) => Promise<number | void>;

/** Below this many bytes of regular files in all, the default (no `--jobs`) runs in-process: starting workers would cost more than it saves. */
export const BATCH_MIN_BYTES = 8 * 1024 * 1024;

/** `--jobs N`: a whole number ≥ 1 (undefined: not given). */
export function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) throw usageError('bad-jobs', { value });
  return Number(value);
}

/** The number of cores (the default of `--jobs`). */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * The command's inputs: `-` is standard input; a directory stands for its regular files (symbolic links
 * to files included), in byte order of their names, not recursing into subdirectories and skipping
 * hidden names (starting with `.`). A path that cannot be opened is kept: its task reports the error in
 * its place. `many` is true when the form of the arguments asks for several files (more than one
 * argument, or a directory), whatever the number found. No file at all (only empty directories) is a
 * usage error.
 */
export async function expandInputs(io: CliIo, paths: readonly string[]): Promise<{ items: BatchItem[]; many: boolean }> {
  if (paths.filter((p) => p === '-').length > 1) throw usageError('stdin-twice');
  const items: BatchItem[] = [];
  let many = paths.length > 1;
  for (const p of paths) {
    if (p === '-') {
      items.push({ path: p, size: 0, local: true });
      continue;
    }
    const st = await stat(resolve(io.cwd, p)).catch(() => undefined);
    if (!st) items.push({ path: p, size: 0, local: false });
    else if (st.isFile()) items.push({ path: p, size: st.size, local: false });
    else if (!st.isDirectory()) items.push({ path: p, size: 0, local: true });
    else {
      many = true;
      let names: string[];
      try {
        names = (await readdir(resolve(io.cwd, p))).filter((n) => !n.startsWith('.'));
      } catch (e) {
        items.push({ path: p, size: 0, local: true, error: ioError('read', p, e) });
        continue;
      }
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const n of names) {
        const path = p.endsWith('/') ? p + n : `${p}/${n}`;
        const s = await stat(resolve(io.cwd, path)).catch(() => undefined);
        if (s?.isFile()) items.push({ path, size: s.size, local: false });
      }
    }
  }
  if (items.length === 0) throw usageError('no-files', { paths: paths.join(' ') });
  return { items, many };
}

/**
 * Open a task's input and run `f` on it, then close it. A {@link CliExit} other than a usage error (an
 * I/O error opening or reading the file, a data limit) is written to the file's stderr as
 * `receden <command>: …` — what `run` prints for a single file — and its exit code returned; anything
 * else is thrown. Resolves with 0 when `f` ran through.
 */
export async function withInput(ctx: TaskContext<unknown>, command: string, locale: Locale, f: (input: Input) => Promise<void>): Promise<number> {
  let input: Input | undefined;
  try {
    input = await ctx.open();
    await f(input);
    return EXIT.OK;
  } catch (e) {
    if (e instanceof CliExit && e.code !== EXIT.USAGE) {
      ctx.io.stderr.write(`receden ${command}: ${e.render(locale)}\n`);
      return e.code;
    }
    throw e;
  } finally {
    await input?.close();
  }
}

/** The worse of two exit codes of files: I/O (3) before data (1) before ok. */
export function worseExit(a: number, b: number): number {
  const rank = (c: number) => (c === EXIT.IO ? 2 : c === EXIT.OK ? 0 : 1);
  return rank(b) > rank(a) ? b : a;
}

export interface Batch<O, V> {
  /** The task's name in the workers' registry (./worker.ts). */
  readonly command: string;
  readonly task: FileTask<O, V>;
  readonly options: O;
  readonly items: readonly BatchItem[];
  /** `--jobs` (undefined: the number of cores, in-process for small batches). */
  readonly jobs: number | undefined;
  readonly quiet: boolean | undefined;
  /** Each emitted value, in input order. */
  onValue(value: V, index: number): void;
}

/** Where the workers come from: the built CLI, set by src/cli.ts (in-process callers of `run` have none: they run sequentially). */
let workerScript: URL | undefined;
export function useWorkerScript(url: URL | undefined): void {
  workerScript = url;
}

/**
 * Run a batch: in-process one file after the other, or across worker threads (see the module
 * comment). Resolves with the worst exit code of the files ({@link worseExit}).
 */
export async function runBatch<O, V>(io: CliIo, b: Batch<O, V>): Promise<number> {
  const remote = b.items.filter((i) => !i.local && !i.input && !i.error);
  const bytes = remote.reduce((n, i) => n + i.size, 0);
  // This thread is one job, the workers are the others: there is work for them when there are files.
  const jobs = Math.min(b.jobs ?? (bytes < BATCH_MIN_BYTES ? 1 : defaultJobs()), b.items.length);
  if (!workerScript || jobs < 2 || remote.length === 0) return sequential(io, b);
  return parallel(io, b, jobs, workerScript);
}

function openItem(io: CliIo, item: BatchItem): Promise<Input> {
  if (item.error) return Promise.reject(item.error);
  return item.input ? Promise.resolve(item.input) : openInput(io, item.path);
}

async function sequential<O, V>(io: CliIo, b: Batch<O, V>): Promise<number> {
  let exit: number = EXIT.OK;
  for (const [index, item] of b.items.entries()) {
    const code = await b.task(
      {
        io,
        index,
        path: item.path,
        open: () => openItem(io, item),
        emit: (v) => b.onValue(v, index),
        progress: (label, size) => createProgress(io, label, size, b.quiet),
      },
      b.options,
    );
    exit = worseExit(exit, code ?? EXIT.OK);
  }
  return exit;
}

/** What a task did, as replayed in order: stdout text, stderr text, a value, its exit code, or the error it threw. */
type Event = { o: string | Uint8Array } | { e: string } | { v: unknown } | { c: number } | { x: ThrownError };

/** An error crossing threads. */
type ThrownError =
  | { kind: 'io'; op: IoExit['op']; path: string; errno: string }
  | { kind: 'cli'; code: number; key: string; params: Record<string, string | number> }
  | { kind: 'other'; message: string; stack: string | undefined; code: string | undefined };

function freeze(e: unknown): ThrownError {
  if (e instanceof IoExit) return { kind: 'io', op: e.op, path: e.path, errno: e.errno };
  if (e instanceof CliExit) return { kind: 'cli', code: e.code, key: e.key, params: { ...e.params } };
  const err = e as { message?: unknown; stack?: unknown; code?: unknown } | undefined;
  return { kind: 'other', message: String(err?.message ?? e), stack: typeof err?.stack === 'string' ? err.stack : undefined, code: typeof err?.code === 'string' ? err.code : undefined };
}

function thaw(t: ThrownError): Error {
  if (t.kind === 'io') return new IoExit(t.op, t.path, t.errno);
  if (t.kind === 'cli') return new CliExit(t.code, t.key, t.params);
  const e = new Error(t.message) as Error & { code?: string };
  if (t.stack) e.stack = t.stack;
  if (t.code) e.code = t.code;
  return e;
}

/** Main thread → worker: run one file. */
interface Job {
  readonly index: number;
  readonly path: string;
  readonly command: string;
  readonly options: unknown;
}

/** Worker → main thread. */
type Report =
  | { readonly index: number; readonly events: Event[]; readonly done: boolean }
  | { readonly index: number; readonly progress: [pass: number, passes: number, bytes: number, size: number] }
  | { readonly temp: ['add' | 'delete', string] };

const WORKER_TAG = 'receden-batch-worker';

interface WorkerSetup {
  readonly tag: typeof WORKER_TAG;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly progress: boolean;
}

/** True in a thread started by {@link runBatch} (src/cli.ts serves tasks there instead of running the CLI). */
export function isBatchWorker(): boolean {
  return !isMainThread && (workerData as WorkerSetup | undefined)?.tag === WORKER_TAG;
}

/** Events are sent in batches: at this many, at this many bytes of text, or after this long. */
const FLUSH_EVENTS = 1000;
const FLUSH_BYTES = 1 << 20;
const FLUSH_MS = 100;

/**
 * A task's context whose output and values become events (`send(events, done)`), with progress
 * going to `progress`. Used by workers and, for inputs read in this thread, by the main thread itself.
 */
function recordingContext<V>(
  index: number,
  item: { path: string; open(): Promise<Input> },
  setup: { cwd: string; env?: Readonly<Record<string, string | undefined>>; stdin?: CliIo['stdin'] },
  send: (events: Event[], done: boolean) => void,
  progress: ((p: [number, number, number, number]) => void) | undefined,
): { ctx: TaskContext<V>; finish(r: { code: number | void } | { error: unknown }): void } {
  let events: Event[] = [];
  let text = 0;
  let last = performance.now();
  const flush = (done: boolean) => {
    const out = events;
    events = [];
    text = 0;
    last = performance.now();
    send(out, done);
  };
  const push = (ev: Event, size = 0) => {
    events.push(ev);
    text += size;
    if (events.length >= FLUSH_EVENTS || text >= FLUSH_BYTES || performance.now() - last >= FLUSH_MS) flush(false);
  };
  const io: CliIo = {
    argv: [],
    cwd: setup.cwd,
    env: setup.env,
    stdin: setup.stdin,
    // A chunk may be a reused buffer: copy it.
    stdout: { write: (s: string | Uint8Array) => push({ o: typeof s === 'string' ? s : s.slice() }, s.length) },
    stderr: { write: (s: string) => push({ e: s }, s.length) },
  };
  const ctx: TaskContext<V> = {
    io,
    index,
    path: item.path,
    open: item.open,
    emit: (v) => push({ v }),
    progress: (_label, size) => (progress ? reportingProgress(size, progress) : createProgress(io, '', 0, true)),
  };
  return {
    ctx,
    finish(r) {
      events.push('error' in r ? { x: freeze(r.error) } : { c: r.code ?? EXIT.OK });
      flush(true);
    },
  };
}

/** A task's progress as reports (`[pass, passes, bytes, size]`), at most one per redraw interval. */
function reportingProgress(size: number, report: (p: [number, number, number, number]) => void): Progress {
  let k = 1;
  let n = 1;
  let last = -Infinity;
  let draws = 0;
  return {
    active: true,
    pass(kk, nn) {
      k = kk;
      n = nn;
      report([k, n, 0, size]);
    },
    update(bytes) {
      const t = performance.now();
      if (t - last < PROGRESS_REDRAW_MS && bytes < size) return;
      last = t;
      draws++;
      report([k, n, bytes, size]);
    },
    done: () => undefined,
    get draws() {
      return draws;
    },
  };
}

/**
 * One progress line for the whole batch on stderr: files done, bytes of all inputs (two-pass commands
 * count each pass as half of a file), the rate. Shown on a terminal when the batch is over 4 MB, unless
 * `--quiet`.
 */
function batchProgress(io: CliIo, items: readonly BatchItem[], quiet: boolean | undefined, now: () => number = () => performance.now()) {
  const sizes = items.map((i) => i.size);
  const share = items.map(() => 0);
  let done = 0;
  const total = () => sizes.reduce((a, b) => a + b, 0);
  const active = !quiet && io.stderr.isTTY === true && total() > PROGRESS_MIN_BYTES;
  const t0 = now();
  let last = -Infinity;
  let shown = false;
  const draw = (force = false) => {
    const t = now();
    if (t - last < PROGRESS_REDRAW_MS && !force) return;
    last = t;
    const all = total();
    const b = Math.min(all, share.reduce((a, x) => a + x, 0));
    const secs = (t - t0) / 1000;
    const mb = (x: number) => (x / 1e6).toFixed(1);
    io.stderr.write(`\r${done}/${items.length} files: ${mb(b)} / ${mb(all)} MB (${all ? Math.floor((b / all) * 100) : 0}%)  ${secs > 0 ? (b / 1e6 / secs).toFixed(0) : '-'} MB/s\x1b[K`);
    shown = true;
  };
  return {
    active,
    /** File `i` is in pass `k` of `n`, `bytes` into it (`size`: its size, once known). */
    set(i: number, [k, n, bytes, size]: [number, number, number, number]) {
      if (!active) return;
      if (size > 0) sizes[i] = size;
      share[i] = ((k - 1 + Math.min(1, sizes[i] ? bytes / sizes[i]! : 0)) / n) * sizes[i]!;
      draw();
    },
    fileDone(i: number) {
      done++;
      share[i] = sizes[i]!;
      if (active) draw(true);
    },
    /** Take the line away (before other output). */
    clear() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
      last = -Infinity;
    },
  };
}

async function parallel<O, V>(io: CliIo, b: Batch<O, V>, jobs: number, script: URL): Promise<number> {
  const n = b.items.length;
  const pending: Event[][] = b.items.map(() => []);
  const finished = b.items.map(() => false);
  const progress = batchProgress(io, b.items, b.quiet);
  let head = 0;
  let exit: number = EXIT.OK;
  let failure: { e: unknown } | undefined;
  let settle!: () => void;
  const over = new Promise<void>((r) => (settle = r));
  const fail = (e: unknown) => {
    failure ??= { e };
    settle();
  };

  /** Replay what is due, in input order. */
  const replay = () => {
    while (head < n && !failure) {
      const evs = pending[head]!;
      pending[head] = [];
      for (const ev of evs) {
        try {
          if ('o' in ev) {
            progress.clear();
            io.stdout.write(ev.o);
          } else if ('e' in ev) {
            progress.clear();
            io.stderr.write(ev.e);
          } else if ('v' in ev) b.onValue(ev.v as V, head);
          else if ('c' in ev) exit = worseExit(exit, ev.c);
          else throw thaw(ev.x);
        } catch (e) {
          fail(e);
          return;
        }
      }
      if (!finished[head]) return;
      progress.fileDone(head);
      head++;
    }
    settle();
  };
  const received = (index: number, events: Event[], done: boolean) => {
    for (const ev of events) pending[index]!.push(ev);
    if (done) finished[index] = true;
    if (index === head) replay();
  };

  // This thread is one of the jobs: it reads the inputs that can be read once only (standard input,
  // pipes), and takes files from the queue like the workers.
  const isLocal = (item: BatchItem) => item.local || item.input !== undefined || item.error !== undefined;
  const mine = b.items.flatMap((item, index) => (isLocal(item) ? [index] : []));
  const queue = b.items.flatMap((item, index) => (isLocal(item) ? [] : [index]));
  const here = (async () => {
    for (;;) {
      const index = mine.shift() ?? queue.shift();
      if (index === undefined || failure) return;
      const item = b.items[index]!;
      const r = recordingContext<V>(index, { path: item.path, open: () => openItem(io, item) }, { cwd: io.cwd, env: io.env, stdin: io.stdin }, (evs, done) => received(index, evs, done), progress.active ? (p) => progress.set(index, p) : undefined);
      try {
        r.finish({ code: await b.task(r.ctx, b.options) });
      } catch (error) {
        r.finish({ error });
      }
    }
  })();

  // The workers: each takes the next file of the queue when it is done with one.
  const setup: WorkerSetup = { tag: WORKER_TAG, cwd: io.cwd, env: { ...(io.env ?? {}) }, progress: progress.active };
  const workers: Worker[] = [];
  const give = (w: Worker) => {
    const index = queue.shift();
    if (index === undefined) return;
    const job: Job = { index, path: b.items[index]!.path, command: b.command, options: b.options };
    w.postMessage(job);
  };
  for (let k = 0; k < Math.min(jobs - 1, queue.length); k++) {
    const w = new Worker(script, { workerData: setup });
    workers.push(w);
    w.on('message', (m: Report) => {
      if ('temp' in m) adoptPendingTemp(m.temp[0], m.temp[1]);
      else if ('progress' in m) progress.set(m.index, m.progress);
      else {
        received(m.index, m.events, m.done);
        if (m.done) give(w);
      }
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => {
      if (code !== 0 && !failure && head < n) fail(new Error(`worker thread exited with code ${code}`));
    });
    give(w);
  }

  try {
    await over;
    await here.catch(() => undefined);
  } finally {
    progress.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure.e;
  return exit;
}

/** A worker: run the jobs the main thread gives, with the tasks of the registry (./worker.ts). */
export function serveBatch(tasks: Readonly<Record<string, FileTask<unknown, unknown>>>): void {
  const port = parentPort!;
  const setup = workerData as WorkerSetup;
  // This thread's temporary files are the process's: the main thread's signal handlers remove them.
  observePendingTemps((op, path) => port.postMessage({ temp: [op, path] } satisfies Report));
  const io: CliIo = { argv: [], cwd: setup.cwd, env: setup.env, stdout: { write: () => true }, stderr: { write: () => true } };
  port.on('message', (job: Job) => {
    const r = recordingContext<unknown>(
      job.index,
      { path: job.path, open: () => openInput(io, job.path) },
      setup,
      (events, done) => port.postMessage({ index: job.index, events, done } satisfies Report),
      setup.progress ? (p) => port.postMessage({ index: job.index, progress: p } satisfies Report) : undefined,
    );
    const task = tasks[job.command];
    (task ? task(r.ctx, job.options) : Promise.reject(new Error(`no task ${job.command}`))).then(
      (code) => r.finish({ code }),
      (error: unknown) => r.finish({ error }),
    );
  });
}
