import { keyLength, keyRef, keySpan } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

export const reField20 = defineRule({
  id: 'resubmit/re-field-20',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  receipt(info, ctx) {
    if (!info.reclaimed) return;
    // (A kind re-claimed by reception number has no history block and no 検索番号: resubmit/reception-number.)
    if (ctx.file.kindDef?.resubmission?.mode === 'reception-number') return;
    const n = keyLength(info.re, 'specVersionInfo');
    if (n === 0) return;
    ctx.report(reField20, { rec: info.re, field: keyRef(info.re, 'specVersionInfo'), at: keySpan(info.re, 'specVersionInfo'), length: n, expected: 'empty', found: `${n} bytes`, params: { bytes: n } });
  },
});
