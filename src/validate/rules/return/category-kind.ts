import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { defineRule, RETURN_PRESET } from '../define.js';

export const categoryKind = defineRule({
  id: 'return/category-kind',
  severity: 'warning',
  presets: RETURN_PRESET,
  scope: 'receipt',
  description: 'HR 返戻区分 fits the file: 1–3 (一次請求返戻) in RECEIPTC.HEN, 4–9 (再審査等返戻) in RECEIPTC.SAH.',
  descriptionJa: '返戻区分がファイルの種類に合っている（一次請求返戻 RECEIPTC.HEN は 1〜3、再審査等返戻 RECEIPTC.SAH は 4〜9）。',
  why: 'The split of 返戻区分 between HEN and SAH is an inference from the code wording ([INF]).',
  whyJa: 'HEN と SAH の間での返戻区分の分け方は、コードの文言からの推定である（[INF]）。',
  reference: 'return-files.md §3.1, §4.3',
  receipt(info, ctx) {
    const kind = info.kind;
    if (kind !== 'HEN' && kind !== 'SAH') return;
    for (const hr of info.reasons) {
      if (hr.id !== 'HR') continue;
      const c = keyText(hr, 'returnCategory');
      if (!/^[1-9]$/.test(c)) continue;
      const sah = c >= '4';
      if (sah === (kind === 'SAH')) continue;
      ctx.report(categoryKind, { rec: hr, field: keyRef(hr, 'returnCategory'), at: keySpan(hr, 'returnCategory'), expected: kind === 'SAH' ? '返戻区分 4–9' : '返戻区分 1–3', found: `返戻区分 ${c}`, params: { value: c, kind } });
    }
  },
});
