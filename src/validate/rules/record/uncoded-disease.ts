import { fieldEmpty, fieldRef, fieldText, posOf, fieldAt } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

const CODE = posOf('SY', 'diseaseCode');
const NAME = posOf('SY', 'diseaseName');

export const uncodedDisease = defineRule({
  id: 'record/uncoded-disease',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['SY'],
  description: 'SY 傷病名称 is recorded exactly when 傷病名コード is the 未コード化傷病名 code “0000999”.',
  descriptionJa: '傷病名称は、傷病名コードが未コード化傷病名（“0000999”）の場合に限り記録する（その場合は必須）。',
  reference: 'SY 傷病名称「未コード化傷病名（“0000999”）に限り、当該傷病名を記録する。その他の場合は、記録を省略する。」',
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const code = fieldText(rec, CODE);
    if (code === '') return;
    const uncoded = code === '0000999';
    const hasName = !fieldEmpty(rec, NAME);
    if (uncoded === hasName) return;
    ctx.report(uncodedDisease, {
      rec,
      field: fieldRef('SY', 'diseaseName'),
      at: fieldAt(rec, NAME),
      expected: uncoded ? '傷病名称 recorded (code 0000999)' : '傷病名称 empty (coded disease)',
      found: uncoded ? 'empty' : 'recorded',
      params: { uncoded: uncoded ? 1 : 0 },
    });
  },
});
