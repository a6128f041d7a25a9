/**
 * The JSON form on the stream, with flat memory. Browser-safe.
 *
 * - {@link jsonLinesStream}: JSON Lines, one object per line group, in one pass:
 *   `{"type":"lead","lines":[…]}` (the lines before the first receipt; usually one object),
 *   `{"type":"receipt","index":0,"claim":[…],"reasons":[…],"history":[…],"searchNumber":"…"}` per receipt,
 *   `{"type":"tail","lines":[…]}`, and last
 *   `{"type":"end","format":"receden/1","kind":"HEN","eof":true,"lines":73,"receipts":3}`.
 *   Each line object is a {@link JsonLine} exactly as in the JSON form, `line` being the file line.
 * - {@link jsonTextStream}: the JSON form itself (`convert x.UKE -o x.json`), text-identical to
 *   `JSON.stringify(toJson(parse(bytes)), null, 1)`, in two passes (kind, EOF and the field-name
 *   dictionary come first in the document but depend on the whole file).
 */
import { fieldNamesOf, toJson, type ToJsonOptions } from './form.js';
import { tablesOf } from '../model/parse.js';
import type { FileKind, ReceFile } from '../model/file.js';
import { lineCode, lineCodeId, type Rec } from '../model/record.js';
import { JsonBytes, open, writeLineJson, type Members } from './write.js';
import type { JsonLine } from './schema.js';
import { parseStream, type ByteSource } from '../stream/parse.js';
import type { EndEvent, PartEvent, ReceiptEvent, StreamOptions } from '../stream/splitter.js';

/** JSON of one part, as `toJson` would write it in the whole file (file line numbers). */
export function partToJson(e: PartEvent, options: ToJsonOptions = {}): { lines: JsonLine[] } | { receipt: ReturnType<typeof toJson>['receipts'][number] } {
  // toJson on a one-part view of the file: the JSON form's own code, so both always agree.
  const view = (lead: readonly Rec[], receipts: ReceFile['receipts'], tail: readonly Rec[]) =>
    toJson({ kind: 'unknown' as FileKind, claimKind: e.claimKind, edition: undefined, table: e.table, lead, header: undefined, receipts, tail, trailer: undefined, diagnostics: [] }, { ...options, fieldNames: false });
  const shift = (l: JsonLine): JsonLine => (l.line !== undefined ? { ...l, line: l.line + e.lineBase } : l);
  if (e.type === 'receipt') {
    const r = view([], [e.receipt], []).receipts[0]!;
    const o: typeof r = { claim: r.claim.map(shift), reasons: r.reasons.map(shift), history: r.history.map(shift) };
    if (r.searchNumber !== undefined) o.searchNumber = r.searchNumber;
    return { receipt: o };
  }
  const j = e.type === 'lead' ? view(e.records, [], []).lead : view([], [], e.records).tail;
  return { lines: j.map(shift) };
}

/** Bytes of JSON text are handed on in chunks of about this size (each chunk ends between two items). */
const CHUNK_BYTES = 64 * 1024;

/** The JSON of one part's records as the items of an array: `depth` as in {@link writeLineJson}. */
function writeRecords(o: JsonBytes, m: Members, recs: readonly Rec[], e: PartEvent, lineNumbers: boolean): void {
  for (const r of recs) {
    m.next();
    writeLineJson(o, r, lineNumbers && r.original ? e.lineBase + r.line : undefined, m.inner);
  }
}

/** A receipt's JSON object (`claim`, `reasons`, `history`, `searchNumber`), members first when `lead` writes some. */
function writeReceipt(o: JsonBytes, e: ReceiptEvent, depth: number, lineNumbers: boolean, lead?: (m: Members) => void): void {
  const m = open(o, '{', depth);
  lead?.(m);
  const r = e.receipt;
  for (const [key, recs] of [['claim', r.claim], ['reasons', r.reasons], ['history', r.history]] as const) {
    m.next(key);
    const a = open(o, '[', m.inner);
    writeRecords(o, a, recs, e, lineNumbers);
    a.end();
  }
  if (r.searchNumber) {
    m.next('searchNumber');
    o.string(r.searchNumber);
  }
  m.end();
}

/**
 * JSON Lines of a stream as UTF-8 bytes, each chunk whole lines (at most about 64 KiB, or one line
 * group when that is larger; with `perLine`, exactly one line per chunk). What `convert --jsonl`
 * writes: the lines are written from the records' bytes (see src/json/write.ts), with no JSON
 * objects built.
 */
export async function* jsonLinesBytes(source: ByteSource, options: StreamOptions & ToJsonOptions & { readonly perLine?: boolean } = {}): AsyncGenerator<Uint8Array> {
  const o = new JsonBytes();
  const every = options.perLine ? 0 : CHUNK_BYTES;
  const ln = options.lineNumbers ?? true;
  let begun = false;
  const begin = (claimKind: string) => o.text(JSON.stringify({ type: 'begin', format: 'receden/1', claimKind }) + '\n');
  for await (const e of parseStream(source, { ...options, diagnostics: false })) {
    if (e.type === 'end') {
      if (!begun) begin(e.claimKind);
      if (every === 0 && o.n) yield o.take();
      o.text(JSON.stringify({ type: 'end', format: 'receden/1', kind: e.kind, claimKind: e.claimKind, edition: e.edition, eof: e.eof, lines: e.lines, receipts: e.receipts }) + '\n');
      continue;
    }
    if (!begun) {
      begun = true;
      begin(e.claimKind);
      if (every === 0) yield o.take();
    }
    if (e.type === 'receipt') {
      writeReceipt(o, e, -1, ln, (m) => {
        m.next('type');
        o.ascii('"receipt"');
        m.next('index');
        o.ascii(String(e.receipt.index));
      });
    } else {
      const m = open(o, '{', -1);
      m.next('type');
      o.ascii(`"${e.type}"`);
      m.next('lines');
      const a = open(o, '[', -1);
      writeRecords(o, a, e.records, e, ln);
      a.end();
      m.end();
    }
    o.ascii('\n');
    if (o.n > every) yield o.take();
  }
  if (o.n) yield o.take();
}

/** JSON Lines of a stream (each string is one line, newline included). */
export async function* jsonLinesStream(source: ByteSource, options: StreamOptions & ToJsonOptions = {}): AsyncGenerator<string> {
  const dec = new TextDecoder();
  for await (const c of jsonLinesBytes(source, { ...options, perLine: true })) yield dec.decode(c);
}

/** First pass for the JSON form: the end event and the record ids present. */
async function firstPass(source: ByteSource, options: StreamOptions): Promise<{ end: EndEvent; ids: Set<string> }> {
  const ids = new Set<string>();
  let end: EndEvent | undefined;
  for await (const e of parseStream(source, { ...options, diagnostics: false })) {
    if (e.type === 'end') end = e;
    else {
      const t = e.table;
      const b = t.buffers[0]!;
      for (let i = 0; i < t.count; i++) ids.add(lineCodeId(lineCode(b, t.start[i]!, t.end[i]!)));
    }
  }
  return { end: end!, ids };
}

const indent = (json: string, depth: number) => json.replace(/\n/g, '\n' + ' '.repeat(depth));

/**
 * The JSON form of a re-readable source (`open` is called twice), as UTF-8 chunks of about 64 KiB:
 * identical to `JSON.stringify(toJson(parse(bytes), options), null, 1)`, encoded. What
 * `convert x.UKE -o x.json` writes.
 */
export async function* jsonTextBytes(open_: () => ByteSource, options: StreamOptions & ToJsonOptions = {}): AsyncGenerator<Uint8Array> {
  const { end, ids } = await firstPass(open_(), options);
  const o = new JsonBytes();
  const ln = options.lineNumbers ?? true;
  const claimKind = options.claimKind ?? end.claimKind;
  const edition = end.edition !== undefined ? `,\n "edition": ${JSON.stringify(end.edition)}` : '';
  let head = `{\n "format": "receden/1",\n "kind": ${JSON.stringify(options.kind ?? end.kind)},\n "claimKind": ${JSON.stringify(claimKind)}${edition},\n "eof": ${end.eof}`;
  if (options.fieldNames ?? true) {
    const names = fieldNamesOf(ids, tablesOf(claimKind));
    head += `,\n "fieldNames": ${indent(JSON.stringify(names, null, 1), 1)}`;
  }
  o.text(head);
  // The three arrays, in file order; items are written as they come.
  const ORDER = ['lead', 'receipts', 'tail'] as const;
  let cur = -1;
  let count = 0;
  const moveTo = (k: number): void => {
    while (cur < k) {
      if (cur >= 0) o.ascii(count ? '\n ]' : ']');
      cur++;
      count = 0;
      o.ascii(`,\n "${ORDER[cur]}": [`);
    }
  };
  const item = (k: number): void => {
    moveTo(k);
    o.ascii(count++ ? ',\n  ' : '\n  ');
  };
  for await (const e of parseStream(open_(), { ...options, diagnostics: false })) {
    if (e.type === 'end') continue;
    if (e.type === 'receipt') {
      item(1);
      writeReceipt(o, e, 2, ln);
    } else
      for (const r of e.records) {
        item(e.type === 'lead' ? 0 : 2);
        writeLineJson(o, r, ln && r.original ? e.lineBase + r.line : undefined, 2);
      }
    if (o.n > CHUNK_BYTES) yield o.take();
  }
  moveTo(2);
  o.ascii(count ? '\n ]' : ']');
  o.ascii('\n}');
  yield o.take();
}

/**
 * The JSON form of a re-readable source (`open` is called twice), as text chunks: identical to
 * `JSON.stringify(toJson(parse(bytes), options), null, 1)`.
 */
export async function* jsonTextStream(open_: () => ByteSource, options: StreamOptions & ToJsonOptions = {}): AsyncGenerator<string> {
  const dec = new TextDecoder();
  for await (const c of jsonTextBytes(open_, options)) yield dec.decode(c);
}
