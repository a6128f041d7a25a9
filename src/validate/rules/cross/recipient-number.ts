import { keyLength, keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { isLow } from '../../engine/compile.js';

export const recipientNumber = defineRule({
  id: 'cross/recipient-number',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['KO'],
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const n = keyLength(rec, 'recipientNumber');
    const houbetsu = keyText(rec, 'payerNumber').slice(0, 2);
    const field = keyRef(rec, 'recipientNumber');
    if (n === 0) {
      // 受給者番号 is recorded (7 digits) for every 公費 but 医療観察法; an empty one is only right for 法別 30.
      // A KO whose 負担者番号 is itself unreadable is left to the 負担者番号 rules.
      if (houbetsu === '30' || !/^\d{2}$/.test(houbetsu) || !field) return;
      const spec = rec.def!.fields[field.position - 1]!;
      ctx.report(recipientNumber, { rec, field, at: keySpan(rec, 'recipientNumber'), expected: '7 digits', found: 'empty', params: { problem: 'empty' }, severity: isLow(spec.confidence ?? rec.def!.confidence) ? 'warning' : undefined });
      return;
    }
    if (houbetsu === '30') {
      ctx.report(recipientNumber, { rec, field, at: keySpan(rec, 'recipientNumber'), length: n, expected: 'empty (法別 30)', found: `${n} bytes`, params: { problem: 'law30' } });
      return;
    }
    const v = keyText(rec, 'recipientNumber');
    if (/^\d{7}$/.test(v)) return;
    ctx.report(recipientNumber, { rec, field, at: keySpan(rec, 'recipientNumber'), length: n, expected: '7 digits', found: /^\d+$/.test(v) ? `${v.length} digits` : `${n} bytes, not all digits`, params: { problem: 'shape' } });
  },
});
