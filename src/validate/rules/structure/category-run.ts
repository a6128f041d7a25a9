import type { Rec } from '../../../model/record.js';
import { fieldEmpty, keyEmpty } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const categoryRun = defineRule<{ receipt: number; run: number }>({
  id: 'structure/category-run',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: '*',
  init: () => ({ receipt: -1, run: 0 }),
  record(rec, info, ctx, s) {
    if (!info || rec.prefixed) return;
    const def = ctx.file.kindDef?.structure.practiceRun;
    if (!def) return;
    if (info.ordinal !== s.receipt) {
      s.receipt = info.ordinal;
      s.run = 0;
    }
    const id = rec.id;
    if (def.transparent.includes(id)) return;
    if (!def.ids.includes(id) || !keyEmpty(rec, 'practiceCategory')) {
      s.run = 0;
      return;
    }
    // The record, and (歯科 SS, TO) each 加算 code recorded with it.
    const prefix = def.countKeys?.[id];
    const before = s.run;
    s.run += 1 + (prefix ? countFilled(rec, prefix) : 0);
    if (before <= def.limit && s.run > def.limit) {
      ctx.report(categoryRun, { rec, at: rec.offset, expected: `at most ${def.limit} consecutive records without 診療識別`, found: `${def.limit + 1}th`, params: { limit: def.limit } });
    }
  },
});

/** How many fields whose key is `prefix` + a number are recorded. */
function countFilled(rec: Rec, prefix: string): number {
  const def = rec.def;
  if (!def) return 0;
  let n = 0;
  def.fields.forEach((f, i) => {
    if (f.key.startsWith(prefix) && /^\d+$/.test(f.key.slice(prefix.length)) && !fieldEmpty(rec, i + 1)) n++;
  });
  return n;
}
