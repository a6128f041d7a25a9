import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

export const required = defineFieldRule({
  id: 'field/required',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  digitsSafe: true,
  onEmpty: true,
  applies: (f) => f.required === 'required' && f.pos > 1,
  check(v, ctx) {
    if (v.length > 0) return;
    ctx.report(required, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: 0,
      expected: `${v.spec.modeName} value`,
      found: 'empty',
      severity: confidenceSeverity(v),
    });
  },
});
