/**
 * Streaming parse and write (browser-safe): bytes in any chunks → lead / receipt / tail / end
 * events with flat memory, and events → bytes, byte-identical for unchanged input.
 */
export {
  createReceiptSplitter,
  type ReceiptSplitter,
  type StreamOptions,
  type StreamEvent,
  type PartEvent,
  type PartInfo,
  type LeadEvent,
  type ReceiptEvent,
  type TailEvent,
  type EndEvent,
} from './splitter.js';
export { parseStream, receiptsFrom, recordsFrom, receiptTransform, splitBytes, chunksOf, type ByteSource, type StreamRecord } from './parse.js';
export { serializeStream, serializeTransform, collectBytes, ChunkWriter, type SerializeStreamOptions, type WritableEvent } from './serialize.js';
export { scanStream } from './scan.js';
