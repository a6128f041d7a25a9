import { ALL_PRESETS, defineRule } from '../define.js';

export const unprefixedLine = defineRule({
  id: 'history/unprefixed-line',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  description: 'Once a receipt’s 履歴管理ブロック has started, every line up to the next RE carries the 履歴管理情報 prefix (no 請求データ inside the history block).',
  descriptionJa: '履歴管理ブロックの中に請求データ（履歴管理情報のない行）を記録しない。',
  reference: 'return-files.md §4.1, §5.2 (ORCA 21111)',
  receipt(info, ctx) {
    for (const rec of info.history) {
      if (!rec.prefixed && rec.table.end[rec.index]! > rec.table.start[rec.index]!) {
        ctx.report(unprefixedLine, { rec, at: rec.offset, expected: 'データ識別,行番号,枝番号 prefix', found: 'no prefix', params: {} });
      }
    }
  },
});
