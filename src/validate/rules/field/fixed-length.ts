import { ALL_PRESETS, confidenceSeverity, defineFieldRule, widthShape } from '../define.js';

export const fixedLength = defineFieldRule({
  id: 'field/fixed-length',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: true,
  digitsSafe: true,
  applies: (f) => f.fixed && f.pos > 1,
  check(v, ctx) {
    const n = v.length;
    if (n >= v.spec.max) return; // longer: field/max-bytes
    const k = v.spec.kind;
    if ((k === 'ym' || k === 'ymd') && n === v.spec.max - 1 && v.allDigits()) return; // 和暦 GYYMM / GYYMMDD
    if (v.scan().bad) return;
    ctx.report(fixedLength, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: n,
      expected: widthShape(v),
      found: `${n} bytes`,
      params: { max: v.spec.max, bytes: n },
      severity: confidenceSeverity(v),
    });
  },
});
