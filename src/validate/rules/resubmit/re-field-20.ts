import { keyLength, keyRef, keySpan } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

export const reField20 = defineRule({
  id: 'resubmit/re-field-20',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  description: 'In a re-claimed receipt’s 請求データ, RE field 20 (予備; formerly 記録条件仕様年月情報, filled by the payer in return files) is empty again.',
  descriptionJa: '再請求するレセプトの請求データでは、RE の第２０項目（予備。旧 記録条件仕様年月情報。返戻ファイルでは値が入っている）を空にする。',
  reference: 'RE 予備「記録を省略する」; return-files.md §5.2 6',
  receipt(info, ctx) {
    if (!info.reclaimed) return;
    // (A kind re-claimed by reception number has no history block and no 検索番号: resubmit/reception-number.)
    if (ctx.file.kindDef?.resubmission?.mode === 'reception-number') return;
    const n = keyLength(info.re, 'specVersionInfo');
    if (n === 0) return;
    ctx.report(reField20, { rec: info.re, field: keyRef(info.re, 'specVersionInfo'), at: keySpan(info.re, 'specVersionInfo'), length: n, expected: 'empty', found: `${n} bytes`, params: { bytes: n } });
  },
});
