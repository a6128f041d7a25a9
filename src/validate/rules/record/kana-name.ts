import { keyAt, keyRef, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/**
 * 全角カタカナ (ァ U+30A1 … ヶ U+30F6) and the 長音 “ー” (0x815B, U+30FC) only: no “―” (0x815C), no
 * “－” (0x817C), no space between 姓 and 名 (RE カタカナ（氏名） 記録内容).
 */
const ALLOWED = /^[\u30a1-\u30f6\u30fc]*$/u;

export const kanaName = defineRule({
  id: 'record/kana-name',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['RE'],
  record(rec, _info, ctx) {
    const v = keyText(rec, 'patientNameKana');
    if (v === '' || ALLOWED.test(v)) return;
    const chars = [...v];
    const index = chars.findIndex((c) => !ALLOWED.test(c)) + 1;
    ctx.report(kanaName, {
      rec,
      field: keyRef(rec, 'patientNameKana'),
      at: keyAt(rec, 'patientNameKana'),
      expected: '全角カタカナ and ー only',
      found: `other character at character ${index}`,
      params: { index },
      severity: rec.prefixed ? 'warning' : undefined,
    });
  },
});
