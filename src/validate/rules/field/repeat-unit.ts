import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

export const repeatUnit = defineFieldRule({
  id: 'field/repeat-unit',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  applies: (f) => f.repeat !== undefined && f.pos > 1,
  check(v, ctx) {
    const unit = v.spec.repeat!.unit;
    if (v.length === 0 || v.length % unit === 0) return;
    ctx.report(repeatUnit, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: `multiple of ${unit} bytes`,
      found: `${v.length} bytes`,
      params: { unit, bytes: v.length },
      severity: confidenceSeverity(v),
    });
  },
});
