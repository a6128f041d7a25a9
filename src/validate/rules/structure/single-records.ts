import type { Rec } from '../../../model/record.js';
import { isLow } from '../../engine/compile.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { compileOrder } from './order.js';

/**
 * 複数不可: at most one record of each slot the kind's structure table marks `single` per receipt (訪問看護: HO, GI,
 * RJ; 医科: HO, GR …). Counted over the receipt's own records, before a block with an order of its own (医科 臓器提供者).
 */
export const singleRecords = defineRule({
  id: 'structure/single-records',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    const st = ctx.file.kindDef?.structure;
    if (!st) return;
    const o = compileOrder(st);
    const singles = new Set(st.receipt.filter((s) => s.single).flatMap((s) => s.ids));
    if (singles.size === 0) return;
    const seen = new Map<string, Rec>();
    for (const rec of info.claim) {
      if (rec.prefixed) continue;
      const b = o.opens.get(rec.id);
      if (b && !b.inline) break; // a donor block: its records are not the receipt's
      if (!singles.has(rec.id) || rec === info.re) continue;
      if (seen.has(rec.id)) {
        ctx.report(singleRecords, { rec, at: rec.offset, expected: `one ${rec.id}`, found: `a second ${rec.id}`, params: { record: rec.id }, severity: isLow(st.confidence) ? 'warning' : undefined });
        continue;
      }
      seen.set(rec.id, rec);
    }
  },
});
