/** Return reasons on the stream, with flat memory. Browser-safe. */
import type { FileKind, ReceFile } from '../model/file.js';
import { parseStream, type ByteSource } from '../stream/parse.js';
import type { EndEvent, StreamOptions } from '../stream/splitter.js';
import { reasons, type ReasonRow, type ReasonSource, type ReasonsOptions } from './reasons.js';

/** The records that head a file (claim and return headers of every kind). */
const HEADERS = new Set(['IR', 'HI', 'UK', 'YK', 'HM', 'HH']);

/**
 * Return reasons of a stream, one row per unprefixed HR, in one pass: the same rows as
 * `reasons(parse(bytes), options)` for a single file (`file` is the row's file index).
 */
export async function reasonsStream(source: ByteSource, options: ReasonsOptions & StreamOptions & { file?: number } = {}): Promise<{ rows: ReasonRow[]; end: EndEvent }> {
  const rows: ReasonRow[] = [];
  const end = await reasonsEach(source, options, (r) => {
    rows.push(r);
  });
  // The kind is known only at the end of the file.
  for (let i = 0; i < rows.length; i++) rows[i] = { ...rows[i]!, kind: end.kind };
  return { rows, end };
}

/**
 * The rows of {@link reasonsStream}, one at a time as they are read (nothing kept): for any number
 * of reasons. A row's `kind` is the file kind when `options.kind` gives it (e.g. from a first
 * {@link scanStream} pass), else `unknown` (the kind is known only at the end of the file).
 */
export async function reasonsEach(source: ByteSource, options: ReasonsOptions & StreamOptions & { file?: number }, onRow: (row: ReasonRow) => void | Promise<void>): Promise<EndEvent> {
  let end: EndEvent | undefined;
  let header: ReceFile['header'];
  const fi = options.file ?? 0;
  const names = [options.fileNames?.[fi] ?? ''];
  const kind: FileKind = options.kind ?? 'unknown';
  for await (const e of parseStream(source, { ...options, diagnostics: false })) {
    if (e.type === 'lead') header ??= e.records.find((r) => !r.prefixed && HEADERS.has(r.id));
    else if (e.type === 'receipt') {
      if (e.receipt.reasonsEnd === e.receipt.claimEnd) continue;
      // A one-receipt view of the file: reasons() reads the header, the kind and the receipts.
      const part: ReasonSource = { kind, header, receipts: [e.receipt] };
      for (const row of reasons(part, { ...options, fileNames: names })) await onRow({ ...row, file: fi, line: row.line + e.lineBase });
    } else if (e.type === 'end') end = e;
  }
  return end!;
}
