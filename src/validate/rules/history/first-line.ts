import { ALL_PRESETS, defineRule } from '../define.js';
import { historyHead, trailingMn } from '../search-number.js';

export const firstLine = defineRule({
  id: 'history/first-line',
  severity: 'warning',
  presets: ALL_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    const first = historyHead(info);
    if (!first || !first.prefixed) return;
    if (first.id === 'RE' || first.id === 'MN') return;
    if (trailingMn(info)) return; // the insurer-side order: …, RC, MN
    ctx.report(firstLine, { rec: first, at: first.offset, expected: 'RE or MN', found: first.id || '?', params: { found: first.id || '?' } });
  },
});
