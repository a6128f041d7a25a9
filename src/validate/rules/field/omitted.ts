import { CLAIM_PRESETS, defineFieldRule } from '../define.js';

export const omitted = defineFieldRule({
  id: 'field/omitted',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'field',
  history: false,
  description: 'A field the spec says to leave empty (予備, 「記録を省略する」) is empty in the claim data a 医療機関 sends.',
  descriptionJa: '「記録を省略する」項目（予備等）は、保険医療機関が請求するデータでは空とする。',
  why:
    'Warning on re-claimed receipts: there the 請求データ started as the payer’s returned data, and the spec keeps payer-recorded values in some of these fields (SN 保険者番号等（資格確認） “一次請求の場合は省略”). RE field 20 on re-claims is resubmit/re-field-20 (error). Not in the return preset: payers fill these fields.',
  whyJa:
    '再請求のレセプトでは警告とする：その請求データは保険者から返戻されたデータから始まっており、仕様はこれらの項目の一部に保険者が記録した値を残す（SN 保険者番号等（資格確認） “一次請求の場合は省略”）。再請求の RE 第20項目は resubmit/re-field-20（エラー）が扱う。返戻のプリセットでは実行しない：保険者がこれらの項目を記録するため。',
  reference: '第1章3(4) 各レコード「記録を省略する」',
  applies: (f) => f.required === 'omit' && f.pos > 1,
  check(v, ctx) {
    if (v.length === 0) return;
    const reclaimed = v.receipt?.reclaimed === true;
    if (reclaimed && v.spec.reclaimRule) return;
    ctx.report(omitted, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: 'empty (記録を省略する)',
      found: `${v.length} bytes`,
      params: { bytes: v.length },
      severity: reclaimed ? 'warning' : undefined,
    });
  },
});
