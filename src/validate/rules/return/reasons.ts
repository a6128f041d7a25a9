import { defineRule, RETURN_PRESET } from '../define.js';

export const returnReasons = defineRule({
  id: 'return/reasons',
  severity: 'error',
  presets: RETURN_PRESET,
  scope: 'receipt',
  description: 'Every returned receipt has at least one 返戻理由レコード (HR, unprefixed) right after its 請求データ.',
  descriptionJa: '返戻ファイルの各レセプトは、請求データの直後に返戻理由レコード（HR）を１以上記録する。',
  reference: 'return-files.md §2.3, §4.1',
  receipt(info, ctx) {
    // (A kind whose returns carry no reasons record — 労災 — has none to check.)
    if (!ctx.file.isReturn || !ctx.file.kindDef?.returns?.reasons) return;
    if (info.reasons.some((r) => r.id === 'HR')) return;
    ctx.report(returnReasons, { rec: info.re, at: info.re.offset, expected: 'HR after the claim data', found: 'no HR', params: {} });
  },
});
