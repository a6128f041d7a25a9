import { valueParams } from '../../engine/read.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

export const fractionZero = defineFieldRule({
  id: 'field/fraction-zero',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  digitsSafe: true,
  // Not where the table allows the full width with its zeros (NumberFormatDef.trailingZeros: DPC 医療機関別係数).
  applies: (f) => f.kind === 'decimal' && f.pos > 1 && f.def.number?.trailingZeros !== true,
  check(v, ctx) {
    const b = v.buf;
    let dot = -1;
    for (let i = v.start; i < v.end; i++) if (b[i] === 0x2e) dot = i;
    if (dot < 0 || dot === v.end - 1) return; // no fraction, or a bare trailing "." (field/mode)
    if (b[v.end - 1] !== 0x30) return;
    ctx.report(fractionZero, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: 'no trailing fractional zeros',
      found: 'trailing fractional zero',
      params: valueParams(v, ctx.showPersonalData),
      severity: confidenceSeverity(v),
    });
  },
});
