import { defineRule, RETURN_PRESET } from '../define.js';

export const historyMissing = defineRule({
  id: 'return/history-missing',
  severity: 'warning',
  presets: RETURN_PRESET,
  scope: 'receipt',
  receipt(info, ctx) {
    if (!ctx.file.isReturn || info.history.length > 0 || !ctx.file.kindDef?.returns?.history) return;
    ctx.report(historyMissing, { rec: info.re, at: info.re.offset, expected: 'history block', found: 'none', params: {} });
  },
});
