/**
 * Registry of every record table and code table. This is the only place that lists them.
 */
import type { CodeTable, FieldDef, RecordDef } from './types.js';
import { IR } from './ika/records/IR.js';
import { RE } from './ika/records/RE.js';
import { HO } from './ika/records/HO.js';
import { KO } from './ika/records/KO.js';
import { SN } from './ika/records/SN.js';
import { JD } from './ika/records/JD.js';
import { MF } from './ika/records/MF.js';
import { GR } from './ika/records/GR.js';
import { SY } from './ika/records/SY.js';
import { SI } from './ika/records/SI.js';
import { IY } from './ika/records/IY.js';
import { TO } from './ika/records/TO.js';
import { CO } from './ika/records/CO.js';
import { SJ } from './ika/records/SJ.js';
import { TI } from './ika/records/TI.js';
import { TR } from './ika/records/TR.js';
import { TS } from './ika/records/TS.js';
import { GO } from './ika/records/GO.js';
import { HI } from './returns/records/HI.js';
import { HR } from './returns/records/HR.js';
import { HG } from './returns/records/HG.js';
import { RC } from './returns/records/RC.js';
import { JY } from './returns/records/JY.js';
import { EX } from './returns/records/EX.js';
import { MN } from './returns/records/MN.js';
import { MD } from './returns/records/MD.js';
import { RT } from './returns/records/RT.js';
import { JR } from './returns/records/JR.js';
import { MK } from './returns/records/MK.js';
import { ON } from './returns/records/ON.js';
import { HISTORY_PREFIX } from './returns/records/prefix.js';
import { IKA_CODE_TABLES } from './ika/codes.js';
import { RETURN_CODE_TABLES } from './returns/codes.js';

/** Every record table, by レコード識別情報. */
export const RECORDS = {
  IR, RE, HO, KO, SN, JD, MF, GR, SY, SI, IY, TO, CO, SJ, TI, TR, TS, GO,
  HI, HR, HG, RC, JY, EX, MN, MD, RT, JR, MK, ON,
} as const;

export type RecordDefs = typeof RECORDS;
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
  return isRecordId(id) ? (RECORDS[id] as RecordDef) : undefined;
}

/** Every code table, by id (`ika:N`, `ret:…`). */
export const CODE_TABLES: ReadonlyMap<string, CodeTable> = new Map(
  [...IKA_CODE_TABLES, ...RETURN_CODE_TABLES].map((t) => [t.id, t as CodeTable]),
);

export function codeTable(id: string): CodeTable | undefined {
  return CODE_TABLES.get(id);
}

/** Meaning of `code` in table `id`, or undefined when it is not listed. */
export function codeMeaning(id: string, code: string): string | undefined {
  const t = CODE_TABLES.get(id);
  if (!t) return undefined;
  const m = t.codes[code];
  if (m !== undefined) return m;
  for (const o of t.open ?? []) if (new RegExp(o.pattern).test(code)) return o.meaning;
  return undefined;
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
