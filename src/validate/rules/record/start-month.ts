import { ALL_RECORD_DEFS } from '../../../spec/kinds.js';
import type { RecordDef, SinceDef } from '../../../spec/types.js';
import { contextOf } from '../../engine/context.js';
import { fieldAt, fieldEmpty } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

interface Dated {
  /** The record's own start, if any. */
  readonly record: SinceDef | undefined;
  readonly fields: readonly { readonly pos: number; readonly key: string; readonly name: string; readonly since: SinceDef }[];
  /** The latest start of the record or any of its fields: a month from it on needs no look at the fields. */
  readonly latest: string;
}

const cache = new WeakMap<RecordDef, Dated | null>();

/** The start months of a table and its fields (once per table); null when it has none. */
function dated(def: RecordDef): Dated | null {
  let d = cache.get(def);
  if (d === undefined) {
    const fields = def.fields.flatMap((f, i) => (f.since ? [{ pos: i + 1, key: f.key, name: f.name, since: f.since }] : []));
    const months = [...(def.since ? [def.since.month] : []), ...fields.map((f) => f.since.month)];
    d = months.length === 0 ? null : { record: def.since, fields, latest: months.sort().at(-1)! };
    cache.set(def, d);
  }
  return d;
}

const RECORD_IDS = [...new Set(ALL_RECORD_DEFS.filter((d) => dated(d) !== null).map((d) => d.id))];

/** YYYYMM as “2021年9月” for messages. */
function label(ym: string): string {
  return `${ym.slice(0, 4)}年${Number(ym.slice(4, 6))}月`;
}

export const startMonth = defineRule({
  id: 'record/start-month',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: RECORD_IDS,
  record(rec, info, ctx) {
    if (rec.prefixed || !info) return;
    const def = rec.def;
    if (!def || def.family !== 'claim') return;
    const d = dated(def);
    if (!d) return;
    const month = contextOf(rec, info, ctx.file.kindDef).month;
    if (month === '' || month >= d.latest) return; // the common case
    if (d.record && month < d.record.month) {
      ctx.report(startMonth, {
        rec,
        expected: `from ${d.record.month} (診療年月)`,
        found: `診療年月 ${month}`,
        params: { what: 'record', since: label(d.record.month), month: label(month), skipped: d.record.skipped ? 1 : 0 },
        severity: d.record.skipped ? 'warning' : undefined,
      });
      return; // the record as a whole: its fields need no finding of their own
    }
    for (const f of d.fields) {
      if (month >= f.since.month || fieldEmpty(rec, f.pos)) continue;
      ctx.report(startMonth, {
        rec,
        field: { key: f.key, name: f.name, position: f.pos },
        at: fieldAt(rec, f.pos),
        expected: `empty before ${f.since.month} (診療年月)`,
        found: `recorded, 診療年月 ${month}`,
        params: { what: 'field', since: label(f.since.month), month: label(month), skipped: f.since.skipped ? 1 : 0 },
        severity: f.since.skipped ? 'warning' : undefined,
      });
    }
  },
});
