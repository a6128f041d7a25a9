import { CLAIM_PRESETS, defineRule } from '../define.js';

export const unprefixedHr = defineRule({
  id: 'resubmit/unprefixed-hr',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  description: 'A claim file has no unprefixed HR: the 返戻理由データ of a returned receipt is deleted before re-claiming (the prefixed HR in the history block stay).',
  descriptionJa: '請求ファイルに履歴管理情報のない返戻理由レコード（HR）を記録しない（再請求時は返戻理由データを削除し、履歴管理ブロック内の HR は残す）。',
  reference: 'return-files.md §5.1, §5.2 2',
  receipt(info, ctx) {
    if (info.kind !== 'UKE' && info.kind !== 'unknown') return;
    for (const rec of info.reasons) {
      if (rec.id === 'HR') ctx.report(unprefixedHr, { rec, at: rec.offset, expected: 'no 返戻理由データ', found: 'HR', params: {} });
    }
  },
});
