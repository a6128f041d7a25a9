/**
 * Corrections (返戻を記録条件仕様に沿って修正する): a typed API to set a field, insert a record,
 * delete a record, split a receipt, send it to another 審査支払機関 or drop it — applied to a model
 * that is never mutated.
 *
 * - A receipt is addressed by 検索番号 (or by its 1-based position in the file), optionally a part
 *   of a split receipt.
 * - A record is addressed by レコード識別情報 + occurrence, by matching field values, or by its line
 *   within the receipt's 請求データ.
 * - A field is addressed by key, 項目名 or 1-based 項目 position.
 * - Values are checked when applied by the validator's field rules (see values.ts); a value that
 *   fails is not written.
 *
 * Corrections are data: an operation that cannot be applied produces a diagnostic, never an
 * exception. Untouched lines stay references into the input buffers; a changed line gets new bytes
 * in which only the changed field was encoded (see {@link replaceField}). The result is a new
 * {@link ReceFile} built with buildLines + fromLines, plus an audit trail of every field before → after.
 */
import { buildLines, Eol, type LineSource, type LineTable } from '../codec/lines.js';
import { diag, type Diagnostic, type DiagnosticField } from '../diagnostics/index.js';
import type { ReceFile, Receipt } from '../model/file.js';
import { Rec } from '../model/record.js';
import { fromLines } from '../model/parse.js';
import { fieldIndex } from '../spec/registry.js';
import { recordIn, type RecordTables } from '../spec/kinds.js';
import type { FieldDef, RecordDef } from '../spec/types.js';
import { checkValue, joinFields, replaceField, type ValueCheckOptions, type ValueProblem } from './values.js';

// ---------------------------------------------------------------------------------------------
// Types

/** A receipt: by 検索番号 or by 1-based position; `part` (1-based) selects a part of a split receipt. */
export type ReceiptRef =
  | { readonly searchNumber: string; readonly part?: number }
  | {
      readonly position: number;
      /** 0-based index of the file among several (resubmit with many returns). @defaultValue 0 */
      readonly file?: number;
      readonly part?: number;
    };

/**
 * A record of the receipt's 請求データ:
 * - `{ id, occurrence }`: the n-th (1-based) record with that レコード識別情報;
 * - `{ id, match }`: the record whose fields (by key, 項目名 or position) have these values; with
 *   `occurrence`, the n-th of the matching records;
 * - `{ line }`: the n-th line (1-based) of the 請求データ, RE being line 1.
 * A bare string is `{ id }` (it must then name exactly one record).
 */
export type RecordRef =
  | string
  | { readonly id: string; readonly occurrence?: number; readonly match?: Readonly<Record<string, string>> }
  | { readonly line: number };

/** A field: key (`insurerNumber`), 項目名 (`保険者番号`) or 1-based 項目 position (1 = レコード識別情報). */
export type FieldRef = string | number;

interface OpBase {
  readonly receipt: ReceiptRef;
  /** Where the operation came from (a corrections-file path or CSV row), shown in messages. */
  readonly at?: string;
}

/** Set one field. `expect`, when given, must equal the current value (guards against editing the wrong data). */
export interface SetOp extends OpBase {
  readonly op: 'set';
  readonly record: RecordRef;
  readonly field: FieldRef;
  readonly value: string;
  readonly expect?: string;
}

/**
 * Insert a record. `values`: by field key / 項目名 / position, or as the list of values from field 2
 * on, or as the record's text (`"CO,21,1,810000001,…"`). Placed after `after` / before `before`, or
 * by default after the last record that precedes it in the spec's record order.
 */
export interface InsertOp extends OpBase {
  readonly op: 'insert';
  readonly record: string;
  readonly values: Readonly<Record<string, string>> | readonly string[] | string;
  readonly after?: RecordRef;
  readonly before?: RecordRef;
}

/** Delete a record (not the RE: use `drop` to withdraw a whole receipt). */
export interface DeleteOp extends OpBase {
  readonly op: 'delete';
  readonly record: RecordRef;
}

/**
 * Send the receipt (or one part) to a 審査支払機関 (1 社保 / 2 国保). When it differs from the payer
 * the receipt was returned by, it is written as a first claim in that payer's file.
 */
export interface PayerOp extends OpBase {
  readonly op: 'payer';
  readonly payer: '1' | '2';
}

/**
 * Split: add a part made of a copy of the addressed part's 請求データ (RE always, then all records,
 * or only `records`). Parts after the first are written as first claims. Edit each part by
 * addressing `{ searchNumber, part }`.
 */
export interface SplitOp extends OpBase {
  readonly op: 'split';
  readonly records?: readonly RecordRef[];
}

/** Withdraw the receipt (or one part): it is not resubmitted. The result says so. */
export interface DropOp extends OpBase {
  readonly op: 'drop';
  readonly reason?: string;
}

export type Correction = SetOp | InsertOp | DeleteOp | PayerOp | SplitOp | DropOp;

export interface CorrectionOptions {
  /** Show patient-identifying values (FieldDef.personal) in messages and in the audit text. @defaultValue false */
  readonly showPersonalData?: boolean;
}

/** One field before → after. Values of personal fields are data here; renderers mask them. */
export interface FieldChange {
  readonly field: DiagnosticField;
  readonly before: string;
  readonly after: string;
  /** The field identifies a patient (never shown unless asked). */
  readonly personal: boolean;
  /**
   * The record is damaged (its field count differs from its table, or it has no table): the field's
   * position does not tell its meaning, so it is treated as personal and shown by shape only.
   */
  readonly damaged?: boolean;
}

/** What happened to one record of a receipt's 請求データ. */
export interface RecordChange {
  readonly kind: 'changed' | 'inserted' | 'deleted';
  /** レコード識別情報 */
  readonly record: string;
  /** 1-based occurrence among records of that id (in the input for changed/deleted, in the result for inserted). */
  readonly occurrence: number;
  /** 1-based line number in the input file (changed/deleted). */
  readonly line?: number;
  /** Fields before → after (for inserted/deleted: every non-empty field, the other side empty). */
  readonly fields: readonly FieldChange[];
}

/** The audit trail of one receipt (one part of it, for a split receipt). */
export interface ReceiptAudit {
  /** 0-based file index (among the files corrected together). */
  readonly file: number;
  /** 1-based position of the receipt in its input file. */
  readonly position: number;
  readonly searchNumber: string;
  /** 1 for the receipt itself, 2… for parts added by split. */
  readonly part: number;
  readonly changes: readonly RecordChange[];
}

/** What becomes of a receipt (or part) after corrections. */
export interface UnitInfo {
  readonly file: number;
  readonly position: number;
  readonly searchNumber: string;
  readonly part: number;
  /** Payer set by a `payer` operation or implied by a changed 保険者番号; undefined = unchanged. */
  readonly payer: string | undefined;
  readonly payerReason: 'explicit' | 'insurer-number' | undefined;
  readonly dropped: boolean;
  readonly dropReason: string | undefined;
}

export interface CorrectionResult {
  /** The corrected file (a new model; the input is untouched). Dropped receipts are left out; split parts follow their receipt. */
  readonly file: ReceFile;
  /** The receipts of `file`, in order: where each came from. */
  readonly receipts: readonly UnitInfo[];
  /** Changes per receipt (only receipts with changes). */
  readonly audit: readonly ReceiptAudit[];
  readonly diagnostics: readonly Diagnostic[];
  /** Operations applied / refused. */
  readonly applied: number;
  readonly rejected: number;
}

// ---------------------------------------------------------------------------------------------
// Working state (internal; never aliases the input model's arrays)

/** @internal A line of a unit's 請求データ under correction. */
export interface WorkLine {
  readonly rec: Rec;
  /** Index into the source receipt's original claim lines, or -1 for an inserted line. */
  readonly origin: number;
  /** True when the bytes differ from the origin line's. */
  readonly changed: boolean;
}

/** @internal One receipt (or part) under correction. */
export interface Unit {
  readonly fileIndex: number;
  readonly receipt: Receipt;
  readonly searchNumber: string;
  readonly part: number;
  lines: WorkLine[];
  /** Origins present when the unit was created (for split parts, what was carried). */
  readonly carried: ReadonlySet<number>;
  payer: string | undefined;
  payerReason: 'explicit' | 'insurer-number' | undefined;
  dropped: boolean;
  dropReason: string | undefined;
}

/**
 * @internal What the corrections engine reads of a file: its header, and its receipts in order and by position. A
 * whole-file model ({@link ReceFile}) is one; the streaming writer makes one per receipt — that receipt at its own
 * position, with its file's header (src/resubmit/stream.ts) — so that nothing as long as the file is built.
 */
export interface CorrectedFile {
  readonly header: Rec | undefined;
  readonly receipts: { readonly [position: number]: Receipt | undefined; forEach(f: (r: Receipt) => void): void };
}

/** @internal */
export interface CorrectionRun {
  readonly files: readonly CorrectedFile[];
  readonly units: readonly Unit[];
  readonly diagnostics: Diagnostic[];
  applied: number;
  rejected: number;
}

/** 検索番号 of a receipt: the RE's, or the first HR's when the RE has none. */
export function receiptSearchNumber(r: Receipt): string {
  const re = r.searchNumber;
  if (re) return re;
  for (const h of r.reasons) if (h.id === 'HR' && !h.prefixed) return h.get('searchNumber') ?? '';
  return '';
}

/** A new or edited line, read with the tables of its receipt's kind. */
function newLine(bytes: Uint8Array, eol: Eol, kind: RecordTables): Rec {
  return new Rec(buildLines([{ bytes, eol }], false), 0, kind);
}

/** Index of the receipt's RE among a unit's lines (歯科: 1, after the IR that heads the receipt). */
function reIndex(u: Unit): number {
  const i = u.lines.findIndex((l) => l.rec.id === 'RE');
  return i < 0 ? 0 : i;
}

function recordRefOf(r: RecordRef): { id?: string; occurrence?: number; match?: Readonly<Record<string, string>>; line?: number } {
  if (typeof r === 'string') return { id: r };
  return r as never;
}

function describeRecordRef(r: RecordRef): string {
  const x = recordRefOf(r);
  if (x.line !== undefined) return `${x.line}行目`;
  let s = x.id ?? '?';
  if (x.match) s += `(${Object.keys(x.match).join('・')} が一致)`;
  if (x.occurrence !== undefined) s += `[${x.occurrence}]`;
  return s;
}

function describeReceiptRef(r: ReceiptRef): string {
  const part = r.part && r.part > 1 ? ` 分割${r.part}` : '';
  if ('searchNumber' in r) return `検索番号 ${r.searchNumber}${part}`;
  return `${r.file ? `ファイル${r.file + 1} ` : ''}${r.position}件目${part}`;
}

/** The params every diagnostic about an operation carries (the messages' `<at> <receipt>`). */
function opParams(op: Correction): { op: string; target: string; at: string } {
  return correctionParams(op);
}

/** @internal The params of every diagnostic about a correction (for writers that report one outside the engine). */
export function correctionParams(op: Correction): { op: string; target: string; at: string } {
  return { op: op.op, target: describeReceiptRef(op.receipt), at: op.at ?? '' };
}

/** Resolve a field reference against a record table: 0-based index into def.fields, or -1. */
export function resolveField(def: RecordDef | undefined, f: FieldRef): number {
  if (typeof f === 'number') return Number.isInteger(f) && f >= 1 ? f - 1 : -1;
  if (/^[0-9]+$/.test(f)) return Number(f) >= 1 ? Number(f) - 1 : -1;
  if (!def) return -1;
  const ix = fieldIndex(def);
  return ix.byKey.get(f) ?? ix.byName.get(f) ?? -1;
}

function fieldInfo(def: RecordDef | undefined, i: number): DiagnosticField {
  const f = def?.fields[i];
  return { key: f?.key ?? `#${i + 1}`, name: f?.name ?? `項目${i + 1}`, position: i + 1 };
}

// ---------------------------------------------------------------------------------------------
// The engine

class Engine {
  readonly units: Unit[] = [];
  readonly diagnostics: Diagnostic[] = [];
  applied = 0;
  rejected = 0;
  private readonly bySearch = new Map<string, Unit[]>();
  private readonly showPersonal: boolean;
  private readonly checkOptions: ValueCheckOptions;

  constructor(
    readonly files: readonly CorrectedFile[],
    options: CorrectionOptions,
  ) {
    this.showPersonal = options.showPersonalData ?? false;
    this.checkOptions = { showPersonalData: this.showPersonal };
    // (forEach skips holes: the streaming writer gives one receipt at a time, at its index, in a sparse list.)
    files.forEach((file, fileIndex) => {
      file.receipts.forEach((r) => {
        const u: Unit = {
          fileIndex,
          receipt: r,
          searchNumber: receiptSearchNumber(r),
          part: 1,
          lines: r.claim.map((rec, i) => ({ rec, origin: i, changed: false })),
          carried: new Set(r.claim.map((_, i) => i)),
          payer: undefined,
          payerReason: undefined,
          dropped: false,
          dropReason: undefined,
        };
        this.units.push(u);
        if (u.searchNumber) {
          const l = this.bySearch.get(u.searchNumber) ?? [];
          l.push(u);
          this.bySearch.set(u.searchNumber, l);
        }
      });
    });
  }

  private report(
    code: string,
    severity: Diagnostic['severity'],
    op: Correction | undefined,
    extra: Partial<Omit<Diagnostic, 'message' | 'params' | 'code' | 'severity'>> & { params?: Record<string, string | number> } = {},
  ): void {
    const params: Record<string, string | number> = { ...extra.params };
    if (op) Object.assign(params, opParams(op));
    this.diagnostics.push(diag({ ...extra, code, severity, params }));
  }

  private refuse(code: string, op: Correction, extra: Parameters<Engine['report']>[3] = {}): false {
    this.report(code, 'error', op, extra);
    this.rejected++;
    return false;
  }

  private findUnit(op: Correction): Unit | undefined {
    const ref = op.receipt;
    const part = ref.part ?? 1;
    let base: Unit[] = [];
    if ('searchNumber' in ref) {
      base = (this.bySearch.get(String(ref.searchNumber)) ?? []).filter((u) => u.part === 1);
      if (base.length === 0) {
        this.refuse('resubmit/unknown-receipt', op);
        return undefined;
      }
      if (base.length > 1) {
        this.refuse('resubmit/ambiguous-receipt', op, { params: { count: base.length } });
        return undefined;
      }
    } else {
      const fi = ref.file ?? 0;
      const file = this.files[fi];
      const r = file?.receipts[ref.position - 1];
      if (!r) {
        this.refuse('resubmit/unknown-receipt', op);
        return undefined;
      }
      base = this.units.filter((u) => u.receipt === r && u.part === 1);
    }
    const b = base[0]!;
    const u = this.units.find((x) => x.receipt === b.receipt && x.part === part);
    if (!u) {
      this.refuse('resubmit/unknown-part', op, { params: { part } });
      return undefined;
    }
    return u;
  }

  /** Index into u.lines of the addressed record, or undefined (reported). */
  private findRecord(u: Unit, ref: RecordRef, op: Correction, role = 'record'): number | undefined {
    const r = recordRefOf(ref);
    const where = describeRecordRef(ref);
    if (r.line !== undefined) {
      const i = r.line - 1;
      if (!Number.isInteger(r.line) || i < 0 || i >= u.lines.length) {
        this.refuse('resubmit/unknown-record', op, { params: { record: where, role } });
        return undefined;
      }
      return i;
    }
    const id = r.id ?? '';
    let hits: number[] = [];
    u.lines.forEach((l, i) => {
      if (l.rec.id === id) hits.push(i);
    });
    if (r.match) {
      const def = recordIn(u.receipt.kind, id);
      const conds = Object.entries(r.match).map(([k, v]) => ({ k, i: resolveField(def, k), v }));
      const bad = conds.find((c) => c.i < 0);
      if (bad) {
        this.refuse('resubmit/unknown-field', op, { record: id, params: { fieldRef: bad.k } });
        return undefined;
      }
      hits = hits.filter((i) => conds.every((c) => (u.lines[i]!.rec.at(c.i + 1) ?? '') === c.v));
    }
    if (r.occurrence !== undefined) {
      const h = hits[r.occurrence - 1];
      if (h === undefined || r.occurrence < 1) {
        this.refuse('resubmit/unknown-record', op, { record: id || undefined, params: { record: where, role, count: hits.length } });
        return undefined;
      }
      return h;
    }
    if (hits.length === 0) {
      this.refuse('resubmit/unknown-record', op, { record: id || undefined, params: { record: where, role, count: 0 } });
      return undefined;
    }
    if (hits.length > 1) {
      this.refuse('resubmit/ambiguous-record', op, { record: id, params: { record: where, role, count: hits.length } });
      return undefined;
    }
    return hits[0];
  }

  /** The checker's findings on a value, placed: the record, the line and the correction they come from. */
  private valueProblems(op: Correction, problems: readonly ValueProblem[], rec: string, field: DiagnosticField, line?: number): void {
    // The message says which correction the value came from (params at / target, contextKind).
    for (const p of problems) {
      this.report(p.code, p.severity, op, { record: rec, field, line, expected: p.expected, found: p.found, params: { ...p.params, contextKind: 'correction' } });
    }
  }

  apply(op: Correction): void {
    if (!op || typeof op !== 'object' || !('op' in op) || !op.receipt) {
      this.report('resubmit/invalid-operation', 'error', undefined, { params: { op: String((op as { op?: unknown })?.op ?? '?'), target: '?', at: (op as { at?: string })?.at ?? '' } });
      this.rejected++;
      return;
    }
    const u = this.findUnit(op);
    if (!u) return;
    let ok = false;
    switch (op.op) {
      case 'set':
        ok = this.set(u, op);
        break;
      case 'insert':
        ok = this.insert(u, op);
        break;
      case 'delete':
        ok = this.delete(u, op);
        break;
      case 'payer':
        if (op.payer !== '1' && op.payer !== '2') ok = this.refuse('resubmit/invalid-payer', op, { params: { payer: String(op.payer) } });
        else {
          u.payer = op.payer;
          u.payerReason = 'explicit';
          ok = true;
        }
        break;
      case 'split':
        ok = this.split(u, op);
        break;
      case 'drop':
        u.dropped = true;
        u.dropReason = op.reason;
        ok = true;
        break;
      default:
        ok = this.refuse('resubmit/invalid-operation', op);
    }
    if (ok) this.applied++;
  }

  private set(u: Unit, op: SetOp): boolean {
    const i = this.findRecord(u, op.record, op);
    if (i === undefined) return false;
    const wl = u.lines[i]!;
    const rec = wl.rec;
    const def = rec.def;
    const fi = resolveField(def, op.field);
    if (fi < 0) return this.refuse('resubmit/unknown-field', op, { record: rec.id, params: { fieldRef: String(op.field) } });
    const field = fieldInfo(def, fi);
    const line = wl.origin >= 0 ? u.receipt.claim[wl.origin]!.line : undefined;
    if (fi === 0) return this.refuse('resubmit/field-not-editable', op, { record: rec.id, field, line });
    const fdef: FieldDef | undefined = def?.fields[fi];
    if (!fdef && def) return this.refuse('resubmit/unknown-field', op, { record: rec.id, params: { fieldRef: String(op.field) } });
    const current = rec.at(fi + 1) ?? '';
    if (op.expect !== undefined && op.expect !== current) {
      const personal = !!fdef?.personal && !this.showPersonal;
      return this.refuse('resubmit/expect-mismatch', op, {
        record: rec.id,
        field,
        line,
        expected: personal ? '(個人情報)' : op.expect,
        found: personal ? '(個人情報)' : current,
      });
    }
    const value = normalizeValue(fdef, String(op.value ?? ''));
    // Without a table (a record type the tables do not describe) only the encoding is checked.
    const c = checkValue(def, fi + 1, value, { ...this.checkOptions, receipt: { reclaimed: u.receipt.history.length > 0 } });
    this.valueProblems(op, c.problems, rec.id, field, line);
    const bytes = c.bytes;
    if (!bytes) {
      this.rejected++;
      return false;
    }
    if (rec.id === 'RE' && (fdef?.key === 'searchNumber' || fdef?.key === 'receiptNumber' || fdef?.key === 'specVersionInfo')) {
      this.report('resubmit/field-managed', 'warning', op, { record: 'RE', field, line });
    }
    if (value === current) return true;
    const k = fi + (rec.prefixed ? 3 : 0);
    const nb = replaceField(rec.bytes, k, bytes);
    u.lines[i] = { rec: newLine(nb, rec.table.eol[rec.index] as Eol, u.receipt.kind), origin: wl.origin, changed: true };
    return true;
  }

  private insert(u: Unit, op: InsertOp): boolean {
    const id = String(op.record ?? '');
    const kind = u.receipt.kind;
    const def = recordIn(kind, id);
    // The records the writer owns are never inserted: the file header and trailer, the receipt's own header (歯科 IR) and RE.
    const st = kind.structure;
    const owned = new Set(['IR', 'GO', 'RE', ...(st ? [st.header, st.trailer, st.receiptHeader ?? ''] : [])]);
    if (!def || def.family !== 'claim' || owned.has(id)) {
      return this.refuse('resubmit/insert-record-type', op, { record: id || undefined, params: { record: id || '?' } });
    }
    // Collect the values, by field index.
    const vals: string[] = def.fields.map(() => '');
    vals[0] = id;
    const v = op.values;
    if (typeof v === 'string' || Array.isArray(v)) {
      let list = typeof v === 'string' ? v.split(',') : [...(v as readonly string[])].map(String);
      if (list[0] === id) list = list.slice(1);
      if (list.length > def.fields.length - 1) {
        return this.refuse('resubmit/insert-too-many-fields', op, { record: id, params: { count: list.length + 1, max: def.fields.length } });
      }
      list.forEach((x, j) => (vals[j + 1] = x));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const fi = resolveField(def, k);
        if (fi < 0 || fi >= def.fields.length) return this.refuse('resubmit/unknown-field', op, { record: id, params: { fieldRef: k } });
        if (fi === 0) {
          if (String(x) !== id) return this.refuse('resubmit/field-not-editable', op, { record: id, field: fieldInfo(def, 0) });
          continue;
        }
        vals[fi] = String(x ?? '');
      }
    }
    def.fields.forEach((f, fi) => (vals[fi] = normalizeValue(f, vals[fi]!)));
    const encoded: Uint8Array[] = [];
    let blocked = false;
    def.fields.forEach((_f, fi) => {
      if (fi === 0) {
        encoded.push(new Uint8Array([id.charCodeAt(0), id.charCodeAt(1)]));
        return;
      }
      const c = checkValue(def, fi + 1, vals[fi]!, { ...this.checkOptions, receipt: { reclaimed: u.receipt.history.length > 0 } });
      this.valueProblems(op, c.problems, id, fieldInfo(def, fi));
      if (!c.bytes) blocked = true;
      else encoded.push(c.bytes);
    });
    if (blocked) {
      this.rejected++;
      return false;
    }
    // Where.
    let at: number;
    if (op.after !== undefined) {
      const i = this.findRecord(u, op.after, op, 'after');
      if (i === undefined) return false;
      at = i + 1;
    } else if (op.before !== undefined) {
      const i = this.findRecord(u, op.before, op, 'before');
      if (i === undefined) return false;
      if (i <= reIndex(u)) return this.refuse('resubmit/insert-before-re', op, { record: id });
      at = i;
    } else {
      // By the kind's record order (its tables are in spec order).
      const ids = Object.keys(kind.records);
      const order = (x: string) => {
        const k = ids.indexOf(x);
        return k < 0 ? ids.length : k;
      };
      const mine = order(id);
      at = 1;
      u.lines.forEach((l, i) => {
        if (order(l.rec.id) <= mine) at = i + 1;
      });
    }
    const eol = u.lines[0] ? (u.lines[0].rec.table.eol[u.lines[0].rec.index] as Eol) : Eol.CRLF;
    const rec = newLine(joinFields(encoded), eol === Eol.None ? Eol.CRLF : eol, kind);
    u.lines = [...u.lines.slice(0, at), { rec, origin: -1, changed: true }, ...u.lines.slice(at)];
    return true;
  }

  private delete(u: Unit, op: DeleteOp): boolean {
    const i = this.findRecord(u, op.record, op);
    if (i === undefined) return false;
    if (i <= reIndex(u) || u.lines[i]!.rec.id === 'RE') return this.refuse('resubmit/delete-re', op, { record: 'RE' });
    u.lines = [...u.lines.slice(0, i), ...u.lines.slice(i + 1)];
    return true;
  }

  private split(u: Unit, op: SplitOp): boolean {
    let keep: WorkLine[];
    if (op.records && op.records.length > 0) {
      // The part keeps the receipt's head: its RE (and, 歯科, the IR before it).
      const picked = new Set<number>();
      for (let k = 0; k <= reIndex(u); k++) picked.add(k);
      for (const r of op.records) {
        const i = this.findRecord(u, r, op);
        if (i === undefined) return false;
        picked.add(i);
      }
      keep = u.lines.filter((_, i) => picked.has(i));
    } else keep = [...u.lines];
    const parts = this.units.filter((x) => x.receipt === u.receipt);
    const part = parts.reduce((m, x) => Math.max(m, x.part), 0) + 1;
    const nu: Unit = {
      fileIndex: u.fileIndex,
      receipt: u.receipt,
      searchNumber: u.searchNumber,
      part,
      lines: keep,
      carried: new Set(keep.map((l) => l.origin).filter((o) => o >= 0)),
      payer: u.payer,
      payerReason: u.payerReason,
      dropped: false,
      dropReason: undefined,
    };
    // Keep parts of one receipt together, in part order.
    const last = this.units.lastIndexOf(parts[parts.length - 1]!);
    this.units.splice(last + 1, 0, nu);
    this.report('resubmit/split-created', 'info', op, { params: { part } });
    return true;
  }

  /** After all operations: payer implied by a changed 保険者番号. */
  finish(): void {
    for (const u of this.units) {
      if (u.payerReason === 'explicit') continue;
      const before = u.receipt.claim.find((r) => r.id === 'HO')?.get('insurerNumber');
      const ho = u.lines.find((l) => l.rec.id === 'HO');
      const after = ho?.rec.get('insurerNumber');
      if (!ho || after === undefined || after === before || !ho.changed) continue;
      const p = payerOfInsurer(after);
      const filePayer = this.files[u.fileIndex]?.header?.get('payer');
      if (p && p !== filePayer) {
        u.payer = p;
        u.payerReason = 'insurer-number';
      }
    }
  }
}

/**
 * The one normalisation applied to values: an 保険者番号 (英数 固定 8, digits) given with fewer
 * digits is right-aligned with leading spaces, as the spec says (「保険者番号が８桁に満たない場合は、
 * 先頭から“スペース”を記録し、８桁で記録する」) — spreadsheets drop those spaces.
 */
export function normalizeValue(f: FieldDef | undefined, value: string): string {
  if (f && f.kind === 'digits' && f.mode === '英数' && f.format === '固定' && f.key === 'insurerNumber' && /^[0-9]+$/.test(value) && value.length < f.maxBytes) {
    return value.padStart(f.maxBytes, ' ');
  }
  return value;
}

/**
 * The 審査支払機関 an 保険者番号 is billed to, or undefined when it cannot be told:
 * 6 digits (国民健康保険), 法別 39 (後期高齢者医療) and 67 (退職者医療) → 2 国保連; any other
 * 8-digit number → 1 支払基金. [INF] from claim-records.md §3.10 (法別番号); a `payer` operation
 * overrides it.
 */
export function payerOfInsurer(insurerNumber: string): '1' | '2' | undefined {
  const n = insurerNumber.trim();
  if (/^[0-9]{6}$/.test(n)) return '2';
  if (/^[0-9]{8}$/.test(n)) return n.startsWith('39') || n.startsWith('67') ? '2' : '1';
  return undefined;
}

/** @internal Run corrections over several files (used by resubmit). */
export function runCorrections(files: readonly CorrectedFile[], corrections: readonly Correction[], options: CorrectionOptions = {}): CorrectionRun {
  const e = new Engine(files, options);
  for (const op of corrections) e.apply(op);
  e.finish();
  return { files, units: e.units, diagnostics: e.diagnostics, applied: e.applied, rejected: e.rejected };
}

/** @internal The audit trail of a run. */
export function auditOf(run: CorrectionRun): ReceiptAudit[] {
  const out: ReceiptAudit[] = [];
  for (const u of run.units) {
    const changes = unitChanges(u);
    if (changes.length === 0 && u.part === 1) continue;
    out.push({ file: u.fileIndex, position: u.receipt.index + 1, searchNumber: u.searchNumber, part: u.part, changes });
  }
  return out;
}

/** @internal 1-based occurrence of `recs[i]` among the records of its id in `recs`. */
export function occurrenceIn(recs: readonly Rec[], i: number): number {
  const id = recs[i]!.id;
  let n = 0;
  for (let k = 0; k <= i; k++) if (recs[k]!.id === id) n++;
  return n;
}

/** @internal Every non-empty field of a record inserted (`after`) or deleted (`before`), the other side empty. */
export function fieldsOf(rec: Rec, side: 'before' | 'after'): FieldChange[] {
  const def = rec.def;
  const vals = rec.values();
  const damaged = rec.damaged;
  const out: FieldChange[] = [];
  for (let i = 1; i < vals.length; i++) {
    const v = vals[i]!;
    if (v === '') continue;
    const f = def?.fields[i];
    const c: FieldChange = { field: fieldInfo(def, i), before: side === 'before' ? v : '', after: side === 'after' ? v : '', personal: damaged || !!f?.personal };
    out.push(damaged ? { ...c, damaged } : c);
  }
  return out;
}

/** Field-level differences between two versions of one record. */
export function fieldChanges(before: Rec, after: Rec): FieldChange[] {
  const def = after.def ?? before.def;
  const a = before.values();
  const b = after.values();
  const out: FieldChange[] = [];
  const n = Math.max(a.length, b.length);
  // Either side damaged: positions do not tell meanings (a shifted 氏名 may sit under 患者の状態).
  const damaged = before.damaged || after.damaged;
  for (let i = 1; i < n; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x === y) continue;
    const c: FieldChange = { field: fieldInfo(def, i), before: x, after: y, personal: damaged || !!def?.fields[i]?.personal };
    out.push(damaged ? { ...c, damaged } : c);
  }
  return out;
}

function unitChanges(u: Unit): RecordChange[] {
  const orig = u.receipt.claim;
  const out: RecordChange[] = [];
  const present = new Set(u.lines.map((l) => l.origin));
  // Deleted (only what this unit carried).
  orig.forEach((rec, i) => {
    if (u.carried.has(i) && !present.has(i)) {
      out.push({ kind: 'deleted', record: rec.id, occurrence: occurrenceIn(orig, i), line: rec.line, fields: fieldsOf(rec, 'before') });
    }
  });
  const cur = u.lines.map((l) => l.rec);
  u.lines.forEach((l, i) => {
    if (l.origin < 0) {
      out.push({ kind: 'inserted', record: l.rec.id, occurrence: occurrenceIn(cur, i), fields: fieldsOf(l.rec, 'after') });
    } else if (l.changed) {
      const o = orig[l.origin]!;
      const fields = fieldChanges(o, l.rec);
      if (fields.length > 0) out.push({ kind: 'changed', record: o.id, occurrence: occurrenceIn(orig, l.origin), line: o.line, fields });
    }
  });
  return out;
}

/** @internal A line source for a work line: a reference when untouched, new bytes otherwise. */
export function sourceOf(l: WorkLine): LineSource {
  if (!l.changed) return { table: l.rec.table, index: l.rec.index };
  return { bytes: l.rec.bytes, eol: l.rec.table.eol[l.rec.index] as Eol };
}

/** @internal Build the corrected file of one input (dropped units left out, parts after their receipt). */
export function correctedTable(file: ReceFile, units: readonly Unit[]): LineTable {
  const t = file.table;
  const sources: LineSource[] = [];
  const ref = (i: number) => sources.push({ table: t, index: i });
  for (const r of file.lead) ref(r.index);
  for (const r of file.receipts) {
    const mine = units.filter((u) => u.receipt === r);
    for (const u of mine) {
      if (u.dropped) continue;
      for (const l of u.lines) sources.push(sourceOf(l));
      if (u.part === 1) for (let i = r.claimEnd; i < r.end; i++) ref(i);
    }
    // A dropped first part takes its reasons and history with it.
  }
  for (const r of file.tail) ref(r.index);
  return buildLines(sources, t.eof);
}

export function unitInfo(u: Unit): UnitInfo {
  return {
    file: u.fileIndex,
    position: u.receipt.index + 1,
    searchNumber: u.searchNumber,
    part: u.part,
    payer: u.payer,
    payerReason: u.payerReason,
    dropped: u.dropped,
    dropReason: u.dropReason,
  };
}

/**
 * Apply corrections to a file. The input is never mutated: the result holds a new model, the audit
 * trail (every field before → after, per receipt) and diagnostics for operations that could not
 * be applied. Never throws for bad corrections.
 */
export function applyCorrections(file: ReceFile, corrections: readonly Correction[], options: CorrectionOptions = {}): CorrectionResult {
  const run = runCorrections([file], corrections, options);
  const table = correctedTable(file, run.units);
  const out = fromLines(table, { kind: file.kind === 'unknown' ? undefined : file.kind });
  return {
    file: out,
    receipts: run.units.filter((u) => !u.dropped).map(unitInfo),
    audit: auditOf(run),
    diagnostics: run.diagnostics,
    applied: run.applied,
    rejected: run.rejected,
  };
}
