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
