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
  receipt(info, ctx) {
    const rn = ctx.file.kindDef?.resubmission;
    if (rn?.mode !== 'reception-number' || !rn.receptionNumber || ctx.file.isReturn) return;
    const key = rn.receptionNumber.key;
    if (keyText(info.re, key) !== '') return;
    ctx.report(resubmitReceptionNumber, { rec: info.re, field: keyRef(info.re, key), at: keySpan(info.re, key) ?? info.re.offset, expected: 'the 電算処理受付番号 from the return', found: 'empty' });
  },
});
