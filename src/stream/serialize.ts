/**
 * The streaming writer: events (as read by `parseStream`, possibly with receipts replaced or
 * dropped) back to bytes. Every line is written from its bytes — original lines are copies of the
 * input, in runs as long as they are contiguous; edited lines were encoded when the edit was made —
 * with its own line end, then the EOF byte when the `end` event says the input had one. An
 * unchanged stream comes out byte-identical. Browser-safe.
 */
import { Eol, EOF_BYTE, type LineTable } from '../codec/lines.js';
import type { Receipt } from '../model/file.js';
import { chunksOf } from './parse.js';
import type { StreamEvent } from './splitter.js';

export interface SerializeStreamOptions {
  /** Size of the chunks produced. @defaultValue 64 KiB */
  readonly chunkBytes?: number;
  /**
   * {@link ChunkWriter} only: hand every chunk over in the same buffer, which `push` must consume
   * synchronously (e.g. a synchronous file write). Allocation-free, so memory stays flat.
   * @defaultValue false
   */
  readonly reuseBuffer?: boolean;
}

/** What the writer accepts: stream events, or a bare receipt / line table to write as it is. */
export type WritableEvent = StreamEvent | Receipt | { readonly type: 'lines'; readonly table: LineTable; readonly start?: number; readonly end?: number } | { readonly type: 'eof' };

/**
 * A push-based writer: `write(event)` appends its bytes, full chunks go to `push`, `end()` flushes.
 */
export class ChunkWriter {
  private buf: Uint8Array;
  private o = 0;
  private readonly size: number;
  private readonly reuse: boolean;

  constructor(
    private readonly push: (chunk: Uint8Array) => void,
    options: SerializeStreamOptions = {},
  ) {
    this.size = Math.max(1024, options.chunkBytes ?? 64 * 1024);
    this.reuse = options.reuseBuffer ?? false;
    this.buf = new Uint8Array(this.size);
  }

  /** Append raw bytes. */
  bytes(b: Uint8Array): void {
    let i = 0;
    while (i < b.length) {
      const n = Math.min(b.length - i, this.size - this.o);
      this.buf.set(b.subarray(i, i + n), this.o);
      this.o += n;
      i += n;
      if (this.o === this.size) this.flush();
    }
  }

  private byte(x: number): void {
    this.buf[this.o++] = x;
    if (this.o === this.size) this.flush();
  }

  /** Append lines [a, b) of a table, each with its line end; contiguous original lines are one copy. */
  lines(t: LineTable, a = 0, b = t.count): void {
    let i = a;
    while (i < b) {
      // Extend a run of lines that are contiguous in the same buffer (content + line end bytes as written).
      const buf = t.buf[i]!;
      const runStart = t.start[i]!;
      let j = i;
      let e = t.end[j]! + t.eol[j]!;
      while (j + 1 < b && t.buf[j + 1] === buf && t.start[j + 1] === e && t.eol[j] !== Eol.None) {
        j++;
        e = t.end[j]! + t.eol[j]!;
      }
      const src = t.buffers[buf]!;
      // A run's bytes are the buffer's own only when each line end in it is really there (CRLF / LF).
      if (runIsVerbatim(src, t, i, j)) {
        this.bytes(src.subarray(runStart, e));
      } else {
        for (let k = i; k <= j; k++) this.line(t, k);
      }
      i = j + 1;
    }
  }

  private line(t: LineTable, k: number): void {
    this.bytes(t.buffers[t.buf[k]!]!.subarray(t.start[k]!, t.end[k]!));
    const eol = t.eol[k]!;
    if (eol === Eol.CRLF) {
      this.byte(0x0d);
      this.byte(0x0a);
    } else if (eol === Eol.LF) this.byte(0x0a);
  }

  /** Append one event. */
  write(e: WritableEvent): void {
    if (isReceipt(e)) return this.lines(e.table, e.start, e.end);
    switch (e.type) {
      case 'receipt':
        return this.lines(e.receipt.table, e.receipt.start, e.receipt.end);
      case 'lead':
      case 'tail':
        return this.lines(e.table);
      case 'lines':
        return this.lines(e.table, e.start, e.end);
      case 'end':
        if (e.eof) this.byte(EOF_BYTE);
        return;
      case 'eof':
        return this.byte(EOF_BYTE);
    }
  }

  /** Hand over what is buffered. */
  flush(): void {
    if (this.o === 0) return;
    this.push(this.buf.subarray(0, this.o));
    if (!this.reuse) this.buf = new Uint8Array(this.size);
    this.o = 0;
  }
}

function isReceipt(e: WritableEvent): e is Receipt {
  return !('type' in e);
}

/** True when lines i..j of the table are stored with exactly their line ends in the buffer. */
function runIsVerbatim(src: Uint8Array, t: LineTable, i: number, j: number): boolean {
  for (let k = i; k <= j; k++) {
    const e = t.end[k]!;
    const eol = t.eol[k]!;
    if (eol === Eol.CRLF) {
      if (src[e] !== 0x0d || src[e + 1] !== 0x0a) return false;
    } else if (eol === Eol.LF) {
      if (src[e] !== 0x0a) return false;
    }
  }
  return true;
}

/**
 * Serialize a stream of events to byte chunks (an async iterable: pipe it to a file, a
 * `WritableStream`, or `Readable.from`).
 *
 * @example
 * await pipeline(Readable.from(serializeStream(parseStream(createReadStream(a)))), createWriteStream(b));
 */
export async function* serializeStream(events: AsyncIterable<WritableEvent> | Iterable<WritableEvent>, options: SerializeStreamOptions = {}): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  const w = new ChunkWriter((c) => out.push(c), { ...options, reuseBuffer: false });
  for await (const e of events as AsyncIterable<WritableEvent>) {
    w.write(e);
    if (out.length > 0) {
      const o = out;
      out = [];
      yield* o;
    }
  }
  w.flush();
  yield* out;
}

/** A WHATWG `TransformStream` from events to bytes. */
export function serializeTransform(options: SerializeStreamOptions = {}): TransformStream<WritableEvent, Uint8Array> {
  let w: ChunkWriter | undefined;
  return new TransformStream<WritableEvent, Uint8Array>({
    start(c) {
      w = new ChunkWriter((chunk) => c.enqueue(chunk), { ...options, reuseBuffer: false });
    },
    transform(e) {
      w!.write(e);
    },
    flush() {
      w!.flush();
    },
  });
}

/** Concatenate a byte stream (for tests and small files). */
export async function collectBytes(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const c of chunksOf(source)) {
    parts.push(c);
    n += c.length;
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
