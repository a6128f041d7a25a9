import type { Rec } from '../../../model/record.js';
import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { blockOpeners } from '../../../spec/structure.js';

export const practiceOrder = defineRule({
  id: 'structure/practice-order',
  severity: 'warning',
  presets: ALL_PRESETS,
  kinds: ['ika'],
  scope: 'receipt',
  receipt(info, ctx) {
    const structure = ctx.file.kindDef?.structure;
    const st = structure?.practiceRun;
    if (!structure || !st) return;
    const blocks = blockOpeners(structure);
    let max = '';
    let maxAt: Rec | undefined;
    for (const r of info.claim) {
      if (blocks.has(r.id)) break; // a block (臓器提供者) has its own 摘要
      if (r.prefixed || (!st.ids.includes(r.id) && !st.transparent.includes(r.id))) continue;
      const c = keyText(r, 'practiceCategory');
      if (!/^\d{2}$/.test(c) || st.unordered?.includes(c)) continue;
      if (c < max) {
        ctx.report(practiceOrder, { rec: r, field: keyRef(r, 'practiceCategory'), at: keySpan(r, 'practiceCategory'), expected: `診療識別 ≥ ${max} (after line of ${maxAt!.id} ${max})`, found: c, params: { code: c, after: max } });
        return; // once per receipt
      }
      max = c;
      maxAt = r;
    }
  },
});
