import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const publicPayerNumber = defineRule({
  id: 'cross/public-payer-number',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['KO'],
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const v = keyText(rec, 'payerNumber');
    if (v === '' || /^\d{8}$/.test(v)) return;
    ctx.report(publicPayerNumber, { rec, field: keyRef(rec, 'payerNumber'), at: keySpan(rec, 'payerNumber'), length: v.length, expected: '8 digits', found: /^\d+$/.test(v.trim()) ? `${v.trim().length} digits${v.length !== v.trim().length ? ' with spaces' : ''}` : 'other characters', params: { value: v } });
  },
});
