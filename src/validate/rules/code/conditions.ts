/**
 * Shared by the code-condition rules (code/setting, code/period, code/insurance): per record table, the fields
 * whose 別表 gives conditions on some of its codes ({@link CodeTable.conditions}), found once per table.
 */
import type { Rec } from '../../../model/record.js';
import { ALL_RECORD_DEFS, KINDS } from '../../../spec/kinds.js';
import { codeTable } from '../../../spec/registry.js';
import type { CodeCondition, CodeTable, KindDef, RecordDef } from '../../../spec/types.js';
import { isLow } from '../../engine/compile.js';
import { fieldEmpty, fieldText } from '../../engine/read.js';

export interface ConditionedField {
  readonly pos: number;
  readonly key: string;
  readonly name: string;
  /** Width of one code when the field concatenates several (レセプト特記事項), else 0. */
  readonly unit: number;
  readonly table: CodeTable;
  /** The table or the field rests on [L]/[INF] facts. */
  readonly low: boolean;
}

type Pick = (c: CodeCondition) => boolean;

/** The fields that open a receipt of their own in a block (TR 臓器提供者レセプト種別): they define the setting, not follow it. */
const RECEIPT_TYPE_FIELDS = new Set(
  Object.values(KINDS).flatMap((k: KindDef) => (k.structure.blocks ?? []).flatMap((b) => (b.receipt ? [`${b.receipt.record}.${b.receipt.type}`] : []))),
);

const caches = new Map<Pick, WeakMap<RecordDef, readonly ConditionedField[]>>();

/** The fields of `def` whose table has a condition that `pick` selects (cached per table and pick). */
export function conditionedFields(def: RecordDef, pick: Pick): readonly ConditionedField[] {
  let cache = caches.get(pick);
  if (!cache) {
    cache = new WeakMap();
    caches.set(pick, cache);
  }
  let l = cache.get(def);
  if (!l) {
    const out: ConditionedField[] = [];
    def.fields.forEach((f, i) => {
      if (i === 0 || !f.table || RECEIPT_TYPE_FIELDS.has(`${def.id}.${f.key}`)) return;
      const t = codeTable(f.table);
      if (!t?.conditions || !Object.values(t.conditions).some(pick)) return;
      out.push({ pos: i + 1, key: f.key, name: f.name, unit: f.repeat?.unit ?? 0, table: t, low: isLow(def.confidence) || isLow(f.confidence) || isLow(t.confidence) });
    });
    l = out;
    cache.set(def, l);
  }
  return l;
}

/** Record ids (of any kind) that have such fields. */
export function conditionedRecordIds(pick: Pick): string[] {
  return [...new Set(ALL_RECORD_DEFS.filter((d) => conditionedFields(d, pick).length > 0).map((d) => d.id))];
}

/** Calls `each` for every code of the field that has a condition (several for a repeated field). */
export function forEachConditionedCode(rec: Rec, f: ConditionedField, each: (code: string, c: CodeCondition, index: number) => void): void {
  if (fieldEmpty(rec, f.pos)) return;
  const v = fieldText(rec, f.pos);
  const conditions = f.table.conditions!;
  if (f.unit === 0) {
    const c = conditions[v];
    if (c) each(v, c, 1);
    return;
  }
  for (let i = 0, n = 1; i + f.unit <= v.length; i += f.unit, n++) {
    const code = v.slice(i, i + f.unit);
    const c = conditions[code];
    if (c) each(code, c, n);
  }
}

/**
 * The conditioned fields of an unprefixed claim record inside a receipt (the preamble every
 * code-condition rule shares); empty for history lines, records outside a receipt and other records.
 */
export function claimConditionedFields(rec: Rec, info: unknown, pick: Pick): readonly ConditionedField[] {
  const def = rec.def;
  if (rec.prefixed || !info || !def || def.family !== 'claim') return [];
  return conditionedFields(def, pick);
}
