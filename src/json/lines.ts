/**
 * JSON Lines → file, streamed with flat memory (browser-safe): each line of the JSON Lines form (as
 * `convert --jsonl` / {@link jsonLinesStream} write it) is read, checked against its schema, and turned
 * into its bytes on its own, so a file of any size needs memory for one receipt at a time.
 *
 * Lines are turned into bytes exactly as {@link fromJson} does (unedited lines give back their
 * original bytes; edited ones are checked field by field and encoded strictly), so JSON Lines and
 * the JSON document round-trip to the same bytes.
 */
import { buildLines, Eol, type LineSource } from '../codec/lines.js';
import { jsonLineBytes, jsonProblem, type JsonProblem } from './form.js';
import { fastPart } from './read.js';
import type { FileKind } from '../model/file.js';
import { tablesOf } from '../model/parse.js';
import type { ClaimKind } from '../spec/types.js';
import { JsonLinesRecordSchema, lineFieldIssues, type JsonLine } from './schema.js';
import type { ByteSource } from '../stream/parse.js';
import type { WritableEvent } from '../stream/serialize.js';

export interface JsonLinesEnd {
  /** The file kind the `end` line gives. */
  readonly kind: FileKind;
  /** The claim kind the `begin` line gave (医科 when the stream has none). */
  readonly claimKind: ClaimKind | 'unknown';
  /** The file ends with the EOF byte. */
  readonly eof: boolean;
  /** JSON lines read. */
  readonly lines: number;
}

/** Text lines of a UTF-8 byte source, split at LF (a CR before it is dropped), linear for any chunking. */
export async function* textLines(source: ByteSource): AsyncGenerator<string> {
  const dec = new TextDecoder('utf-8');
  let pending: string[] = [];
  const iterable = (typeof (source as ReadableStream<Uint8Array>).getReader === 'function' ? readable(source as ReadableStream<Uint8Array>) : source) as AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  for await (const chunk of iterable) {
    const text = dec.decode(chunk, { stream: true });
    let s = 0;
    let p = text.indexOf('\n');
    while (p !== -1) {
      pending.push(text.slice(s, p));
      const line = pending.length === 1 ? pending[0]! : pending.join('');
      pending = [];
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      s = p + 1;
      p = text.indexOf('\n', s);
    }
    if (s < text.length) pending.push(text.slice(s));
  }
  const rest = pending.join('') + dec.decode();
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

async function* readable(s: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const r = s.getReader();
  try {
    for (;;) {
      const { done, value } = await r.read();
      if (done) return;
      yield value;
    }
  } finally {
    r.releaseLock();
  }
}

/**
 * Read JSON Lines and emit each group of lines as it comes, as a writable `lines` event (and an
 * `eof` event at the end when the file had the EOF byte). Problems (a line that is not JSON, does not
 * fit the schema, or holds a value that cannot be written) go to `onProblem` with their JSON path;
 * the groups that have one are not emitted. Resolves with what the `end` line says (undefined when
 * there is none, which is also a problem).
 */
export async function jsonLinesToParts(
  source: ByteSource,
  onPart: (e: WritableEvent) => void | Promise<void>,
  onProblem: (p: JsonProblem) => void,
  options: {
    readonly showPersonalData?: boolean;
    /** Read unedited lines on the fast path (src/json/read.ts). Off only to test it against the general path. @defaultValue true */
    readonly fastPath?: boolean;
  } = {},
): Promise<JsonLinesEnd | undefined> {
  let n = 0;
  let end: JsonLinesEnd | undefined;
  let receipt = 0;
  // A stream written before claim kinds has no `begin`: its lines follow the 医科 tables.
  let claimKind: ClaimKind | 'unknown' = 'ika';
  let tables = tablesOf(claimKind);
  let first = true;
  for await (const text of textLines(source)) {
    n++;
    if (text.trim() === '') continue;
    const at = `line ${n}`;
    if (end) {
      onProblem(jsonProblem(at, { code: 'json/after-end', severity: 'error' }));
      continue;
    }
    // A line as receden wrote it, unedited: straight to its bytes (the same as below, faster).
    const fast = options.fastPath === false ? undefined : fastPart(text, tables);
    if (fast) {
      first = false;
      if (fast.receipt) receipt++;
      if (fast.sources.length > 0) await onPart({ type: 'lines', table: buildLines(fast.sources, false) });
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      onProblem(jsonProblem(at, { code: 'json/syntax', severity: 'error', params: { detail: (e as Error).message } }));
      continue;
    }
    const parsed = JsonLinesRecordSchema.safeParse(data);
    if (!parsed.success) {
      for (const i of parsed.error.issues.slice(0, 10)) onProblem(jsonProblem(`${at}: ${i.path.map(String).join('.')}`, { code: 'json/schema', severity: 'error', params: { detail: i.message } }));
      continue;
    }
    const o = parsed.data;
    const wasFirst = first;
    first = false;
    if (o.type === 'begin') {
      if (!wasFirst) onProblem(jsonProblem(at, { code: 'json/schema', severity: 'error', params: { detail: 'begin must be the first line' } }));
      else {
        claimKind = o.claimKind;
        tables = tablesOf(claimKind);
      }
      continue;
    }
    if (o.type === 'end') {
      end = { kind: o.kind, claimKind, eof: o.eof, lines: n };
      continue;
    }
    const groups: [string, readonly JsonLine[]][] =
      o.type === 'receipt'
        ? [
            [`receipts[${receipt}].claim`, o.claim],
            [`receipts[${receipt}].reasons`, o.reasons],
            [`receipts[${receipt}].history`, o.history],
          ]
        : [[o.type, o.lines]];
    if (o.type === 'receipt') receipt++;
    const sources: LineSource[] = [];
    let bad = false;
    for (const [path, lines] of groups) {
      lines.forEach((l, i) => {
        const issues = lineFieldIssues(l, claimKind);
        if (issues.length > 0) {
          bad = true;
          for (const x of issues.slice(0, 10)) onProblem(jsonProblem(`${at}: ${path}[${i}].${x.path.map(String).join('.')}`, { code: 'json/schema', severity: 'error', params: { detail: x.message } }));
          return;
        }
        const r = jsonLineBytes(l, tables, options.showPersonalData ?? false);
        if ('error' in r) {
          bad = true;
          const where = `${at}: ${path}[${i}]`;
          onProblem({ ...r.error, path: where, params: { ...r.error.params, path: where } });
        } else sources.push({ bytes: r.bytes, eol: l.eol === 'LF' ? Eol.LF : l.eol === 'none' ? Eol.None : Eol.CRLF });
      });
    }
    if (!bad && sources.length > 0) await onPart({ type: 'lines', table: buildLines(sources, false) });
  }
  if (!end) onProblem(jsonProblem(`line ${n + 1}`, { code: 'json/no-end', severity: 'error' }));
  else if (end.eof) await onPart({ type: 'eof' });
  return end;
}
