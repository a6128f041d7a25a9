import { ALL_PRESETS, defineRule } from '../define.js';

export const rcLast = defineRule({
  id: 'history/rc-last',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  description: 'A receipt’s history block ends with the RC (レコード管理情報) line.',
  descriptionJa: '履歴管理ブロックの最終行はレコード管理情報レコード（RC）とする。',
  reference: 'return-files.md §2.6, §4.1 (ORCA 21150)',
  receipt(info, ctx) {
    const h = info.history;
    if (h.length === 0) return;
    const last = h[h.length - 1]!;
    if (last.prefixed && last.id === 'RC') return;
    ctx.report(rcLast, { rec: last, at: last.offset, expected: 'RC last', found: last.id || '?', params: { found: last.id || '?' } });
  },
});
