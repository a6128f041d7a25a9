import { ALL_RECORD_DEFS } from '../../../spec/kinds.js';
import type { InpatientRule, RecordDef } from '../../../spec/types.js';
import { isLow } from '../../engine/compile.js';
import { contextOf } from '../../engine/context.js';
import { fieldAt, fieldEmpty } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

interface Bound {
  readonly pos: number;
  readonly key: string;
  readonly name: string;
  readonly rule: InpatientRule;
  readonly low: boolean;
}

const cache = new WeakMap<RecordDef, readonly Bound[]>();

/** The fields of a table with an `inpatient` attribute (once per table). */
function bound(def: RecordDef): readonly Bound[] {
  let l = cache.get(def);
  if (!l) {
    l = def.fields.flatMap((f, i) => (f.inpatient ? [{ pos: i + 1, key: f.key, name: f.name, rule: f.inpatient, low: isLow(def.confidence) || isLow(f.confidence) }] : []));
    cache.set(def, l);
  }
  return l;
}

const RECORD_IDS = [...new Set(ALL_RECORD_DEFS.filter((d) => bound(d).length > 0).map((d) => d.id))];

export const inpatient = defineRule({
  id: 'record/inpatient',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: RECORD_IDS,
  description:
    'Fields for 入院 receipts follow レセプト種別 (in a 臓器提供者レセプト, 臓器提供者レセプト種別): 入院年月日 is recorded on 入院 receipts and omitted otherwise; 病棟区分 and the 食事療養・生活療養 fields only on 入院 receipts.',
  descriptionJa:
    'レセプト種別（臓器提供者レセプトは臓器提供者レセプト種別）が入院の場合は入院年月日を記録し、その他の場合は省略する。病棟区分及び食事療養・生活療養の回数・合計金額は入院レセプトの場合に限り記録する。',
  why: 'The fields are the tables’ `inpatient` attribute (RE, HO, KO, TR, TS). Warning on fields that rest on [L]/[INF] facts.',
  whyJa: '対象の項目は表の `inpatient` 属性である（RE、HO、KO、TR、TS）。[L]/[INF] の事実に基づく項目では警告とする。',
  reference: 'RE 入院年月日・病棟区分 (R04 l.484–495), HO/KO 食事療養・生活療養 (l.690–701, l.792–800), TR 入院年月日・病棟区分 (l.1436–1447), TS 食事療養・生活療養 (l.1479–1490)',
  record(rec, info, ctx) {
    if (rec.prefixed || !info) return;
    const def = rec.def;
    if (!def || def.family !== 'claim') return;
    const list = bound(def);
    if (list.length === 0) return;
    const c = contextOf(rec, info, ctx.file.kindDef);
    if (c.inpatient === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      const empty = fieldEmpty(rec, f.pos);
      const field = { key: f.key, name: f.name, position: f.pos };
      const donor = c.donor ? 1 : 0;
      if (c.inpatient) {
        if (f.rule === 'required' && empty) {
          ctx.report(inpatient, { rec, field, at: fieldAt(rec, f.pos), expected: `${f.name} on an 入院 receipt`, found: 'empty', params: { problem: 'missing', donor }, severity: f.low ? 'warning' : undefined });
        }
      } else if (!empty) {
        ctx.report(inpatient, { rec, field, at: fieldAt(rec, f.pos), expected: 'empty on an 入院外 receipt', found: 'recorded', params: { problem: 'outpatient', donor }, severity: f.low ? 'warning' : undefined });
      }
    }
  },
});
