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
