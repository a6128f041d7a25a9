import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

export const benefitRatio = defineRule({
  id: 'cross/benefit-ratio',
  severity: 'warning',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  description:
    'RE 給付割合 is recorded (as a percentage ≤ 100) for 国民健康保険 and 退職者医療 (6-digit or 法別 67 保険者番号) and otherwise omitted, except “30” for 被爆者健康手帳 holders without a 国保 card.',
  descriptionJa: '給付割合は国民健康保険及び退職者医療の場合に百分率で記録し、その他の場合は原則として省略する（被爆者健康手帳の交付を受け国保の被保険者証の交付を受けていない場合は“30”）。',
  why: 'Telling 国保 from the 保険者番号 (6 digits, 法別 67) comes from the reconstructed notes ([M], claim-records.md §3.9–3.10), not from the spec.',
  whyJa:
    '保険者番号（6 桁、法別 67）から国保を判断するのは再構成したノート（[M]、claim-records.md §3.9–3.10）によるもので、仕様によるものではない。',
  reference: 'RE 給付割合; claim-records.md §3.9',
  receipt(info, ctx) {
    const re = info.re;
    const v = keyText(re, 'benefitRatio');
    const field = keyRef(re, 'benefitRatio');
    const at = keySpan(re, 'benefitRatio');
    if (v !== '' && (!/^\d{1,3}$/.test(v) || Number(v) > 100)) {
      ctx.report(benefitRatio, { rec: re, field, at, expected: 'percentage 0–100', found: v, params: { value: v, problem: 'range' } });
      return;
    }
    const ho = info.ho[0];
    const num = ho ? keyText(ho, 'insurerNumber') : '';
    const kokuho = /^ {2}\d{6}$/.test(num) || /^67\d{6}$/.test(num);
    if (kokuho && v === '') {
      ctx.report(benefitRatio, { rec: re, field, at, expected: '給付割合 for 国保/退職', found: 'empty', params: { problem: 'missing' } });
    } else if (!kokuho && v !== '' && v !== '30' && (ho === undefined || /^\d{8}$/.test(num))) {
      ctx.report(benefitRatio, { rec: re, field, at, expected: 'empty (not 国保/退職) or 30', found: v, params: { value: v, problem: 'recorded' } });
    }
  },
});
