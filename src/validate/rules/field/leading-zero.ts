import { valueParams } from '../../engine/read.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

export const leadingZero = defineFieldRule({
  id: 'field/leading-zero',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  digitsSafe: true,
  applies: (f) => (f.kind === 'integer' || f.kind === 'decimal') && f.pos > 1,
  check(v, ctx) {
    if (v.length < 2 || v.buf[v.start] !== 0x30) return;
    const next = v.buf[v.start + 1]!;
    if (next === 0x2e || next < 0x30 || next > 0x39) return; // "0.5" is fine; non-digits: field/mode
    ctx.report(leadingZero, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: 'no leading zeros',
      found: `leading zero (${v.length} digits)`,
      params: valueParams(v, ctx.showPersonalData),
      severity: confidenceSeverity(v),
    });
  },
});
