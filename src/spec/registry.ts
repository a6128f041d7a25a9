/**
 * The 医科 view of the runtime tables (医科 claim records and the return / history records), typed as the
 * public API types them (`RECORDS.RE`, `FieldKey<'RE'>` …), and every code table of every kind by id. The
 * per-kind registry, keyed by (kind, record id), is ./kinds.ts; the full descriptors, with notes and code
 * meanings, are ./docs.ts.
 */
import type { CodeTable, FieldDef, RecordDef } from './types.js';
import type { RECORDS as FULL_RECORDS } from './docs.js';
import { HISTORY_PREFIX } from './returns/records/prefix.js';
import { recordOf } from './claim-kinds.js';
import { ALL_CODE_TABLES, KINDS } from './kinds.js';
export { meaningIn } from './meaning.js';

export type RecordDefs = typeof FULL_RECORDS;

/** Every record table, by レコード識別情報 (runtime tables: no notes). */
export const RECORDS = { ...KINDS.ika.records, ...KINDS.ika.returnRecords } as unknown as RecordDefs;

export type RecordId = keyof RecordDefs;
/** Field keys of a known record type. */
export type FieldKey<Id extends RecordId> = RecordDefs[Id]['fields'][number]['key'];
/** A record's values as a plain object keyed by field key. */
export type RecordValues<Id extends RecordId> = { [K in FieldKey<Id>]: string };

export { HISTORY_PREFIX };

/** The 医科 claim records in spec order (IR … GO). */
export const CLAIM_RECORD_IDS = ['IR', 'RE', 'HO', 'KO', 'SN', 'JD', 'MF', 'GR', 'SY', 'SI', 'IY', 'TO', 'CO', 'SJ', 'TI', 'TR', 'TS', 'GO'] as const;
/** Records defined by the return/resubmission spec. */
export const RETURN_RECORD_IDS = ['HI', 'HR', 'HG', 'RC', 'JY', 'EX', 'MN', 'MD', 'RT', 'JR', 'MK', 'ON'] as const;

export function isRecordId(id: string): id is RecordId {
  return Object.prototype.hasOwnProperty.call(RECORDS, id);
}

export function recordDef(id: string): RecordDef | undefined {
  return recordOf(RECORDS, id);
}

/** Every code table, by id (`ika:N`, `ret:…`). */
export const CODE_TABLES: ReadonlyMap<string, CodeTable> = ALL_CODE_TABLES;

export function codeTable(id: string): CodeTable | undefined {
  return CODE_TABLES.get(id);
}

interface FieldIndex {
  readonly byKey: ReadonlyMap<string, number>;
  readonly byName: ReadonlyMap<string, number>;
}
const fieldIndexCache = new WeakMap<RecordDef, FieldIndex>();

/** Position (0-based index into `def.fields`) of a field, by key or by 項目名. Compiled once per table. */
export function fieldIndex(def: RecordDef): FieldIndex {
  let ix = fieldIndexCache.get(def);
  if (!ix) {
    const byKey = new Map<string, number>();
    const byName = new Map<string, number>();
    def.fields.forEach((f: FieldDef, i) => {
      byKey.set(f.key, i);
      if (!byName.has(f.name)) byName.set(f.name, i);
    });
    ix = { byKey, byName };
    fieldIndexCache.set(def, ix);
  }
  return ix;
}
