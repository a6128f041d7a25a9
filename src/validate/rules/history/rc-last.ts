import { ALL_PRESETS, defineRule } from '../define.js';
import { trailingMn } from '../search-number.js';

export const rcLast = defineRule({
  id: 'history/rc-last',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    const h = info.history;
    if (h.length === 0) return;
    const last = h[h.length - 1]!;
    if (last.prefixed && last.id === 'RC') return;
    if (trailingMn(info)) {
      if (!ctx.file.isReturn) ctx.report(rcLast, { rec: last, at: last.offset, expected: 'RC last', found: 'MN after RC', params: { found: 'MN', after: 'RC' }, severity: 'warning' });
      return;
    }
    ctx.report(rcLast, { rec: last, at: last.offset, expected: 'RC last', found: last.id || '?', params: { found: last.id || '?' } });
  },
});
