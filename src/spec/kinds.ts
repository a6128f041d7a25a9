/**
 * The registry of claim kinds the parser, serializer and validator read: one {@link KindDef} per kind, and every
 * lookup keyed by (kind, record id) — RE, HO, KO, IY, TO and CO differ between kinds, so no table is found by
 * its record id alone.
 *
 * These are the runtime tables (./tables.ts): the descriptors without their documentation (記録内容 notes,
 * sources, code meanings). The full descriptors, which the public API exports as `KINDS`, are ./docs.ts.
 */
import { CLAIM_KINDS, codeTablesOf, recordDefsOf } from './claim-kinds.js';
import { KINDS } from './tables.js';
import type { ClaimKind, CodeTable, KindDef, RecordDef, StructureDef } from './types.js';

export { KINDS };
export { CLAIM_KINDS, isClaimKind } from './claim-kinds.js';

const formCache = new Map<string, KindDef>();

/**
 * The descriptor a file is read and checked with: the kind's, or — for a file of one of its forms (労災
 * アフターケア) — the kind's with the form's structure, sums, file names, returns and re-claim rules.
 */
export function kindDefOf(kind: ClaimKind, form?: string): KindDef {
  const k = KINDS[kind];
  if (!form) return k;
  const key = `${kind}/${form}`;
  let d = formCache.get(key);
  if (!d) {
    const f = k.forms?.find((x) => x.id === form);
    if (!f) return k;
    d = {
      ...k,
      name: f.name,
      nameEn: f.nameEn,
      structure: f.structure,
      fileNames: f.fileNames,
      amounts: f.amounts,
      headerMonth: f.headerMonth,
      fileSplit: f.fileSplit,
      returns: f.returns,
      resubmission: f.resubmission,
      source: f.source,
      confidence: f.confidence,
      note: f.note,
      form: f.id,
    };
    formCache.set(key, d);
  }
  return d;
}

/**
 * The form of a kind that a file's records make, given how many lines of each record id its first lines
 * hold: the first form whose signature records outnumber the kind's records that only its ordinary
 * file has (so a stray AR in a 労災 file, or a stray RR in an アフターケア file, does not turn the file).
 */
export function formOf(kind: ClaimKind | 'unknown', count: (id: string) => number): string | undefined {
  if (kind === 'unknown') return undefined;
  const k = KINDS[kind];
  for (const f of k.forms ?? []) {
    const own = new Set([f.structure.header, f.structure.trailer, ...f.structure.receipt.flatMap((s) => s.ids)]);
    const baseOnly = [k.structure.trailer, ...k.structure.receipt.flatMap((s) => s.ids)].filter((id) => !own.has(id));
    const sig = f.signature.reduce((n, id) => n + count(id), 0);
    if (sig > 0 && sig > [...new Set(baseOnly)].reduce((n, id) => n + count(id), 0)) return f.id;
  }
  return undefined;
}

/** What a record view needs to find its table: a kind's claim and return records. */
export interface RecordTables {
  readonly records: Readonly<Record<string, RecordDef>>;
  readonly returnRecords: Readonly<Record<string, RecordDef>>;
  /** The kind's claim structure (header, receipt header, trailer), when the tables are a kind's. */
  readonly structure?: StructureDef;
}

/** No tables at all: the records of a file whose kind cannot be told. */
export const NO_TABLES: RecordTables = { records: {}, returnRecords: {} };

/** The table of record `id` in a kind (its claim records first, then its return records). */
export function recordIn(kind: RecordTables, id: string): RecordDef | undefined {
  // Every rule asks for a record's table, for every record: a two-capital id is one array read in the
  // kind's table of all 676 ids (made once per kind; the kinds' tables never change).
  if (id.length === 2) {
    const c0 = id.charCodeAt(0) - 0x41;
    const c1 = id.charCodeAt(1) - 0x41;
    if (c0 >= 0 && c0 < 26 && c1 >= 0 && c1 < 26) {
      if (kind !== lastTables) {
        lastTables = kind;
        lastById = byIdOf(kind);
      }
      return lastById[c0 * 26 + c1];
    }
  }
  return lookUp(kind, id);
}

function lookUp(kind: RecordTables, id: string): RecordDef | undefined {
  return (Object.prototype.hasOwnProperty.call(kind.records, id) ? kind.records[id] : undefined) ?? (Object.prototype.hasOwnProperty.call(kind.returnRecords, id) ? kind.returnRecords[id] : undefined);
}

const byIdCache = new WeakMap<RecordTables, readonly (RecordDef | undefined)[]>();
let lastTables: RecordTables | undefined;
let lastById: readonly (RecordDef | undefined)[] = [];

function byIdOf(kind: RecordTables): readonly (RecordDef | undefined)[] {
  let a = byIdCache.get(kind);
  if (!a) {
    a = Array.from({ length: 26 * 26 }, (_, k) => lookUp(kind, String.fromCharCode(0x41 + Math.floor(k / 26), 0x41 + (k % 26))));
    byIdCache.set(kind, a);
  }
  return a;
}

/** Every record table of every kind (runtime tables). */
export const ALL_RECORD_DEFS: readonly RecordDef[] = recordDefsOf(KINDS);

/** Every record id any kind defines (the byte layer's `record/unknown` is about ids none of them knows). */
export const ALL_RECORD_IDS: ReadonlySet<string> = new Set(CLAIM_KINDS.flatMap((k) => [...Object.keys(KINDS[k].records), ...Object.keys(KINDS[k].returnRecords)]));

/** Every code table of every kind, by id (runtime tables: no meanings, see ./docs.ts). */
export const ALL_CODE_TABLES: ReadonlyMap<string, CodeTable> = codeTablesOf(KINDS);
