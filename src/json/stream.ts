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
import type { JsonLine } from './schema.js';
import { parseStream, type ByteSource } from '../stream/parse.js';
import type { EndEvent, PartEvent, StreamOptions } from '../stream/splitter.js';

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

/** JSON Lines of a stream (each string is one line, newline included). */
export async function* jsonLinesStream(source: ByteSource, options: StreamOptions & ToJsonOptions = {}): AsyncGenerator<string> {
  let begun = false;
  const begin = (claimKind: string) => JSON.stringify({ type: 'begin', format: 'receden/1', claimKind }) + '\n';
  for await (const e of parseStream(source, { ...options, diagnostics: false })) {
    if (e.type === 'end') {
      if (!begun) yield begin(e.claimKind);
      yield JSON.stringify({ type: 'end', format: 'receden/1', kind: e.kind, claimKind: e.claimKind, edition: e.edition, eof: e.eof, lines: e.lines, receipts: e.receipts }) + '\n';
      continue;
    }
    if (!begun) {
      begun = true;
      yield begin(e.claimKind);
    }
    const j = partToJson(e, options);
    if ('receipt' in j) yield JSON.stringify({ type: 'receipt', index: e.type === 'receipt' ? e.receipt.index : 0, ...j.receipt }) + '\n';
    else yield JSON.stringify({ type: e.type, lines: j.lines }) + '\n';
  }
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
 * The JSON form of a re-readable source (`open` is called twice), as text chunks: identical to
 * `JSON.stringify(toJson(parse(bytes), options), null, 1)`.
 */
export async function* jsonTextStream(open: () => ByteSource, options: StreamOptions & ToJsonOptions = {}): AsyncGenerator<string> {
  const { end, ids } = await firstPass(open(), options);
  const claimKind = options.claimKind ?? end.claimKind;
  const edition = end.edition !== undefined ? `,\n "edition": ${JSON.stringify(end.edition)}` : '';
  let head = `{\n "format": "receden/1",\n "kind": ${JSON.stringify(options.kind ?? end.kind)},\n "claimKind": ${JSON.stringify(claimKind)}${edition},\n "eof": ${end.eof}`;
  if (options.fieldNames ?? true) {
    const names = fieldNamesOf(ids, tablesOf(claimKind));
    head += `,\n "fieldNames": ${indent(JSON.stringify(names, null, 1), 1)}`;
  }
  yield head;
  // The three arrays, in file order; items are written as they come.
  const ORDER = ['lead', 'receipts', 'tail'] as const;
  let cur = -1;
  let count = 0;
  const moveTo = function* (k: number): Generator<string> {
    while (cur < k) {
      if (cur >= 0) yield count ? '\n ]' : ']';
      cur++;
      count = 0;
      yield `,\n "${ORDER[cur]}": [`;
    }
  };
  const item = function* (k: number, value: unknown): Generator<string> {
    yield* moveTo(k);
    yield `${count++ ? ',' : ''}\n  ${indent(JSON.stringify(value, null, 1), 2)}`;
  };
  for await (const e of parseStream(open(), { ...options, diagnostics: false })) {
    if (e.type === 'end') continue;
    const j = partToJson(e, options);
    if ('receipt' in j) yield* item(1, j.receipt);
    else for (const l of j.lines) yield* item(e.type === 'lead' ? 0 : 2, l);
  }
  yield* moveTo(2);
  yield count ? '\n ]' : ']';
  yield '\n}';
}
