import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';
import { historySearchNumbers, validSearchNumber } from '../search-number.js';

export const resubmitSearchNumber = defineRule({
  id: 'resubmit/search-number',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    if (!info.reclaimed) return;
    // (A kind re-claimed by reception number has no history block and no 検索番号: resubmit/reception-number.)
    if (ctx.file.kindDef?.resubmission?.mode === 'reception-number') return;
    const re = info.re;
    const sn = keyText(re, 'searchNumber');
    if (!validSearchNumber(sn)) {
      ctx.report(resubmitSearchNumber, { rec: re, field: keyRef(re, 'searchNumber'), at: keySpan(re, 'searchNumber') ?? re.offset, expected: '17–30 digits', found: sn === '' ? 'empty' : `${sn.length} characters`, params: { problem: 'shape' } });
      return;
    }
    for (const h of historySearchNumbers(info)) {
      if (h.value === sn) continue;
      ctx.report(resubmitSearchNumber, {
        rec: re,
        field: keyRef(re, 'searchNumber'),
        at: keySpan(re, 'searchNumber'),
        expected: `history 検索番号 ${h.value || '(empty)'}`,
        found: sn,
        params: { problem: 'history', value: sn, want: h.value },
        severity: h.trailing ? 'warning' : undefined,
      });
    }
  },
});
