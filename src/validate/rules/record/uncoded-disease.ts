import { keyAt, keyEmpty, keyRef, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';


export const uncodedDisease = defineRule({
  id: 'record/uncoded-disease',
  severity: 'error',
  presets: ALL_PRESETS,
  // SY (医科, DPC, 訪問看護 R06 SY 傷病名称) and HS (歯科, [H]: “0000999” for 未コード化傷病名).
  kinds: ['ika', 'shika', 'dpc', 'houkan'],
  scope: 'record',
  records: ['SY', 'HS'],
  description: 'SY 傷病名称 is recorded exactly when 傷病名コード is the 未コード化傷病名 code “0000999”.',
  descriptionJa: '傷病名称は、傷病名コードが未コード化傷病名（“0000999”）の場合に限り記録する（その場合は必須）。',
  reference: 'SY 傷病名称「未コード化傷病名（“0000999”）に限り、当該傷病名を記録する。その他の場合は、記録を省略する。」',
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const code = keyText(rec, 'diseaseCode');
    if (code === '') return;
    const uncoded = code === '0000999';
    const hasName = !keyEmpty(rec, 'diseaseName');
    if (uncoded === hasName) return;
    ctx.report(uncodedDisease, {
      rec,
      field: keyRef(rec, 'diseaseName'),
      at: keyAt(rec, 'diseaseName'),
      expected: uncoded ? '傷病名称 recorded (code 0000999)' : '傷病名称 empty (coded disease)',
      found: uncoded ? 'empty' : 'recorded',
      params: { uncoded: uncoded ? 1 : 0 },
    });
  },
});
