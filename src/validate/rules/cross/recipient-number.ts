import { keyLength, keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const recipientNumber = defineRule({
  id: 'cross/recipient-number',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['KO'],
  description: 'KO 受給者番号, when recorded, is 7 digits (zero-padded); it is omitted for 医療観察法 (法別 30).',
  descriptionJa: '公費の受給者番号は７桁で記録する（７桁に満たない場合は先頭から“0”を記録する）。医療観察法（法別３０）の場合は省略する。',
  reference: 'KO 受給者番号',
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const n = keyLength(rec, 'recipientNumber');
    if (n === 0) return;
    const houbetsu = keyText(rec, 'payerNumber').slice(0, 2);
    const field = keyRef(rec, 'recipientNumber');
    if (houbetsu === '30') {
      ctx.report(recipientNumber, { rec, field, at: keySpan(rec, 'recipientNumber'), length: n, expected: 'empty (法別 30)', found: `${n} bytes`, params: { problem: 'law30' } });
      return;
    }
    const v = keyText(rec, 'recipientNumber');
    if (/^\d{7}$/.test(v)) return;
    ctx.report(recipientNumber, { rec, field, at: keySpan(rec, 'recipientNumber'), length: n, expected: '7 digits', found: /^\d+$/.test(v) ? `${v.length} digits` : `${n} bytes, not all digits`, params: { problem: 'shape' } });
  },
});
