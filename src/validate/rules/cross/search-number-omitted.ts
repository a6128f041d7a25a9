import { keyLength, keyRef, keySpan } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

export const searchNumberOmitted = defineRule({
  id: 'cross/search-number-omitted',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    if (!info.firstClaim) return;
    const n = keyLength(info.re, 'searchNumber');
    if (n === 0) return;
    ctx.report(searchNumberOmitted, { rec: info.re, field: keyRef(info.re, 'searchNumber'), at: keySpan(info.re, 'searchNumber'), length: n, expected: 'empty (一次請求)', found: `${n} characters`, params: { length: n } });
  },
});
