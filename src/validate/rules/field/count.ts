import { boundsOf, defOf } from '../../engine/read.js';
import { isLow } from '../../engine/compile.js';
import { ALL_PRESETS, defineRule } from '../define.js';


export const fieldCount = defineRule({
  id: 'field/count',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: '*',
  record(rec, _info, ctx) {
    const def = defOf(rec)!;
    const { a: bounds, o, n: nb } = boundsOf(rec);
    const n = nb - 1 - (rec.prefixed ? 3 : 0);
    const want = def.fields.length;
    if (n === want) return;
    const k0 = rec.prefixed ? 3 : 0;
    const at = n > want ? bounds[o + k0 + want]! : rec.table.end[rec.index]!;
    const length = n > want ? rec.table.end[rec.index]! - at : 0;
    ctx.report(fieldCount, {
      rec,
      at,
      length,
      expected: `${want} fields`,
      found: `${n} fields`,
      params: { want, count: n, diff: n - want },
      severity: rec.prefixed || isLow(def.confidence) ? 'warning' : undefined,
    });
  },
});
