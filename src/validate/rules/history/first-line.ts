import { ALL_PRESETS, defineRule } from '../define.js';
import { historyHead } from '../search-number.js';

export const firstLine = defineRule({
  id: 'history/first-line',
  severity: 'warning',
  presets: ALL_PRESETS,
  scope: 'receipt',
  description: 'A history block starts with a prefixed RE or MN (where the 検索番号 to compare is); 歯科: after the IR that heads the receipt.',
  descriptionJa: '履歴管理ブロックの先頭行は、履歴管理情報を前置した RE 又は MN とする（歯科はレセプト先頭の IR の次）。',
  why: 'Only ORCA’s re-claim check states it (it compares 検索番号 on the first history line); whether a history block may start with IR is unknown ([M]/[INF]).',
  reference: 'return-files.md §4.2, §5.2 (ORCA check_sai)',
  receipt(info, ctx) {
    const first = historyHead(info);
    if (!first || !first.prefixed) return;
    if (first.id === 'RE' || first.id === 'MN') return;
    ctx.report(firstLine, { rec: first, at: first.offset, expected: 'RE or MN', found: first.id || '?', params: { found: first.id || '?' } });
  },
});
