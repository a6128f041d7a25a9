import { ALL_PRESETS, confidenceSeverity, defineFieldRule, widthShape } from '../define.js';

export const maxBytes = defineFieldRule({
  id: 'field/max-bytes',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: true,
  digitsSafe: true,
  applies: (f) => f.pos > 1,
  check(v, ctx) {
    if (v.length <= v.spec.max) return;
    ctx.report(maxBytes, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: widthShape(v),
      found: `${v.length} bytes`,
      params: { max: v.spec.max, bytes: v.length },
      severity: confidenceSeverity(v),
    });
  },
});
