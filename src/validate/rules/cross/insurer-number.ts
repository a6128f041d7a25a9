import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const INSURER_SHAPE = /^(\d{8}| {2}\d{6})$/;

export const insurerNumber = defineRule({
  id: 'cross/insurer-number',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['HO'],
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const v = keyText(rec, 'insurerNumber');
    if (v === '' || INSURER_SHAPE.test(v)) return;
    const digits = v.trim();
    const hint = /^\d{6}$/.test(digits) ? (v.length === 6 ? '6 digits without padding' : '6 digits not right-aligned') : /^\d+$/.test(digits) ? `${digits.length} digits` : 'other characters';
    ctx.report(insurerNumber, { rec, field: keyRef(rec, 'insurerNumber'), at: keySpan(rec, 'insurerNumber'), length: v.length, expected: '8 digits, or "  " + 6 digits', found: hint, params: { value: v } });
  },
});
