import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { defineRule, RETURN_PRESET } from '../define.js';

export const categoryKind = defineRule({
  id: 'return/category-kind',
  severity: 'warning',
  presets: RETURN_PRESET,
  scope: 'receipt',
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
