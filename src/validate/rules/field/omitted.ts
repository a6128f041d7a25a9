import { CLAIM_PRESETS, defineFieldRule } from '../define.js';

export const omitted = defineFieldRule({
  id: 'field/omitted',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'field',
  history: false,
  applies: (f) => f.required === 'omit' && f.pos > 1,
  check(v, ctx) {
    if (v.length === 0) return;
    const reclaimed = v.receipt?.reclaimed === true;
    if (reclaimed && v.spec.reclaimRule) return;
    ctx.report(omitted, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: 'empty (記録を省略する)',
      found: `${v.length} bytes`,
      params: { bytes: v.length },
      severity: reclaimed ? 'warning' : undefined,
    });
  },
});
