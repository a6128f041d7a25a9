/**
 * Per-table compilation: every {@link RecordDef} is turned once into an array of {@link FieldSpec}
 * (mode as a number, the code table resolved with its open patterns compiled, confidence folded in),
 * cached in a WeakMap so that no row ever re-interprets the table.
 */
import type { DiagnosticField } from '../../diagnostics/index.js';
import { codeTable } from '../../spec/registry.js';
import type { CodeTable, Confidence, FieldDef, Mode, RecordDef, Requirement, ValueKind } from '../../spec/types.js';
import { FIELD_OVERRIDES, RESTRICTED_CODES } from './special.js';

export const enum ModeCode {
  Digit = 0,
  Alnum = 1,
  Kanji = 2,
  Either = 3,
}

export interface CompiledTable {
  readonly id: string;
  readonly name: string;
  readonly codes: Readonly<Record<string, string>>;
  readonly open: readonly { readonly re: RegExp; readonly meaning: string }[];
  /** The table rests on L/INF facts. */
  readonly lowConfidence: boolean;
  readonly firstClaimOnly: ReadonlySet<string> | undefined;
  readonly never: ReadonlySet<string> | undefined;
}

export interface FieldSpec {
  readonly record: RecordDef;
  readonly def: FieldDef;
  /** 1-based 項目 position (1 = レコード識別情報). */
  readonly pos: number;
  readonly field: DiagnosticField;
  readonly mode: ModeCode;
  readonly modeName: Mode;
  readonly max: number;
  readonly fixed: boolean;
  readonly kind: ValueKind;
  readonly table: CompiledTable | undefined;
  readonly repeat: { readonly unit: number; readonly max: number } | undefined;
  /** The parts of a structured repeat unit (歯式コード), with their compiled tables. */
  readonly unitParts: readonly CompiledPart[] | undefined;
  readonly required: Requirement;
  readonly personal: boolean;
  /** The field or its record table rests on L/INF facts: findings are warnings. */
  readonly lowConfidence: boolean;
  /** The value may appear in a message without the personal-data opt-in (codes, numbers, dates). */
  readonly showable: boolean;
  readonly separator: string | undefined;
  readonly tableWhen: { readonly key: string; readonly pattern: RegExp; readonly describe: string } | undefined;
  readonly reclaimRule: string | undefined;
}

export interface CompiledPart {
  readonly key: string;
  readonly name: string;
  /** Offset of the part in its unit. */
  readonly offset: number;
  readonly width: number;
  readonly table: CompiledTable | undefined;
  readonly lowConfidence: boolean;
}

function compileParts(f: FieldDef): CompiledPart[] | undefined {
  const parts = f.repeat?.parts;
  if (!parts) return undefined;
  let offset = 0;
  return parts.map((p) => {
    const c = { key: p.key, name: p.name, offset, width: p.width, table: p.table ? compileTable(p.table) : undefined, lowConfidence: isLow(p.confidence) };
    offset += p.width;
    return c;
  });
}

export interface CompiledRecord {
  readonly def: RecordDef;
  readonly fields: readonly FieldSpec[];
  readonly lowConfidence: boolean;
}

const MODE: Record<Mode, ModeCode> = { 数字: ModeCode.Digit, 英数: ModeCode.Alnum, 漢字: ModeCode.Kanji, 英数又は漢字: ModeCode.Either };

export function isLow(c: Confidence | undefined): boolean {
  return c === 'L' || c === 'INF';
}

const tableCache = new Map<string, CompiledTable | undefined>();

export function compileTable(id: string): CompiledTable | undefined {
  if (tableCache.has(id)) return tableCache.get(id);
  const t: CodeTable | undefined = codeTable(id);
  let c: CompiledTable | undefined;
  if (t) {
    const r = t.restricted ?? RESTRICTED_CODES[id];
    c = {
      id,
      name: t.name,
      codes: t.codes,
      open: (t.open ?? []).map((o) => ({ re: new RegExp(o.pattern), meaning: o.meaning })),
      lowConfidence: isLow(t.confidence),
      firstClaimOnly: r?.firstClaim ? new Set(r.firstClaim) : undefined,
      never: r?.never ? new Set(r.never) : undefined,
    };
  }
  tableCache.set(id, c);
  return c;
}

const cache = new WeakMap<RecordDef, CompiledRecord>();

/** The compiled form of a record table (built once per table). */
export function compileRecord(def: RecordDef): CompiledRecord {
  let c = cache.get(def);
  if (c) return c;
  const recLow = isLow(def.confidence);
  const fields = def.fields.map((f, i): FieldSpec => {
    const kind: ValueKind = f.kind ?? 'text';
    const o = FIELD_OVERRIDES[`${def.id}.${f.key}`];
    const personal = f.personal === true;
    return {
      record: def,
      def: f,
      pos: i + 1,
      field: { key: f.key, name: f.name, position: i + 1 },
      mode: MODE[f.mode],
      modeName: f.mode,
      max: f.maxBytes,
      fixed: f.format === '固定',
      kind,
      table: f.table ? compileTable(f.table) : undefined,
      repeat: f.repeat,
      unitParts: compileParts(f),
      required: f.required ?? 'optional',
      personal,
      lowConfidence: recLow || isLow(f.confidence),
      showable: !personal && kind !== 'text',
      separator: o?.separator,
      tableWhen: o?.tableWhen,
      reclaimRule: o?.reclaimRule,
    };
  });
  c = { def, fields, lowConfidence: recLow };
  cache.set(def, c);
  return c;
}
