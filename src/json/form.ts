/**
 * The JSON form of a file: readable by vendors in any language (receipts grouped, field keys with a
 * 項目名 dictionary), validated with zod on input, and carrying what a byte-identical round trip
 * needs (line ends, EOF, field counts, and the raw bytes of any line text cannot reproduce).
 */
import { buildLines, Eol, type LineSource } from '../codec/lines.js';
import { decodeSjis, encodeSjis, isCleanSjis } from '../codec/sjis.js';
import { fromBase64, toBase64 } from '../codec/base64.js';
import type { ReceFile } from '../model/file.js';
import type { Rec } from '../model/record.js';
import { fromLines, type ParseOptions } from '../model/parse.js';
import { JsonFileSchema, type JsonFile, type JsonLine } from './schema.js';
import { recordIn, type RecordTables } from '../spec/kinds.js';
import { tablesOf } from '../model/parse.js';
import { checkFieldValue } from '../validate/index.js';
import { diag, type Diagnostic } from '../diagnostics/index.js';
import { lineHash } from './hash.js';

export { lineHash };

export interface ToJsonOptions {
  /** Add each line's 1-based line number (informational; ignored on input). @defaultValue true */
  readonly lineNumbers?: boolean;
  /** Include the 項目名 dictionary of the record types present. @defaultValue true */
  readonly fieldNames?: boolean;
}

/** Convert one record to its JSON form. */
export function lineToJson(rec: Rec, lineNumbers = true): JsonLine {
  const bytes = rec.bytes;
  const out: JsonLine = { record: rec.id };
  if (lineNumbers && rec.original) out.line = rec.line;
  const p = rec.prefix;
  if (p) out.prefix = { dataKind: p.dataKind, lineNo: p.lineNo, branchNo: p.branchNo };
  const def = rec.def;
  const values = rec.values();
  if (def) {
    const fields: Record<string, string> = {};
    const n = Math.min(values.length, def.fields.length);
    for (let i = 0; i < n; i++) fields[def.fields[i]!.key] = values[i]!;
    out.fields = fields;
    if (values.length !== def.fields.length) out.count = values.length;
    if (values.length > def.fields.length) out.extra = values.slice(def.fields.length);
  } else {
    out.values = [...values];
  }
  const eol = rec.table.eol[rec.index]!;
  if (eol === Eol.LF) out.eol = 'LF';
  else if (eol === Eol.None) out.eol = 'none';
  // Text reproduces the bytes only when strict re-encoding gives them back: exactly when they are clean
  // Shift_JIS (printable ASCII, half-width katakana, JIS X 0208), which is told without re-encoding.
  if (!isCleanSjis(bytes, 0, bytes.length)) out.raw = toBase64(bytes);
  else out.h = lineHash(bytes);
  return out;
}

/** The JSON form of a parsed file. */
export function toJson(file: ReceFile, options: ToJsonOptions = {}): JsonFile {
  const ln = options.lineNumbers ?? true;
  const conv = (r: Rec) => lineToJson(r, ln);
  const out: JsonFile = {
    format: 'receden/1',
    kind: file.kind,
    claimKind: file.claimKind,
    ...(file.edition !== undefined ? { edition: file.edition } : {}),
    eof: file.table.eof,
    lead: file.lead.map(conv),
    receipts: file.receipts.map((r) => {
      const o: JsonFile['receipts'][number] = { claim: r.claim.map(conv), reasons: r.reasons.map(conv), history: r.history.map(conv) };
      if (r.searchNumber) o.searchNumber = r.searchNumber;
      return o;
    }),
    tail: file.tail.map(conv),
  };
  if (options.fieldNames ?? true) {
    const seen = new Set<string>();
    const visit = (l: JsonLine) => seen.add(l.record);
    out.lead.forEach(visit);
    out.tail.forEach(visit);
    for (const r of out.receipts) [...r.claim, ...r.reasons, ...r.history].forEach(visit);
    const names = fieldNamesOf(seen, tablesOf(file.claimKind));
    // The dictionary goes first for readers.
    return { format: out.format, kind: out.kind, claimKind: out.claimKind, ...(out.edition !== undefined ? { edition: out.edition } : {}), eof: out.eof, fieldNames: names, lead: out.lead, receipts: out.receipts, tail: out.tail };
  }
  return out;
}

/** The 項目名 dictionary (key → 項目名) of the record ids present, from the kind's tables, sorted by id. */
export function fieldNamesOf(ids: Iterable<string>, tables: RecordTables): Record<string, Record<string, string>> {
  const names: Record<string, Record<string, string>> = {};
  for (const id of [...ids].sort()) {
    const def = recordIn(tables, id);
    if (def) names[id] = Object.fromEntries(def.fields.map((f) => [f.key, f.name]));
  }
  return names;
}

/**
 * A problem turning JSON into bytes: a finding (code, params, severity, record and field where it
 * applies) with the JSON path of the line it is about. Codes: `json/syntax` (not JSON), `json/schema`
 * (does not fit the form; `params.detail` is zod's description), `json/no-end` / `json/after-end`
 * (JSON Lines), or the field rule that refuses a value (`field/max-bytes`, `value/unencodable` …).
 * Render it like any diagnostic (`formatDiagnostic(p, 'en')`).
 */
export interface JsonProblem extends Diagnostic {
  /** JSON path of the line, e.g. `receipts[0].claim[2]` (JSON Lines: `line 12: receipts[3].claim[0]`). */
  readonly path: string;
}

/** A JSON problem with its path in the params too (so the message can name it). */
export function jsonProblem(path: string, d: Omit<Diagnostic, 'params'> & { params?: Record<string, string | number> }): JsonProblem {
  return { ...diag({ ...d, params: { ...d.params, path } }), path };
}

export type FromJsonResult = { ok: true; file: ReceFile } | { ok: false; problems: JsonProblem[] };

/**
 * Parse and validate JSON (text or an object) and rebuild the file. Never throws for bad input:
 * zod issues and unencodable values come back as problems.
 */
export function fromJson(input: unknown, options: ParseOptions & { readonly showPersonalData?: boolean } = {}): FromJsonResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return { ok: false, problems: [jsonProblem('', { code: 'json/syntax', severity: 'error', params: { detail: (e as Error).message } })] };
    }
  }
  const parsed = JsonFileSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => jsonProblem(i.path.map(String).join('.'), { code: 'json/schema', severity: 'error', params: { detail: i.message } })) };
  }
  const j = parsed.data;
  const claimKind = j.claimKind ?? 'ika';
  const tables = tablesOf(claimKind);
  const problems: JsonProblem[] = [];
  const sources: LineSource[] = [];
  const add = (l: JsonLine, path: string) => {
    const r = jsonLineBytes(l, tables, options.showPersonalData ?? false);
    if ('error' in r) problems.push({ ...r.error, path, params: { ...r.error.params, path } });
    else sources.push({ bytes: r.bytes, eol: l.eol === 'LF' ? Eol.LF : l.eol === 'none' ? Eol.None : Eol.CRLF });
  };
  j.lead.forEach((l, i) => add(l, `lead[${i}]`));
  j.receipts.forEach((r, k) => {
    r.claim.forEach((l, i) => add(l, `receipts[${k}].claim[${i}]`));
    r.reasons.forEach((l, i) => add(l, `receipts[${k}].reasons[${i}]`));
    r.history.forEach((l, i) => add(l, `receipts[${k}].history[${i}]`));
  });
  j.tail.forEach((l, i) => add(l, `tail[${i}]`));
  if (problems.length) return { ok: false, problems };
  const table = buildLines(sources, j.eof);
  // The document's kinds are the file's (a kind that cannot be told is detected again, and stays so).
  return { ok: true, file: fromLines(table, { kind: j.kind === 'unknown' ? undefined : j.kind, claimKind: claimKind === 'unknown' ? undefined : claimKind, ...options }) };
}

/** The text of a JSON line's fields (prefix included), joined with commas; `fields` are laid out by the kind's tables. */
export function jsonLineText(l: JsonLine, tables: RecordTables): string {
  const vals: string[] = [];
  if (l.prefix) vals.push(l.prefix.dataKind, l.prefix.lineNo, l.prefix.branchNo);
  if (l.values) for (const v of l.values) vals.push(v);
  else if (l.fields) {
    const def = recordIn(tables, l.record);
    const defs = def?.fields ?? [];
    const n = l.count !== undefined ? Math.min(l.count, defs.length) : defs.length;
    for (let i = 0; i < n; i++) vals.push(l.fields[defs[i]!.key] ?? '');
    if (l.extra) for (const v of l.extra) vals.push(v);
  }
  return vals.join(',');
}

/**
 * What refuses an edited value: the findings of the validator's field rules on how a value is
 * written — the characters it may hold (モード, JIS X 0208), its width (最大バイト, 固定) and the form
 * of dates — plus what can never be written (separators, characters outside JIS X 0201/0208).
 * What a value means (別表 codes, required and omitted fields, leading zeros …) is left to validate():
 * the JSON form carries any file, claims and returns alike, as it is.
 */
const REFUSING = new Set([
  'value/separator',
  'value/unencodable',
  'field/mode',
  'field/mode-mixed',
  'field/jis-x0208',
  'field/max-bytes',
  'field/fixed-length',
  'field/date',
  'field/date-wareki',
]);

/**
 * Bytes of a JSON line. A line whose text still gives its original bytes (checked with `raw` or
 * the hash `h`) is written as it was, conforming or not — that is what makes the round trip exact.
 * Any other line is new or edited: each field is checked ({@link checkFieldValue}, see {@link REFUSING})
 * and encoded strictly, so a failure names the record, the field and the character.
 */
export function jsonLineBytes(l: JsonLine, tables: RecordTables, showPersonalData = false): { bytes: Uint8Array } | { error: Diagnostic } {
  const text = jsonLineText(l, tables);
  if (l.raw !== undefined) {
    const raw = fromBase64(l.raw);
    if (decodeSjis(raw) === text) return { bytes: raw };
  }
  const enc = encodeSjis(text, 'strict');
  if (enc.ok && l.h !== undefined && lineHash(enc.bytes) === l.h) return { bytes: enc.bytes };
  const def = recordIn(tables, l.record);
  const values = text.split(',');
  const offset = l.prefix ? 3 : 0;
  for (let i = 0; i < values.length; i++) {
    const pos = i - offset + 1;
    const f = i >= offset ? def?.fields[pos - 1] : undefined;
    // A personal field's character is named only on request: its position is given instead.
    const refused = checkFieldValue(f ? def : undefined, pos, values[i]!, { showPersonalData }).find((d) => d.severity === 'error' && REFUSING.has(d.code));
    if (refused) return { error: { ...refused, record: l.record, params: { ...refused.params, record: l.record } } };
  }
  // Every field encodes strictly, so the line does (the separators are ASCII).
  return enc.ok ? { bytes: enc.bytes } : { error: diag({ code: 'json/unwritable', severity: 'error', record: l.record, params: { index: enc.failure.index + 1 } }) };
}
