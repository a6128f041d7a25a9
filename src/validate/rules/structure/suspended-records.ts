import { CLAIM_KINDS, KINDS } from '../../../spec/kinds.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

/** Records the kind's structure table marks `suspended` (訪問看護 GI: 当分の間、記録を省略する) are not recorded. */
export const suspendedRecords = defineRule({
  id: 'structure/suspended-records',
  severity: 'warning',
  presets: CLAIM_PRESETS,
  kinds: CLAIM_KINDS.filter((k) => KINDS[k].structure.receipt.some((s) => s.suspended)),
  scope: 'receipt',
  receipt(info, ctx) {
    const slots = ctx.file.kindDef?.structure.receipt.filter((s) => s.suspended);
    if (!slots?.length) return;
    for (const rec of info.claim) {
      if (rec.prefixed) continue;
      const slot = slots.find((s) => s.ids.includes(rec.id));
      if (slot) ctx.report(suspendedRecords, { rec, at: rec.offset, expected: `no ${rec.id} (${slot.suspended})`, found: rec.id, params: { record: rec.id } });
    }
  },
});
