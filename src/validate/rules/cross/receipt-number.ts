import { keyInt, keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

export const receiptNumber = defineRule<{ next: number | undefined; first: boolean }>({
  id: 'cross/receipt-number',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'file',
  init: () => ({ next: undefined, first: true }),
  receipt(info, ctx, s) {
    if (s.first) {
      s.first = false;
      const hv = ctx.file.headerVolume;
      s.next = hv === '' || hv === '00' ? 1 : undefined;
    }
    const n = keyInt(info.re, 'receiptNumber');
    if (n === null || n === undefined) {
      s.next = undefined;
      return;
    }
    if (s.next !== undefined && n !== s.next) {
      ctx.report(receiptNumber, { rec: info.re, field: keyRef(info.re, 'receiptNumber'), at: keySpan(info.re, 'receiptNumber'), expected: String(s.next), found: keyText(info.re, 'receiptNumber'), params: { want: s.next, value: n } });
    }
    s.next = n + 1;
  },
});
