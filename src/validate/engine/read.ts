/**
 * Cheap field access for record/receipt rules: values by 1-based position read straight from the
 * line's bytes (ASCII fast path), without decoding the whole line.
 */
import { decodeSjis } from '../../codec/sjis.js';
import type { DiagnosticField } from '../../diagnostics/index.js';
import type { Rec } from '../../model/record.js';
import { fieldStarts, type LineTable } from '../../codec/lines.js';
import { fieldIndex, recordDef } from '../../spec/registry.js';
import type { RecordDef } from '../../spec/types.js';
import type { FieldSpec } from './compile.js';
import type { FieldValue } from './value.js';

/** The buffer a record's line lives in. */
export function recBuffer(rec: Rec): Uint8Array {
  const t = rec.table;
  return t.buffers[t.buf[rec.index]!]!;
}

// ---- field boundaries ----
// The engine finds the commas of the record it is checking once, into a scratch array (allocating a
// typed array per line costs more than finding the commas); helpers called for that record use it,
// helpers called for any other record fall back to `rec.bounds()`.

let scratch = new Uint32Array(512);
let scratchLen = 0;
let scratchRec: Rec | undefined;

// Records other than the one being checked (a receipt rule reading its 摘要 records): a second scratch
// array, remembered for the last such record. `rec.bounds()` would cache a typed array on every record,
// and the whole-file model keeps its records: validation then held a bounds array per line (measured:
// 2× the memory and half the speed on a 100 MB file).
let other = new Uint32Array(512);
let otherLen = 0;
let otherRec: Rec | undefined;

function loadOther(rec: Rec): void {
  if (rec === otherRec) return;
  const t = rec.table;
  const b = t.buffers[t.buf[rec.index]!]!;
  const s = t.start[rec.index]!;
  const e = t.end[rec.index]!;
  if (other.length < e - s + 2) other = new Uint32Array(Math.max(other.length * 2, e - s + 2));
  otherLen = fieldStarts(b, s, e, other, 0);
  otherRec = rec;
}

/** Reused result of {@link boundsOf}: do not keep it across calls. */
const VIEW: { a: Uint32Array; o: number; n: number } = { a: scratch, o: 0, n: 0 };

/** Find the field boundaries of `rec` into the scratch array (called by the engine for each checked record outside a unit). */
export function loadBounds(rec: Rec): void {
  if (inUnit(rec)) return;
  const t = rec.table;
  const b = t.buffers[t.buf[rec.index]!]!;
  const s = t.start[rec.index]!;
  const e = t.end[rec.index]!;
  if (scratch.length < e - s + 2) scratch = new Uint32Array(Math.max(scratch.length * 2, e - s + 2));
  scratchLen = fieldStarts(b, s, e, scratch, 0);
  scratchRec = rec;
}

// ---- the unit's boundaries ----
// Every rule of a receipt reads fields of its records (the engine each field; receipt rules the 摘要's
// 診療識別, 点数, 回数, 負担区分 …): the boundaries of all its lines are found once, when the unit starts,
// into one flat array (`unitStart[i]`: where line `lo + i`'s entries begin in `unitBounds`).
let unitTable: LineTable | undefined;
let unitLo = 0;
let unitHi = 0;
let unitBounds = new Uint32Array(1 << 14);
let unitStart = new Uint32Array(1 << 10);

function inUnit(rec: Rec): boolean {
  return rec.table === unitTable && rec.index >= unitLo && rec.index < unitHi;
}

/** The lines `[lo, hi)` of `table` are the unit being validated: find their field boundaries now. */
export function loadUnit(table: LineTable, lo: number, hi: number): void {
  if (unitStart.length < hi - lo + 1) unitStart = new Uint32Array(Math.max(unitStart.length * 2, hi - lo + 1));
  let k = 0;
  for (let i = lo; i < hi; i++) {
    const b = table.buffers[table.buf[i]!]!;
    const s = table.start[i]!;
    const e = table.end[i]!;
    // At most one entry per byte, plus the start and the end.
    if (unitBounds.length < k + (e - s) + 2) {
      const g = new Uint32Array(Math.max(unitBounds.length * 2, k + (e - s) + 2));
      g.set(unitBounds.subarray(0, k));
      unitBounds = g;
    }
    // The scan of fieldStarts, inlined here: a call per line measured ~10% slower validation.
    const a = unitBounds;
    unitStart[i - lo] = k;
    a[k++] = s;
    for (let j = s; j < e; j++) if (b[j] === 0x2c) a[k++] = j + 1;
    a[k++] = e + 1;
  }
  unitStart[hi - lo] = k;
  unitTable = table;
  unitLo = lo;
  unitHi = hi;
}

/** The unit is over (its table may change afterwards). */
export function clearUnit(): void {
  unitTable = undefined;
  unitLo = unitHi = 0;
}

/**
 * Field boundaries of a record, prefix fields included: `a[o .. o+n-2]` are the start offsets of the
 * fields in the line's buffer and `a[o+n-1]` is the line end + 1 (so field k spans `a[o+k] .. a[o+k+1]-1`).
 * The returned object and array are reused: read them before the next call.
 */
export function boundsOf(rec: Rec): { readonly a: Uint32Array; readonly o: number; readonly n: number } {
  if (inUnit(rec)) {
    const i = rec.index - unitLo;
    VIEW.a = unitBounds;
    VIEW.o = unitStart[i]!;
    VIEW.n = unitStart[i + 1]! - VIEW.o;
  } else if (rec === scratchRec) {
    VIEW.a = scratch;
    VIEW.o = 0;
    VIEW.n = scratchLen;
  } else {
    loadOther(rec);
    VIEW.a = other;
    VIEW.o = 0;
    VIEW.n = otherLen;
  }
  return VIEW;
}

/** Index into `v.a` of the field at a 1-based position, or -1 when the line has fewer fields. */
function slot(rec: Rec, v: { readonly o: number; readonly n: number }, pos: number): number {
  const k = pos - 1 + (rec.prefixed ? 3 : 0);
  return k >= 0 && k + 1 < v.n ? v.o + k : -1;
}

/** Value at 1-based 項目 position (prefix not counted), '' when absent. */
export function fieldText(rec: Rec, pos: number): string {
  const v = boundsOf(rec);
  const bounds = v.a;
  const k = slot(rec, v, pos);
  if (k < 0) return '';
  const s0 = bounds[k]!;
  const e0 = bounds[k + 1]! - 1;
  const b = recBuffer(rec);
  if (e0 - s0 <= 64) {
    let s = '';
    for (let i = s0; i < e0; i++) {
      const c = b[i]!;
      if (c >= 0x80) return decodeSjis(b, s0, e0);
      s += String.fromCharCode(c);
    }
    return s;
  }
  return decodeSjis(b, s0, e0);
}

/** Byte length of the field at a position (0 when absent). */
export function fieldLength(rec: Rec, pos: number): number {
  const v = boundsOf(rec);
  const bounds = v.a;
  const k = slot(rec, v, pos);
  return k < 0 ? 0 : bounds[k + 1]! - 1 - bounds[k]!;
}

/** Buffer offset of the field at a position, or of the line end when the field is absent. */
export function fieldAt(rec: Rec, pos: number): number {
  const v = boundsOf(rec);
  const bounds = v.a;
  const k = slot(rec, v, pos);
  return k < 0 ? rec.table.end[rec.index]! : bounds[k]!;
}

/** 1-based position of a field by key in the record's own table. */
export function posOf(recordId: string, key: string): number {
  const def = recordDef(recordId);
  const i = def ? fieldIndex(def).byKey.get(key) : undefined;
  if (i === undefined) throw new Error(`no field ${recordId}.${key}`);
  return i + 1;
}

/** The diagnostic field reference of a record field by key. */
export function fieldRef(recordId: string, key: string): DiagnosticField {
  const def = recordDef(recordId)!;
  const i = fieldIndex(def).byKey.get(key)!;
  return { key, name: def.fields[i]!.name, position: i + 1 };
}

/** The field value for a message, when it may be shown (codes, numbers, dates; personal values only on request). */
export function shownValue(v: FieldValue, showPersonal: boolean): string | undefined {
  return showable(v.spec, showPersonal) && v.length <= 120 ? v.text() : undefined;
}

export function showable(spec: FieldSpec, showPersonal: boolean): boolean {
  return spec.showable || showPersonal;
}

/** `{ value }` when the value may be shown, else `{}`. */
export function valueParams(v: FieldValue, showPersonal: boolean): Record<string, string> {
  const s = shownValue(v, showPersonal);
  return s === undefined ? {} : { value: s };
}

/**
 * A non-negative decimal integer read straight from the bytes of the field at a position:
 * null when empty, undefined when not an integer.
 */
export function fieldInt(rec: Rec, pos: number): number | null | undefined {
  const v = boundsOf(rec);
  const bounds = v.a;
  const k = slot(rec, v, pos);
  if (k < 0) return null;
  const s0 = bounds[k]!;
  const e0 = bounds[k + 1]! - 1;
  if (e0 === s0) return null;
  if (e0 - s0 > 15) return undefined;
  const b = recBuffer(rec);
  let n = 0;
  for (let i = s0; i < e0; i++) {
    const c = b[i]!;
    if (c < 0x30 || c > 0x39) return undefined;
    n = n * 10 + (c - 0x30);
  }
  return n;
}

/** True when the field at a position is absent or empty. */
export function fieldEmpty(rec: Rec, pos: number): boolean {
  const v = boundsOf(rec);
  const bounds = v.a;
  const k = slot(rec, v, pos);
  return k < 0 || bounds[k + 1]! - 1 === bounds[k]!;
}

/** The record table of a line, in its file's claim kind. */
export function defOf(rec: Rec): RecordDef | undefined {
  return rec.def;
}

// ---- fields by key, in the record's own table ----
// The kinds lay the same field out at different positions (RE 検索番号 is 19 in 医科, 20 in 歯科, 38 in
// 調剤), so rules that run for several kinds name fields by key and find them in the line's own table.

/** 1-based position of field `key` in the record's own table (its kind's), 0 when the table has none. */
export function keyPos(rec: Rec, key: string): number {
  const def = rec.def;
  if (!def) return 0;
  // Rules read fields of records of one table in a row: its index is remembered.
  if (def !== lastDef) {
    lastDef = def;
    lastIndex = fieldIndex(def).byKey;
  }
  const i = lastIndex!.get(key);
  return i === undefined ? 0 : i + 1;
}
let lastDef: RecordDef | undefined;
let lastIndex: ReadonlyMap<string, number> | undefined;

/** The value of field `key` ('' when absent, or when the record's table has no such field). */
export function keyText(rec: Rec, key: string): string {
  const p = keyPos(rec, key);
  return p === 0 ? '' : fieldText(rec, p);
}

/** {@link fieldInt} of field `key` (null when absent or not in the table). */
export function keyInt(rec: Rec, key: string): number | null | undefined {
  const p = keyPos(rec, key);
  return p === 0 ? null : fieldInt(rec, p);
}

/** True when field `key` is absent, empty, or not in the record's table. */
export function keyEmpty(rec: Rec, key: string): boolean {
  const p = keyPos(rec, key);
  return p === 0 || fieldEmpty(rec, p);
}

/** Byte length of field `key` (0 when absent or not in the table). */
export function keyLength(rec: Rec, key: string): number {
  const p = keyPos(rec, key);
  return p === 0 ? 0 : fieldLength(rec, p);
}

/** Buffer offset of field `key` (see {@link fieldAt}); the line end when it is not in the table. */
export function keyAt(rec: Rec, key: string): number {
  const p = keyPos(rec, key);
  return p === 0 ? rec.table.end[rec.index]! : fieldAt(rec, p);
}

/** The diagnostic field reference of field `key` in the record's own table (undefined when it has none). */
export function keyRef(rec: Rec, key: string): DiagnosticField | undefined {
  const def = rec.def;
  const i = def ? fieldIndex(def).byKey.get(key) : undefined;
  return i === undefined ? undefined : { key, name: def!.fields[i]!.name, position: i + 1 };
}

/** The start of field `key` in the record's buffer, when the line has it (for a finding's `at`). */
export function keySpan(rec: Rec, key: string): number | undefined {
  const p = keyPos(rec, key);
  return p === 0 ? undefined : rec.span(p)?.start;
}

/** Positions of fields by key in a record table, or undefined when the table lacks one of them. */
export function positionsOf(def: RecordDef, keys: readonly string[]): number[] | undefined {
  const ix = fieldIndex(def).byKey;
  const out: number[] = [];
  for (const k of keys) {
    const i = ix.get(k);
    if (i === undefined) return undefined;
    out.push(i + 1);
  }
  return out;
}
