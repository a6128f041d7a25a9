import { CLAIM_PRESETS, defineRule } from '../define.js';

export const unprefixedHr = defineRule({
  id: 'resubmit/unprefixed-hr',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    if (info.kind !== 'UKE' && info.kind !== 'unknown') return;
    for (const rec of info.reasons) {
      if (rec.id === 'HR') ctx.report(unprefixedHr, { rec, at: rec.offset, expected: 'no 返戻理由データ', found: 'HR', params: {} });
    }
  },
});
