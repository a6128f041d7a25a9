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
  description: 'RE カタカナ（氏名） holds full-width katakana only: the 長音 “ー” is allowed, “―”, “－” and spaces (also between 姓 and 名) are not.',
  descriptionJa: 'カタカナ（氏名）は全角カタカナで記録する（“ー”は可、“―”・“－”は不可）。姓と名の間にスペースを記録しない。',
  why: 'Warning on history lines. The value is personal data: the finding gives the position of the first character that does not fit, not the character.',
  whyJa: '履歴行では警告とする。値は個人情報のため、指摘には合わない最初の文字の位置を示し、文字そのものは示さない。',
  reference: 'RE カタカナ（氏名）',
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
