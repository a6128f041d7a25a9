import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { defineRule } from '../define.js';

/**
 * A re-claim by reception number (the kind's ResubmissionDef mode `reception-number`; 労災 .UKS) carries,
 * in every receipt, the number the payer gave it (RE 電算処理受付番号): a re-claim file holds only
 * re-claimed receipts, and ORCA rejects one without it (26510).
 */
export const resubmitReceptionNumber = defineRule({
  id: 'resubmit/reception-number',
  severity: 'error',
  presets: ['resubmission'],
  scope: 'receipt',
  description: 'In a re-claim file of a kind re-claimed by reception number (労災 RRECnn00.UKS), every receipt carries RE 電算処理受付番号 from the return.',
  descriptionJa: '受付番号で再請求する種類（労災 RRECnn00.UKS）の再請求ファイルでは、すべてのレセプトの RE に返戻ファイルの電算処理受付番号を記録する。',
  reference: 'kinds-nursing-rousai-dental-returns.md §2.4 RE #19, §2.6 (ORCA 26510「再請求レセプトの電算処理受付番号が記録されていません」) [H]',
  receipt(info, ctx) {
    const rn = ctx.file.kindDef?.resubmission;
    if (rn?.mode !== 'reception-number' || !rn.receptionNumber || ctx.file.isReturn) return;
    const key = rn.receptionNumber.key;
    if (keyText(info.re, key) !== '') return;
    ctx.report(resubmitReceptionNumber, { rec: info.re, field: keyRef(info.re, key), at: keySpan(info.re, key) ?? info.re.offset, expected: 'the 電算処理受付番号 from the return', found: 'empty' });
  },
});
