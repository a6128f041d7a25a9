import { fieldRef, fieldText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { checkDigit, checkDigitOk } from './check-digit.js';
import { INSURER_SHAPE } from './insurer-number.js';

export const insurerCheckDigit = defineRule({
  id: 'cross/insurer-check-digit',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['HO'],
  description: 'The last digit of HO 保険者番号 is its check digit (検証番号, modulus 10 with weights 2-1 from the right).',
  descriptionJa: '保険者番号の末尾の検証番号が正しい（右から２・１の重みを掛けた各桁の和による）。',
  why: 'The algorithm is quoted from the MHLW 設定要領 by one source ([M]); that it also holds for the 6-digit 国保 number is an inference ([INF]), so a 6-digit mismatch is a warning.',
  reference: 'claim-records.md §3.11',
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const v = fieldText(rec, 2);
    if (!INSURER_SHAPE.test(v)) return;
    const n = v.trim();
    if (checkDigitOk(n)) return;
    ctx.report(insurerCheckDigit, {
      rec,
      field: fieldRef('HO', 'insurerNumber'),
      at: rec.span(2)?.start,
      length: 8,
      expected: `check digit ${checkDigit(n.slice(0, -1))}`,
      found: `check digit ${n[n.length - 1]}`,
      params: { value: v, want: checkDigit(n.slice(0, -1)) },
      severity: n.length === 6 ? 'warning' : undefined,
    });
  },
});
