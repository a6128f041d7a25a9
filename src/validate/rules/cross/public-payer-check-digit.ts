import { fieldRef, fieldText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { checkDigit, checkDigitOk } from './check-digit.js';

export const publicPayerCheckDigit = defineRule({
  id: 'cross/public-payer-check-digit',
  severity: 'warning',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['KO'],
  description: 'The last digit of KO 公費負担者番号 is its check digit (same algorithm as 保険者番号).',
  descriptionJa: '公費負担者番号の末尾の検証番号が正しい（保険者番号と同じ計算方法）。',
  why: 'That 公費負担者番号 uses the 保険者番号 algorithm is an inference ([INF]), and 地方単独 公費 numbers are set by each municipality.',
  reference: 'claim-records.md §3.11',
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const v = fieldText(rec, 2);
    if (!/^\d{8}$/.test(v) || checkDigitOk(v)) return;
    ctx.report(publicPayerCheckDigit, { rec, field: fieldRef('KO', 'payerNumber'), at: rec.span(2)?.start, length: 8, expected: `check digit ${checkDigit(v.slice(0, 7))}`, found: `check digit ${v[7]}`, params: { value: v, want: checkDigit(v.slice(0, 7)) } });
  },
});
