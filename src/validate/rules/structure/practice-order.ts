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
  description: 'The 摘要 records (SI / IY / TO / CO) of a receipt come in ascending 診療識別 order (11 初診 … 80 その他, 90 入院 …); 99 is not ordered.',
  descriptionJa: '摘要レコード（診療行為・医薬品・特定器材・コメント）は診療識別の昇順に記録する（99 全体に係る識別コードを除く）。',
  why: 'A warning: payers\' 事務点検 flags it, but the R04 text states no order among 摘要 records (「記録の順は自由」 of record types), so it is not an error.',
  whyJa:
    '警告とする：保険者の事務点検では指摘されるが、R04 の本文は摘要レコード間の順を定めておらず（レコードの種類については「記録の順は自由」）、エラーとはしない。',
  reference: '別表20 診療識別コード; payer-side check (not in the R04 text)',
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
