import { ALL_RECORD_DEFS } from '../../../spec/kinds.js';
import type { RecordDef } from '../../../spec/types.js';
import { boundsOf, defOf, fieldInt, positionsOf, recBuffer } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

const DAY_KEYS = Array.from({ length: 31 }, (_, i) => `day${i + 1}`);
const cache = new WeakMap<RecordDef, { times: number; days: number[] } | null>();

function layout(def: RecordDef): { times: number; days: number[] } | null {
  let l = cache.get(def);
  if (l === undefined) {
    const t = positionsOf(def, ['times']);
    const d = positionsOf(def, DAY_KEYS);
    l = t && d && d[30]! - d[0]! === 30 ? { times: t[0]!, days: d } : null;
    cache.set(def, l);
  }
  return l;
}

/** Records that have 回数 and 1日〜31日の情報 (SI, IY, TO …) in any kind, found from the tables. */
const RECORD_IDS = [...new Set(ALL_RECORD_DEFS.filter((d) => layout(d) !== null).map((d) => d.id))];

export const timesSum = defineRule({
  id: 'record/times-sum',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: RECORD_IDS,
  record(rec, _info, ctx) {
    if (rec.prefixed) return; // history lines are the payer's data
    const l = layout(defOf(rec)!);
    if (!l) return;
    const { a: bounds, o, n: nb } = boundsOf(rec);
    const b = recBuffer(rec);
    const k0 = l.days[0]! - 1;
    if (nb - 1 < k0 + 31) return; // short line: field/count
    // one pass over the bytes of 1日〜31日の情報: numbers between commas
    let sum = 0;
    let any = false;
    let cur = 0;
    let has = false;
    const end = bounds[o + k0 + 31]! - 1;
    for (let i = bounds[o + k0]!; i < end; i++) {
      const c = b[i]!;
      if (c === 0x2c) {
        if (has) {
          sum += cur;
          any = true;
        }
        cur = 0;
        has = false;
      } else if (c >= 0x30 && c <= 0x39) {
        cur = cur * 10 + c - 0x30;
        has = true;
      } else return; // field/mode
    }
    if (has) {
      sum += cur;
      any = true;
    }
    if (!any) return;
    const times = fieldInt(rec, l.times);
    if (times === null || times === undefined || times === sum) return;
    const f = defOf(rec)!.fields[l.times - 1]!;
    ctx.report(timesSum, {
      rec,
      field: { key: f.key, name: f.name, position: l.times },
      at: rec.span(l.times)!.start,
      expected: `回数 = ${sum} (sum of days)`,
      found: `回数 ${times}`,
      params: { sum, times },
    });
  },
});
