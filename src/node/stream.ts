/**
 * Node adapters for the streaming API: files and `Readable`s in, files and `Readable`s out.
 * Everything else lives in the browser-safe core (`receden`, src/stream).
 */
import { createReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeAtomic, writeAtomicChecked } from './write.js';
import { checkOutputStream } from '../write/check.js';
import type { FileKind } from '../model/file.js';
import type { PresetId } from '../validate/types.js';
import { Readable } from 'node:stream';
import type { Receipt } from '../model/file.js';
import { parseStream } from '../stream/parse.js';
import { ChunkWriter, type WritableEvent } from '../stream/serialize.js';
import type { EndEvent, LeadEvent, ReceiptEvent, StreamEvent, StreamOptions, TailEvent } from '../stream/splitter.js';
import { validateStream, validateStreamReport, type StreamValidation } from '../validate/stream.js';
import { reasonsStream } from '../resubmit/reasons-stream.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { ReasonRow, ReasonsOptions } from '../resubmit/reasons.js';
import type { ValidateOptions } from '../validate/types.js';

/**
 * Read size used for files. 64 KiB reads are as fast as larger ones here and keep fewer receipts
 * in flight at a time, which keeps the heap (and peak RSS) smaller. @defaultValue 64 KiB
 */
export const FILE_CHUNK_BYTES = 64 * 1024;

/** The chunks of a file (a Node `Readable`, which is an async iterable of `Buffer`s). */
export function fileChunks(path: string, options: { chunkBytes?: number; signal?: AbortSignal } = {}): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: options.chunkBytes ?? FILE_CHUNK_BYTES, signal: options.signal });
}

/**
 * A Node `Readable` as a byte source for `parseStream`. Rejects streams in object or string mode
 * (claim files are bytes: set no encoding).
 */
export async function* fromReadable(r: NodeJS.ReadableStream | Readable): AsyncGenerator<Uint8Array> {
  for await (const chunk of r as AsyncIterable<unknown>) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError('the stream must yield bytes (Buffer / Uint8Array): do not set an encoding');
    yield chunk;
  }
}

/** Byte chunks (e.g. from `serializeStream`) as a Node `Readable`. */
export function toReadable(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Readable {
  return Readable.from(chunks, { objectMode: false });
}

/**
 * Read a file into one buffer, reused for every chunk: each chunk is valid only until the next is
 * asked for. Allocation-free, so memory stays flat; safe with the splitter in copy mode, which
 * keeps nothing of a chunk once it has been written.
 */
async function* readReusing(path: string, chunkBytes: number): AsyncGenerator<Uint8Array> {
  yield* readAhead(await open(path, 'r'), chunkBytes);
}

/**
 * The chunks of an open file, read ahead: while the consumer works on one chunk, the next is
 * already being read into a second buffer (the two take turns, so memory stays at two chunks and
 * nothing is allocated per read). Each chunk is valid only until the next is asked for. Without
 * the read-ahead the parser sat idle for about a fifth of its time, waiting on each read.
 * `wrap` turns a read error into the caller's error. The file is closed at the end.
 */
export async function* readAhead(fh: FileHandle, chunkBytes: number, wrap: (e: unknown) => unknown = (e) => e): AsyncGenerator<Uint8Array> {
  const bufs = [new Uint8Array(chunkBytes), new Uint8Array(chunkBytes)];
  const read = (b: Uint8Array) => fh.read(b, 0, b.length, null).then((r) => r.bytesRead);
  let k = 0;
  let pending: Promise<number> | undefined = read(bufs[0]!);
  try {
    while (pending) {
      let n: number;
      try {
        n = await pending;
      } catch (e) {
        pending = undefined;
        throw wrap(e);
      }
      if (n === 0) {
        pending = undefined;
        return;
      }
      const cur = bufs[k]!;
      k ^= 1;
      // The next read goes into the other buffer, which the consumer has given back by asking for this chunk.
      pending = read(bufs[k]!);
      yield cur.subarray(0, n);
    }
  } finally {
    // A read still in flight (the consumer stopped early) finishes before the file is closed.
    if (pending) await pending.catch(() => undefined);
    await fh.close();
  }
}

/**
 * Ask for the next item of `it` as soon as the current one is handed on, so that the producer's work
 * on item k + 1 overlaps the consumer's wait on item k (a file write). Only for producers whose items
 * stay valid after the next is made (fresh chunks, as the JSON writers give), never for a reused buffer.
 */
export async function* prefetch<T>(it: AsyncIterable<T>): AsyncGenerator<T> {
  const i = it[Symbol.asyncIterator]();
  let next: Promise<IteratorResult<T>> | undefined = i.next();
  try {
    for (;;) {
      const r: IteratorResult<T> = await next!;
      if (r.done) {
        next = undefined;
        return;
      }
      next = i.next();
      yield r.value;
    }
  } finally {
    // Stopped early: let the item being made finish, then close the producer.
    if (next) {
      const r = await next.catch(() => undefined);
      if (r && !r.done) await i.return?.();
    }
  }
}

/** The chunks the parser reads a file in: one reused buffer in copy mode (the default), fresh ones otherwise. */
function parserChunks(path: string, options: StreamOptions & { chunkBytes?: number }): AsyncIterable<Uint8Array> {
  return options.copy === false ? fileChunks(path, options) : readReusing(path, options.chunkBytes ?? FILE_CHUNK_BYTES);
}

/** Stream-parse a file; the file name is passed as the kind hint. */
export function parseFileStream(path: string, options: StreamOptions & { chunkBytes?: number } = {}): AsyncGenerator<StreamEvent> {
  return parseStream(parserChunks(path, options), { fileName: basename(path), ...options });
}

/**
 * Count the bytes of a chunk source and report progress at most every `every` ms (and once at the
 * end, through `finish`). `base` is added to the byte count (a second pass over the same file).
 */
export function withProgress(
  chunks: AsyncIterable<Uint8Array>,
  progress: ((p: StreamProgress) => void) | undefined,
  o: { total: number; receipts?: () => number; every?: number | undefined; base?: number },
): { chunks: AsyncIterable<Uint8Array>; finish(): void } {
  if (!progress) return { chunks, finish: () => undefined };
  const t0 = performance.now();
  const every = o.every ?? 200;
  let bytes = o.base ?? 0;
  let last = 0;
  const report = () => progress({ bytes, total: o.total, receipts: o.receipts?.() ?? -1, seconds: (performance.now() - t0) / 1000 });
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const c of chunks) {
      bytes += c.length;
      yield c;
      const now = performance.now();
      if (now - last >= every) {
        last = now;
        report();
      }
    }
  }
  return { chunks: counted(), finish: report };
}

/** Callbacks for {@link streamFile}; each may be async (the file is read no faster than they return). */
export interface StreamHandlers {
  lead?(e: LeadEvent): void | Promise<void>;
  receipt?(r: Receipt, e: ReceiptEvent): void | Promise<void>;
  tail?(e: TailEvent): void | Promise<void>;
  /** Called now and then with the bytes read so far and the file size. */
  progress?(p: StreamProgress): void;
}

export interface StreamProgress {
  readonly bytes: number;
  readonly total: number;
  /** Receipts seen so far, or -1 when the reader does not count them. */
  readonly receipts: number;
  /** Seconds since the start. */
  readonly seconds: number;
}

/**
 * Stream a file through handlers, in file order; resolves with the `end` event (kind, EOF, counts,
 * the same diagnostics as `parse()`). Memory stays flat whatever the file size.
 *
 * @example
 * const end = await streamFile('RECEIPTC.HEN', { receipt(r) { for (const hr of r.reasons) … } });
 */
export async function streamFile(path: string, handlers: StreamHandlers, options: StreamOptions & { chunkBytes?: number; progressMs?: number } = {}): Promise<EndEvent> {
  const total = handlers.progress ? (await stat(path)).size : 0;
  let receipts = 0;
  const counted = withProgress(parserChunks(path, options), handlers.progress, { total, receipts: () => receipts, every: options.progressMs });
  let end: EndEvent | undefined;
  for await (const e of parseStream(counted.chunks, { fileName: basename(path), ...options })) {
    switch (e.type) {
      case 'lead':
        await handlers.lead?.(e);
        break;
      case 'receipt':
        receipts++;
        await handlers.receipt?.(e.receipt, e);
        break;
      case 'tail':
        await handlers.tail?.(e);
        break;
      case 'end':
        end = e;
        break;
    }
  }
  counted.finish();
  return end!;
}

/**
 * Write byte chunks to a file atomically (see {@link writeAtomic}: a temporary file in the same
 * directory, flushed and renamed over the target when complete), honouring back-pressure: memory
 * stays flat.
 */
export function writeChunksAtomic(path: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<number> {
  return writeAtomic(path, chunks);
}

/**
 * Write events (as read by `parseStream`, possibly changed) to a file atomically, through one
 * reused buffer and synchronous writes of 64 KiB: allocation-free, so memory stays flat however
 * large the file. Resolves with the number of bytes written.
 *
 * @example
 * await writeEventsAtomic('out.UKE', parseFileStream('in.UKE')); // a byte-identical copy
 */
export function writeEventsAtomic(path: string, events: AsyncIterable<WritableEvent> | Iterable<WritableEvent>, options: { chunkBytes?: number } = {}): Promise<number> {
  return writeAtomic(path, {
    async produce(write) {
      const w = new ChunkWriter(write, { chunkBytes: options.chunkBytes ?? 64 * 1024, reuseBuffer: true });
      for await (const e of events as AsyncIterable<WritableEvent>) w.write(e);
      w.flush();
    },
  });
}

/**
 * {@link writeEventsAtomic}, strictly: the bytes go to a temporary file, are checked as a reader
 * reads them (two streamed passes: parse's byte layer, then the preset's rules — see
 * `checkOutputStream`), and become the target only when no error is found (or `force`). Memory
 * stays flat.
 */
export async function writeEventsChecked(
  path: string,
  events: AsyncIterable<WritableEvent> | Iterable<WritableEvent>,
  options: { readonly kind?: FileKind; readonly preset?: PresetId; readonly force?: boolean; readonly showPersonalData?: boolean; readonly chunkBytes?: number } = {},
): Promise<{ written: boolean; bytes: number; diagnostics: readonly Diagnostic[] }> {
  let diagnostics: readonly Diagnostic[] = [];
  const r = await writeAtomicChecked(
    path,
    {
      async produce(write) {
        const w = new ChunkWriter(write, { chunkBytes: options.chunkBytes ?? 64 * 1024, reuseBuffer: true });
        for await (const e of events as AsyncIterable<WritableEvent>) w.write(e);
        w.flush();
      },
    },
    async (tmp) => {
      const c = await checkOutputStream(() => fileChunks(tmp), options);
      diagnostics = c.diagnostics;
      return c.ok || options.force === true;
    },
  );
  return { ...r, diagnostics };
}

/**
 * Validate a file with flat memory (two streamed passes): the same findings, in the same order, as
 * `validate(parse(bytes, { fileName }), options)`.
 */
export function validateFile(path: string, options: ValidateOptions & StreamOptions & { chunkBytes?: number } = {}): Promise<Diagnostic[]> {
  const o = { fileName: basename(path), ...options };
  return validateStream(() => parserChunks(path, o), o);
}

/**
 * Return reasons of a file in one streamed pass: the rows `reasons(parse(bytes), options)` gives,
 * with `file` set to `options.file` (its index among several inputs).
 */
export function reasonsFile(
  path: string,
  options: ReasonsOptions & StreamOptions & { file?: number; chunkBytes?: number; progress?: (p: StreamProgress) => void; total?: number } = {},
): Promise<{ rows: ReasonRow[]; end: EndEvent }> {
  const o = { fileName: basename(path), ...options };
  const c = withProgress(parserChunks(path, o), options.progress, { total: options.total ?? 0 });
  return reasonsStream(c.chunks, o).finally(() => c.finish());
}

/**
 * {@link validateFile}, also telling the kind and preset used (what `receden validate` prints).
 * `progress` sees both passes: bytes run up to twice the file size (`total`).
 */
export function validateFileReport(
  path: string,
  options: ValidateOptions & StreamOptions & { chunkBytes?: number; progress?: (p: StreamProgress) => void; total?: number } = {},
): Promise<StreamValidation> {
  const o = { fileName: basename(path), ...options };
  let pass = 0;
  const size = options.total ?? 0;
  return validateStreamReport(() => withProgress(parserChunks(path, o), options.progress, { total: 2 * size, base: size * pass++ }).chunks, o);
}
