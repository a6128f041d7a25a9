import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

export const benefitRatio = defineRule({
  id: 'cross/benefit-ratio',
  severity: 'warning',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
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
