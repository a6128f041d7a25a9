import type { Rec } from '../../../model/record.js';
import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/** 診療識別 that stand outside the order: 99 全体に係る識別コード (a comment on the whole receipt). */
const UNORDERED = new Set(['99']);

export const practiceOrder = defineRule({
  id: 'structure/practice-order',
  severity: 'warning',
  presets: ALL_PRESETS,
  kinds: ['ika'],
  scope: 'receipt',
  receipt(info, ctx) {
    const st = ctx.file.kindDef?.structure.practiceRun;
    if (!st) return;
    let max = '';
    let maxAt: Rec | undefined;
    for (const r of info.claim) {
      if (r.id === 'TI') break; // the 臓器提供者 block has its own 摘要
      if (r.prefixed || (!st.ids.includes(r.id) && !st.transparent.includes(r.id))) continue;
      const c = keyText(r, 'practiceCategory');
      if (!/^\d{2}$/.test(c) || UNORDERED.has(c)) continue;
      if (c < max) {
        ctx.report(practiceOrder, { rec: r, field: keyRef(r, 'practiceCategory'), at: keySpan(r, 'practiceCategory'), expected: `診療識別 ≥ ${max} (after line of ${maxAt!.id} ${max})`, found: c, params: { code: c, after: max } });
        return; // once per receipt
      }
      max = c;
      maxAt = r;
    }
  },
});
