import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { defineRule, RETURN_PRESET } from '../define.js';
import { historySearchNumbers, validSearchNumber } from '../search-number.js';

export const returnSearchNumber = defineRule({
  id: 'return/search-number',
  severity: 'error',
  presets: RETURN_PRESET,
  scope: 'receipt',
  receipt(info, ctx) {
    if (!ctx.file.isReturn) return;
    const re = info.re;
    const sn = keyText(re, 'searchNumber');
    if (!validSearchNumber(sn)) {
      ctx.report(returnSearchNumber, { rec: re, field: keyRef(re, 'searchNumber'), at: keySpan(re, 'searchNumber') ?? re.offset, expected: '17–30 digits', found: sn === '' ? 'empty' : `${sn.length} characters`, params: { problem: 'shape' } });
      return;
    }
    for (const hr of info.reasons) {
      if (hr.id !== 'HR') continue;
      const v = keyText(hr, 'searchNumber');
      if (v !== sn) ctx.report(returnSearchNumber, { rec: hr, field: keyRef(hr, 'searchNumber'), at: keySpan(hr, 'searchNumber') ?? hr.offset, expected: `RE 検索番号 ${sn}`, found: v === '' ? 'empty' : v, params: { problem: 'hr', value: v, want: sn } });
    }
    for (const h of historySearchNumbers(info)) {
      if (h.value === sn) continue;
      ctx.report(returnSearchNumber, {
        rec: h.rec,
        field: keyRef(h.rec, 'searchNumber'),
        at: h.rec.span(h.pos)?.start ?? h.rec.offset,
        expected: `RE 検索番号 ${sn}`,
        found: h.value === '' ? 'empty' : h.value,
        params: { problem: h.trailing ? 'history-last' : 'history', value: h.value, want: sn },
        severity: h.trailing ? 'warning' : undefined,
      });
    }
  },
});
