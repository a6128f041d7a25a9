import { keyLength, keyRef, keySpan } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

export const searchNumberOmitted = defineRule({
  id: 'cross/search-number-omitted',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  description: 'A first-claim receipt (no history block) has no RE 検索番号; only returned and re-claimed receipts carry one.',
  descriptionJa: '一次請求のレセプト（履歴管理ブロックなし）には検索番号を記録しない。',
  reference: 'RE 検索番号 備考1「一次請求の場合は、記録を省略する」',
  receipt(info, ctx) {
    if (!info.firstClaim) return;
    const n = keyLength(info.re, 'searchNumber');
    if (n === 0) return;
    ctx.report(searchNumberOmitted, { rec: info.re, field: keyRef(info.re, 'searchNumber'), at: keySpan(info.re, 'searchNumber'), length: n, expected: 'empty (一次請求)', found: `${n} characters`, params: { length: n } });
  },
});
