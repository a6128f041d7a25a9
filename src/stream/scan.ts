/** The cheap first pass over a stream: its `end` event (kinds, header, trailer, counts, byte-layer findings). */
import { parseStream, type ByteSource } from './parse.js';
import type { EndEvent, StreamOptions } from './splitter.js';

/** First pass: kind, header/trailer and the byte-layer findings, nothing kept. */
export async function scanStream(source: ByteSource, options: StreamOptions = {}): Promise<EndEvent> {
  let end: EndEvent | undefined;
  for await (const e of parseStream(source, options)) if (e.type === 'end') end = e;
  return end!;
}
