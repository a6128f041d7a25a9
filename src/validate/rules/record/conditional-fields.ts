import { ALL_RECORD_DEFS } from '../../../spec/kinds.js';
import type { FieldDef, RecordDef } from '../../../spec/types.js';
import { isLow } from '../../engine/compile.js';
import { contextOf } from '../../engine/context.js';
import { fieldAt, fieldEmpty, fieldText, positionsOf } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

interface Dependent {
  readonly pos: number;
  readonly def: FieldDef;
  /** Position of the field it depends on. */
  readonly on: number;
  readonly onName: string;
  readonly values: ReadonlySet<string>;
  readonly then: 'required' | 'omit';
  readonly otherwise: 'required' | 'omit' | undefined;
  readonly low: boolean;
}

const cache = new WeakMap<RecordDef, readonly Dependent[]>();

/** The fields of a table with a `dependsOn`, with the position of the field each depends on (once per table). */
function dependents(def: RecordDef): readonly Dependent[] {
  let l = cache.get(def);
  if (!l) {
    const out: Dependent[] = [];
    def.fields.forEach((f, i) => {
      const d = f.dependsOn;
      const on = d ? positionsOf(def, [d.key])?.[0] : undefined;
      if (!d || on === undefined) return;
      out.push({ pos: i + 1, def: f, on, onName: def.fields[on - 1]!.name, values: new Set(d.values), then: d.then, otherwise: d.otherwise, low: isLow(def.confidence) || isLow(f.confidence) });
    });
    l = out;
    cache.set(def, l);
  }
  return l;
}

const RECORD_IDS = [...new Set(ALL_RECORD_DEFS.filter((d) => dependents(d).length > 0).map((d) => d.id))];

function ref(d: Dependent) {
  return { key: d.def.key, name: d.def.name, position: d.pos };
}

export const conditionalFields = defineRule({
  id: 'record/conditional-fields',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: RECORD_IDS,
  record(rec, info, ctx) {
    if (rec.prefixed || !info) return;
    const def = rec.def;
    if (!def || def.family !== 'claim') return;
    const list = dependents(def);
    for (let i = 0; i < list.length; i++) {
      const d = list[i]!;
      const on = fieldText(rec, d.on);
      if (on === '') continue; // field/required reports a missing 区分
      const mode = d.values.has(on) ? d.then : d.otherwise;
      if (mode === undefined) continue;
      const empty = fieldEmpty(rec, d.pos);
      if (mode === 'omit' && !empty) {
        ctx.report(conditionalFields, { rec, field: ref(d), at: fieldAt(rec, d.pos), expected: `empty when ${d.onName} is “${on}”`, found: 'recorded', params: { problem: 'omit', on: d.onName, onValue: on }, severity: d.low ? 'warning' : undefined });
      } else if (mode === 'required' && empty) {
        const since = d.def.since?.month;
        if (since !== undefined) {
          const month = contextOf(rec, info, ctx.file.kindDef).month;
          if (month === '' || month < since) continue;
        }
        ctx.report(conditionalFields, { rec, field: ref(d), at: fieldAt(rec, d.pos), expected: `recorded when ${d.onName} is “${on}”`, found: 'empty', params: { problem: 'missing', on: d.onName, onValue: on }, severity: d.low ? 'warning' : undefined });
      }
    }
  },
});
