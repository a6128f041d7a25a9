import { readSpecDate } from '../../../codec/dates.js';
import { fieldRef, fieldText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

const SEIREKI = /^(19|20)\d\d(0[1-9]|1[0-2])$/;

export const serviceMonth = defineRule({
  id: 'cross/service-month',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  description: 'RE 診療年月 is before IR 請求年月.',
  descriptionJa: '診療年月は請求年月より前である。',
  reference: 'return-files.md §5.2 7 (ORCA 21590)',
  receipt(info, ctx) {
    if (ctx.file.header?.id !== 'IR') return;
    const b = ctx.file.headerBillingMonth;
    const v = fieldText(info.re, 4);
    if (SEIREKI.test(b) && SEIREKI.test(v)) {
      if (v < b) return; // the common case, without building dates
    } else {
      const billing = readSpecDate(b);
      const d = readSpecDate(v);
      if (!billing || billing.precision !== 'month' || !d || d.precision !== 'month') return;
      if (d.iso < billing.iso) return;
    }
    ctx.report(serviceMonth, { rec: info.re, field: fieldRef('RE', 'serviceMonth'), at: info.re.span(4)?.start, expected: `before ${ctx.file.headerBillingMonth}`, found: v, params: { value: v, billing: ctx.file.headerBillingMonth } });
  },
});
