/**
 * The full descriptors: every claim kind with its 記録内容 notes, sources and code meanings, as transcribed in
 * src/spec/<kind>/. This is what the public API exports as `KINDS`, `ALL_CODE_TABLES`, `RECORDS` …, and what the
 * documentation layer reads (the field reference, code meanings in views, summaries and reason lists). The
 * parser, serializer and validator read the runtime tables (./kinds.ts, ./tables.ts) instead, so that their
 * bundle does not carry any of this.
 */
import { CHOZAI } from './chozai/index.js';
import { DPC } from './dpc/index.js';
import { HOUKAN } from './houkan/index.js';
import { IKA } from './ika/index.js';
import { IKA_RECORDS } from './ika/records/index.js';
import { codeTablesOf, recordDefsOf, recordOf } from './claim-kinds.js';
import { withProps } from './derive.js';
import { meaningIn } from './meaning.js';
import { RETURN_RECORDS } from './returns/records/index.js';
import { ROSAI } from './rosai/index.js';
import { SHIKA } from './shika/index.js';
import type { ClaimKind, CodeTable, KindDef, RecordDef } from './types.js';

export { IKA, SHIKA, CHOZAI, HOUKAN, DPC, ROSAI };

/** Every claim kind's full descriptor. */
export const KINDS: Readonly<Record<ClaimKind, KindDef>> = { ika: IKA, shika: SHIKA, chozai: CHOZAI, houkan: HOUKAN, dpc: DPC, rosai: ROSAI };

/** Every record table of every kind, each once (kinds share some, e.g. the return records). */
export const ALL_RECORD_DEFS: readonly RecordDef[] = /* @__PURE__ */ recordDefsOf(KINDS);

/** Every code table of every kind, by id, with the codes' meanings. */
export const ALL_CODE_TABLES: ReadonlyMap<string, CodeTable> = /* @__PURE__ */ codeTablesOf(KINDS);

/** The 医科 claim records and the return / history records, by レコード識別情報 (the typed public API). */
export const RECORDS = /* @__PURE__ */ withProps(IKA_RECORDS, RETURN_RECORDS);

/** Every code table, by id, with the codes' meanings (the public name of {@link ALL_CODE_TABLES}). */
export const CODE_TABLES: ReadonlyMap<string, CodeTable> = ALL_CODE_TABLES;

/** The full table of a 医科 or return record, by レコード識別情報. */
export function recordDef(id: string): RecordDef | undefined {
  return recordOf(RECORDS, id);
}

/** A code table with its meanings, by id. */
export function codeTable(id: string): CodeTable | undefined {
  return ALL_CODE_TABLES.get(id);
}

/** Meaning of `code` in table `id`, or undefined when it is not listed. */
export function codeMeaning(id: string, code: string): string | undefined {
  return meaningIn(ALL_CODE_TABLES.get(id), code);
}
