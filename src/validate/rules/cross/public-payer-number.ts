import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const publicPayerNumber = defineRule({
  id: 'cross/public-payer-number',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['KO'],
  description: 'KO 公費負担者番号 is 8 digits (法別番号 2 + 都道府県 2 + 実施機関 3 + 検証番号 1).',
  descriptionJa: '公費負担者番号は８桁の数字とする。',
  reference: 'KO 負担者番号「公費負担者番号８桁を記録する」',
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const v = keyText(rec, 'payerNumber');
    if (v === '' || /^\d{8}$/.test(v)) return;
    ctx.report(publicPayerNumber, { rec, field: keyRef(rec, 'payerNumber'), at: keySpan(rec, 'payerNumber'), length: v.length, expected: '8 digits', found: /^\d+$/.test(v.trim()) ? `${v.trim().length} digits${v.length !== v.trim().length ? ' with spaces' : ''}` : 'other characters', params: { value: v } });
  },
});
