import { ALL_PRESETS, defineRule } from '../define.js';

export const unprefixedLine = defineRule({
  id: 'history/unprefixed-line',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    for (const rec of info.history) {
      if (!rec.prefixed && rec.table.end[rec.index]! > rec.table.start[rec.index]!) {
        ctx.report(unprefixedLine, { rec, at: rec.offset, expected: 'データ識別,行番号,枝番号 prefix', found: 'no prefix', params: {} });
      }
    }
  },
});
