import { defineRule, RETURN_PRESET } from '../define.js';

export const returnReasons = defineRule({
  id: 'return/reasons',
  severity: 'error',
  presets: RETURN_PRESET,
  scope: 'receipt',
  receipt(info, ctx) {
    // (A kind whose returns carry no reasons record — 労災 — has none to check.)
    if (!ctx.file.isReturn || !ctx.file.kindDef?.returns?.reasons) return;
    if (info.reasons.some((r) => r.id === 'HR')) return;
    ctx.report(returnReasons, { rec: info.re, at: info.re.offset, expected: 'HR after the claim data', found: 'no HR', params: {} });
  },
});
