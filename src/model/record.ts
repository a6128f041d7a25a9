/**
 * A record: a view over one line of a {@link LineTable}. Nothing is decoded until a field is read;
 * field boundaries are found on the bytes (0x2C never occurs inside a Shift_JIS character).
 */
import { readSpecDate } from '../codec/dates.js';
import { decodeSjis } from '../codec/sjis.js';
import { fieldStarts, lineBytes, type LineTable } from '../codec/lines.js';
import { fieldIndex, type FieldKey, type RecordId, type RecordValues } from '../spec/registry.js';
import { KINDS, recordIn, type RecordTables } from '../spec/kinds.js';
import type { FieldDef, RecordDef } from '../spec/types.js';
import { splitUnits, type RepeatUnit } from './units.js';

/** The 履歴管理情報 prefix of a history-block line (three fields, kept as written). */
export interface HistoryPrefix {
  /** データ識別 */
  readonly dataKind: string;
  /** 行番号 */
  readonly lineNo: string;
  /** 枝番号 */
  readonly branchNo: string;
}

/** Bit set in a {@link lineCode} for a history (prefixed) line. */
export const LINE_PREFIXED = 0x10000;

/**
 * Classify a line at the byte level, allocation-free: the two letters of its レコード識別情報 packed as
 * `c0 << 8 | c1` (0 when the line has none), plus {@link LINE_PREFIXED} for a history line (first
 * field 1–2 ASCII digits followed by 行番号 and 枝番号). Touches only the first few bytes. This is
 * the hot-path form of {@link identifyLine}; both always agree.
 */
export function lineCode(b: Uint8Array, s: number, e: number): number {
  let p = s;
  while (p < e && b[p] !== 0x2c) p++;
  const first = p - s;
  if (p < e && (first === 1 || first === 2)) {
    const d0 = b[s]!;
    const d1 = first === 2 ? b[s + 1]! : 0x30;
    if (d0 >= 0x30 && d0 <= 0x39 && d1 >= 0x30 && d1 <= 0x39) {
      // skip 行番号 and 枝番号
      let q = p + 1;
      let commas = 0;
      while (q < e && commas < 2) {
        if (b[q] === 0x2c) commas++;
        q++;
      }
      return commas === 2 ? LINE_PREFIXED | idCode(b, q, e) : 0;
    }
  }
  return idCode(b, s, e);
}

/** The record id at `s` when the field there is exactly two ASCII capitals, else 0. */
function idCode(b: Uint8Array, s: number, e: number): number {
  if (e - s < 2) return 0;
  const c0 = b[s]!;
  const c1 = b[s + 1]!;
  if (c0 < 0x41 || c0 > 0x5a || c1 < 0x41 || c1 > 0x5a) return 0;
  if (e - s > 2 && b[s + 2] !== 0x2c) return 0;
  return (c0 << 8) | c1;
}

/** Every possible record id (AA…ZZ), made once: ids are interned, never allocated per line. */
const ID_STRINGS: readonly string[] = Array.from({ length: 26 * 26 }, (_, k) => String.fromCharCode(0x41 + Math.floor(k / 26), 0x41 + (k % 26)));
/** The id string of a {@link lineCode} ('' when none); interned, so no allocation per line. */
export function lineCodeId(code: number): string {
  const c = code & 0xffff;
  return c === 0 ? '' : ID_STRINGS[((c >> 8) - 0x41) * 26 + ((c & 0xff) - 0x41)]!;
}

/**
 * Classify a line at the byte level: is it a history line (first field 1–2 ASCII digits), and
 * what is its レコード識別情報. Returns the record id ('' when the line has none) and the number of
 * prefix fields (0 or 3). Used by the structure scanner on every line; touches only a few bytes.
 */
export function identifyLine(b: Uint8Array, s: number, e: number): { id: string; prefixFields: 0 | 3 } {
  const code = lineCode(b, s, e);
  return { id: lineCodeId(code), prefixFields: code & LINE_PREFIXED ? 3 : 0 };
}

/** A record view. `Id` narrows the typed accessors when the record type is known. */
export class Rec<Id extends string = string> {
  private _id: string | undefined;
  private _pf: 0 | 3 | undefined;
  private _values: string[] | undefined;
  private _bounds: Uint32Array | undefined;

  constructor(
    /** The line table the record lives in. */
    readonly table: LineTable,
    /** Its index in the table (0-based). */
    readonly index: number,
    /**
     * The tables its record id is looked up in: the file's claim kind (by default 医科; `NO_TABLES`
     * for a file whose kind cannot be told).
     */
    readonly kind: RecordTables = KINDS.ika,
  ) {}

  private ident(): void {
    const t = this.table;
    const b = t.buffers[t.buf[this.index]!]!;
    const code = lineCode(b, t.start[this.index]!, t.end[this.index]!);
    this._id = lineCodeId(code);
    this._pf = code & LINE_PREFIXED ? 3 : 0;
  }

  /** レコード識別情報 ('' when the line has none). */
  get id(): Id {
    if (this._id === undefined) this.ident();
    return this._id as Id;
  }

  /** True for a line of a 履歴管理ブロック (prefixed with データ識別/行番号/枝番号). */
  get prefixed(): boolean {
    if (this._pf === undefined) this.ident();
    return this._pf === 3;
  }

  /** 1-based line number in its table. */
  get line(): number {
    return this.index + 1;
  }

  /** The record's table, when its type is known. */
  get def(): RecordDef | undefined {
    return recordIn(this.kind, this.id);
  }

  /** The line's content bytes (a view into the file). */
  get bytes(): Uint8Array {
    return lineBytes(this.table, this.index);
  }

  /** Byte offset of the line's first byte in its buffer (the file offset for unedited lines). */
  get offset(): number {
    return this.table.start[this.index]!;
  }

  /** True when the line points into the original input (not produced by an edit). */
  get original(): boolean {
    return this.table.buf[this.index] === 0;
  }

  /** All fields of the line, prefix included, decoded. */
  get rawValues(): readonly string[] {
    if (!this._values) {
      const t = this.table;
      const b = t.buffers[t.buf[this.index]!]!;
      this._values = decodeSjis(b, t.start[this.index]!, t.end[this.index]!).split(',');
    }
    return this._values;
  }

  /** The history prefix, for history-block lines. */
  get prefix(): HistoryPrefix | undefined {
    if (!this.prefixed) return undefined;
    const v = this.rawValues;
    return { dataKind: v[0]!, lineNo: v[1]!, branchNo: v[2]! };
  }

  /** Number of fields, prefix excluded. */
  get fieldCount(): number {
    return this.rawValues.length - (this.prefixed ? 3 : 0);
  }

  /**
   * True when the meaning of the fields by position is not certain: the record's field count
   * differs from its table (a stray comma shifts every later field), or it has no known table.
   * Displays show such a record's fields by shape only (see `valueShape`).
   */
  get damaged(): boolean {
    const def = this.def;
    return !def || this.fieldCount !== def.fields.length;
  }

  /** Field values, prefix excluded; `values()[0]` is the レコード識別情報. */
  values(): readonly string[] {
    return this.prefixed ? this.rawValues.slice(3) : this.rawValues;
  }

  /** Value at 項目 position `pos` (1-based, 1 = レコード識別情報), or undefined when absent. */
  at(pos: number): string | undefined {
    if (!Number.isInteger(pos) || pos < 1) return undefined;
    return this.rawValues[pos - 1 + (this.prefixed ? 3 : 0)];
  }

  /** Value by field key (typed when the record type is known). */
  get(key: Id extends RecordId ? FieldKey<Id> : string): string | undefined {
    const def = this.def;
    if (!def) return undefined;
    const i = fieldIndex(def).byKey.get(key as string);
    return i === undefined ? undefined : this.at(i + 1);
  }

  /**
   * A date field as an ISO date (`YYYY-MM` or `YYYY-MM-DD`), reading both the 西暦 and the older
   * 和暦 layout; undefined when the field is empty, absent or not a valid date.
   */
  date(key: Id extends RecordId ? FieldKey<Id> : string): string | undefined {
    const v = this.get(key);
    return v ? readSpecDate(v)?.iso : undefined;
  }

  /**
   * The units of a field of concatenated codes (its table's `repeat`: RE 特記事項 2 bytes each, 歯科
   * 歯式コード 6 bytes each …), in order. Where a unit has parts (歯式コード: 歯種・状態・部分) each unit
   * carries them by key with their meanings (`tooth`, `toothName`, …; a name is absent for a code not in
   * its table). Undefined when the field is not a repeat field or is absent; a trailing partial unit is
   * dropped (field/repeat-unit reports it).
   */
  units(key: Id extends RecordId ? FieldKey<Id> : string): readonly RepeatUnit[] | undefined {
    const def = this.def;
    const i = def ? fieldIndex(def).byKey.get(key as string) : undefined;
    const repeat = i === undefined ? undefined : def!.fields[i]!.repeat;
    const v = i === undefined ? undefined : this.at(i + 1);
    if (!repeat || v === undefined) return undefined;
    return splitUnits(v, repeat);
  }

  /** Value by 項目名 as the spec writes it (the first field of that name). */
  byName(name: string): string | undefined {
    const def = this.def;
    if (!def) return undefined;
    const i = fieldIndex(def).byName.get(name);
    return i === undefined ? undefined : this.at(i + 1);
  }

  /** Field definition at a 1-based position. */
  fieldDef(pos: number): FieldDef | undefined {
    return this.def?.fields[pos - 1];
  }

  /** All values keyed by field key (missing trailing fields are ''); fields beyond the table are left out. */
  toObject(): Id extends RecordId ? RecordValues<Id> : Record<string, string> {
    const def = this.def;
    const out: Record<string, string> = {};
    if (def) def.fields.forEach((f, i) => (out[f.key] = this.at(i + 1) ?? ''));
    return out as never;
  }

  /**
   * Byte span of the field at 1-based position `pos` (prefix excluded), as offsets into the line's
   * buffer, or undefined when the line has fewer fields.
   */
  span(pos: number): { start: number; end: number } | undefined {
    const bounds = this.bounds();
    const k = pos - 1 + (this.prefixed ? 3 : 0);
    if (k < 0 || k + 1 >= bounds.length) return undefined;
    return { start: bounds[k]!, end: bounds[k + 1]! - 1 };
  }

  /** Span of the whole prefix+field list: start offsets of every field, plus end+1 as the last entry. */
  bounds(): Uint32Array {
    if (!this._bounds) {
      const t = this.table;
      const b = t.buffers[t.buf[this.index]!]!;
      const s = t.start[this.index]!;
      const e = t.end[this.index]!;
      let n = 1;
      for (let i = s; i < e; i++) if (b[i] === 0x2c) n++;
      const out = new Uint32Array(n + 1);
      fieldStarts(b, s, e, out, 0);
      this._bounds = out;
    }
    return this._bounds;
  }

  /** Narrow to a known record type. */
  is<K extends RecordId>(id: K): this is Rec<K> {
    return (this.id as string) === id;
  }
}
