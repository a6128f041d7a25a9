/**
 * Async-iterable and web-stream shells around the push-based {@link createReceiptSplitter}.
 * Browser-safe: sources are any `AsyncIterable<Uint8Array>` / `Iterable<Uint8Array>` (a Node
 * `Readable` is one) or a WHATWG `ReadableStream<Uint8Array>` (read with a reader, so it also works
 * where streams are not async-iterable).
 */
import type { Receipt } from '../model/file.js';
import type { Rec } from '../model/record.js';
import { createReceiptSplitter, type EndEvent, type StreamEvent, type StreamOptions } from './splitter.js';

/** Anything bytes can be streamed from. */
export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array> | ReadableStream<Uint8Array>;

function isReadableStream(s: unknown): s is ReadableStream<Uint8Array> {
  return typeof s === 'object' && s !== null && typeof (s as ReadableStream).getReader === 'function';
}

/** The chunks of a source, as an async iterable. */
export async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const r = await reader.read();
        if (r.done) return;
        yield r.value;
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    yield* source as AsyncIterable<Uint8Array>;
  }
}

/**
 * Parse a byte stream: the events of {@link createReceiptSplitter} — `lead` part(s), one `receipt`
 * per receipt, `tail` part(s), then `end` (kind, EOF, counts and the same diagnostics as `parse()`).
 * Memory stays bounded by the largest receipt, whatever the file size.
 *
 * @example
 * for await (const e of parseStream(file.stream())) {
 *   if (e.type === 'receipt') console.log(e.receipt.index, e.receipt.re.get('receiptNumber'));
 *   if (e.type === 'end') console.log(e.kind, e.diagnostics.length);
 * }
 */
export async function* parseStream(source: ByteSource, options: StreamOptions = {}): AsyncGenerator<StreamEvent> {
  let pending: StreamEvent[] = [];
  const s = createReceiptSplitter((e) => pending.push(e), options);
  for await (const chunk of chunksOf(source)) {
    s.write(chunk);
    if (pending.length > 0) {
      const out = pending;
      pending = [];
      yield* out;
    }
  }
  s.end();
  yield* pending;
}

/**
 * Only the receipts of a stream, in order. Call `onEnd` to get the `end` event (kind, diagnostics).
 */
export async function* receiptsFrom(source: ByteSource, options: StreamOptions & { onEnd?: (e: EndEvent) => void } = {}): AsyncGenerator<Receipt> {
  for await (const e of parseStream(source, options)) {
    if (e.type === 'receipt') yield e.receipt;
    else if (e.type === 'end') options.onEnd?.(e);
  }
}

/** One record of a stream, with where it sits in the file. */
export interface StreamRecord {
  readonly record: Rec;
  /** 1-based file line number. */
  readonly line: number;
  /** File offset of the line's first byte. */
  readonly offset: number;
  /** The section the line belongs to. */
  readonly section: 'lead' | 'claim' | 'reasons' | 'history' | 'tail';
  /** The receipt, for lines of a receipt. */
  readonly receipt?: Receipt;
}

/** Every record of a stream, in file order. (Per-receipt iteration with {@link parseStream} is cheaper.) */
export async function* recordsFrom(source: ByteSource, options: StreamOptions = {}): AsyncGenerator<StreamRecord> {
  for await (const e of parseStream(source, options)) {
    if (e.type === 'end') continue;
    const t = e.table;
    if (e.type === 'receipt') {
      const r = e.receipt;
      for (let i = r.start; i < r.end; i++) {
        const section = i < r.claimEnd ? 'claim' : i < r.reasonsEnd ? 'reasons' : 'history';
        yield { record: (section === 'claim' ? r.claim[i - r.start] : section === 'reasons' ? r.reasons[i - r.claimEnd] : r.history[i - r.reasonsEnd])!, line: e.lineBase + i + 1, offset: e.byteBase + t.start[i]!, section, receipt: r };
      }
    } else {
      for (const rec of e.records) yield { record: rec, line: e.lineBase + rec.line, offset: e.byteBase + rec.offset, section: e.type };
    }
  }
}

/**
 * A WHATWG `TransformStream` from bytes to events: `readable.pipeThrough(receiptTransform())`.
 */
export function receiptTransform(options: StreamOptions = {}): TransformStream<Uint8Array, StreamEvent> {
  let split: ReturnType<typeof createReceiptSplitter> | undefined;
  let ctl: TransformStreamDefaultController<StreamEvent> | undefined;
  return new TransformStream<Uint8Array, StreamEvent>({
    start(c) {
      ctl = c;
      split = createReceiptSplitter((e) => ctl!.enqueue(e), options);
    },
    transform(chunk) {
      split!.write(chunk);
    },
    flush() {
      split!.end();
    },
  });
}

/** Split bytes already in memory into the stream's events (same result as streaming them in any chunks). */
export function splitBytes(bytes: Uint8Array, options: StreamOptions = {}): StreamEvent[] {
  const out: StreamEvent[] = [];
  const s = createReceiptSplitter((e) => out.push(e), options);
  s.write(bytes);
  s.end();
  return out;
}
