/**
 * The CLI's streaming passes over an {@link Input}: memory stays flat whatever the file size, and a
 * piped input (spooled once) is read by every pass exactly like a file.
 */
import type { Receipt } from '../model/file.js';
import { parseStream } from '../stream/parse.js';
import { validateSecondPass, type StreamValidation } from '../validate/stream.js';
import type { EndEvent, LeadEvent, StreamOptions, TailEvent } from '../stream/splitter.js';
import { effectiveKind, resolvePreset } from '../validate/index.js';
import type { ValidateOptions } from '../validate/types.js';
import type { ReceFile } from '../model/file.js';
import type { Input } from './input.js';
import type { Progress } from './progress.js';

/** The input's chunks, counted into the progress line (`receipts`: a live count, or none). */
async function* counted(input: Input, progress: Progress | undefined, receipts?: () => number): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const c of input.chunks()) {
    bytes += c.length;
    yield c;
    progress?.update(bytes, receipts ? receipts() : -1);
  }
}

export interface InputHandlers {
  lead?(e: LeadEvent): void | Promise<void>;
  receipt?(r: Receipt): void | Promise<void>;
  tail?(e: TailEvent): void | Promise<void>;
}

/** One streamed pass through handlers; resolves with the `end` event. */
export async function streamPass(input: Input, handlers: InputHandlers, options: StreamOptions = {}, progress?: Progress, pass: [number, number] = [1, 1]): Promise<EndEvent> {
  progress?.pass(pass[0], pass[1]);
  let receipts = 0;
  let end: EndEvent | undefined;
  for await (const e of parseStream(counted(input, progress, () => receipts), { fileName: input.fileName, ...options })) {
    if (e.type === 'receipt') {
      receipts++;
      await handlers.receipt?.(e.receipt);
    } else if (e.type === 'lead') await handlers.lead?.(e);
    else if (e.type === 'tail') await handlers.tail?.(e);
    else end = e;
  }
  return end!;
}

/**
 * `validate(parse(bytes), options)` in two streamed passes (kind and byte layer first, then the
 * rules), with the kind and preset used: what `receden validate` reports. Progress shows `1/2`, `2/2`.
 */
export async function validateInput(input: Input, options: ValidateOptions & StreamOptions, progress?: Progress): Promise<StreamValidation> {
  const o = { fileName: input.fileName, ...options };
  const end = await streamPass(input, {}, o, progress, [1, 2]);
  progress?.pass(2, 2);
  let receipts = 0;
  const diagnostics = await validateSecondPass(counted(input, progress, () => receipts), end, o, () => receipts++);
  const view = { kind: end.kind, header: end.header, trailer: end.trailer } as ReceFile;
  return { diagnostics, end, kind: effectiveKind(view), preset: resolvePreset(view, options) };
}
