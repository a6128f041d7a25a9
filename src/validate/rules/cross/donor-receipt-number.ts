import { keyInt, keyPos, keyRef, keySpan, keyText } from '../../engine/read.js';
import type { ReceiptInfo } from '../../types.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

interface State {
  /** The receipt of the last TI / TR seen, and the number the next TR should carry (undefined: not checked). */
  info: ReceiptInfo | undefined;
  next: number | undefined;
}

export const donorReceiptNumber = defineRule<State>({
  id: 'cross/donor-receipt-number',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  records: ['TI', 'TR'],
  init: () => ({ info: undefined, next: undefined }),
  record(rec, info, ctx, s) {
    if (rec.prefixed || !info) return;
    if (rec.id === 'TI') {
      s.info = info;
      s.next = 1;
      return;
    }
    if (s.info !== info || keyPos(rec, 'receiptNumber') === 0) {
      s.info = info;
      s.next = undefined; // a TR before any TI: structure/donor-records
      return;
    }
    const n = keyInt(rec, 'receiptNumber');
    if (n === null || n === undefined) {
      s.next = undefined;
      return;
    }
    if (s.next !== undefined && n !== s.next) {
      ctx.report(donorReceiptNumber, { rec, field: keyRef(rec, 'receiptNumber'), at: keySpan(rec, 'receiptNumber'), expected: String(s.next), found: keyText(rec, 'receiptNumber'), params: { want: s.next, value: n } });
    }
    s.next = n + 1;
  },
});
