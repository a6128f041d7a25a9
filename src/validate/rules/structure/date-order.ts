import { CLAIM_KINDS, KINDS } from '../../../spec/kinds.js';
import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/** Records in ascending date order, as the kind's structure lists them (StructureDef.dateOrder: 訪問看護 KA 算定年月日). */
export const dateOrder = defineRule({
  id: 'structure/date-order',
  severity: 'error',
  presets: ALL_PRESETS,
  kinds: CLAIM_KINDS.filter((k) => KINDS[k].structure.dateOrder),
  scope: 'receipt',
  receipt(info, ctx) {
    const defs = ctx.file.kindDef?.structure.dateOrder;
    if (!defs) return;
    for (const d of defs) {
      let last = '';
      for (const rec of info.claim) {
        if (rec.prefixed || !d.ids.includes(rec.id)) continue;
        const v = keyText(rec, d.key);
        if (!/^\d{8}$/.test(v)) continue; // field rules
        if (v < last) {
          ctx.report(dateOrder, { rec, field: keyRef(rec, d.key), at: keySpan(rec, d.key), expected: `on or after ${last}`, found: v, params: { record: rec.id, date: v, after: last }, ...(d.confidence ? { severity: 'warning' as const } : {}) });
          return;
        }
        last = v;
      }
    }
  },
});
