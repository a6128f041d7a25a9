import { readSpecDate } from '../../../codec/dates.js';
import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

const SEIREKI = /^(19|20)\d\d(0[1-9]|1[0-2])$/;

export const serviceMonth = defineRule({
  id: 'cross/service-month',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    // Only against a claim file's header (a return's HI 請求年月 is the month it was claimed in).
    if (!ctx.file.header || ctx.file.header.id !== ctx.file.kindDef?.structure.header) return;
    const b = ctx.file.headerBillingMonth;
    const v = keyText(info.re, 'serviceMonth');
    if (SEIREKI.test(b) && SEIREKI.test(v)) {
      if (v < b) return; // the common case, without building dates
    } else {
      const billing = readSpecDate(b);
      const d = readSpecDate(v);
      if (!billing || billing.precision !== 'month' || !d || d.precision !== 'month') return;
      if (d.iso < billing.iso) return;
    }
    ctx.report(serviceMonth, { rec: info.re, field: keyRef(info.re, 'serviceMonth'), at: keySpan(info.re, 'serviceMonth'), expected: `before ${ctx.file.headerBillingMonth}`, found: v, params: { value: v, billing: ctx.file.headerBillingMonth } });
  },
});
