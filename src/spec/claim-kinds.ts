/** The claim kinds, and what is collected across a set of descriptors (the runtime tables' or the full ones). */
import type { ClaimKind, CodeTable, KindDef, RecordDef } from './types.js';

export const CLAIM_KINDS: readonly ClaimKind[] = ['ika', 'shika', 'chozai', 'houkan', 'dpc', 'rosai'];

export function isClaimKind(k: string): k is ClaimKind {
  return (CLAIM_KINDS as readonly string[]).includes(k);
}

/** Every record table of some kinds, each once (kinds share some, e.g. the return records). */
export function recordDefsOf(kinds: Readonly<Record<ClaimKind, KindDef>>): readonly RecordDef[] {
  return [...new Set(CLAIM_KINDS.flatMap((k) => [...Object.values(kinds[k].records), ...Object.values(kinds[k].returnRecords)]))];
}

/** Every code table of some kinds, by id (`ika:5`, `shika:6`, `ret:henrei-kubun` …: the ids are unique). */
export function codeTablesOf(kinds: Readonly<Record<ClaimKind, KindDef>>): ReadonlyMap<string, CodeTable> {
  return new Map(CLAIM_KINDS.flatMap((k) => kinds[k].codes.map((t) => [t.id, t] as [string, CodeTable])));
}


/** The table of record `id` in a map of tables keyed by レコード識別情報 (own keys only). */
export function recordOf(records: Readonly<Record<string, RecordDef>>, id: string): RecordDef | undefined {
  return Object.prototype.hasOwnProperty.call(records, id) ? records[id] : undefined;
}
