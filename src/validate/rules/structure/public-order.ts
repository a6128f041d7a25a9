import { keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

/**
 * 公費 priority by 法別番号, first to last (claim-records.md §1.1, from myclinic-ts kouhi-order.ts, [M]).
 * Numbers not listed (地方単独 etc.) come last.
 */
export const PUBLIC_PRIORITY = ['13', '14', '18', '29', '30', '10', '11', '20', '21', '15', '16', '24', '22', '28', '17', '79', '19', '23', '52', '54', '51', '38', '53', '66', '62', '25', '12'];
const RANK = new Map(PUBLIC_PRIORITY.map((h, i) => [h, i]));

export const publicOrder = defineRule({
  id: 'structure/public-order',
  severity: 'warning',
  presets: CLAIM_PRESETS,
  // The 公費 priority is the same for every kind that records KO by it (訪問看護 R06 第1章3(3)ア(エ) 注3 states it too).
  kinds: ['ika', 'shika', 'chozai', 'dpc', 'houkan'],
  scope: 'receipt',
  receipt(info, ctx) {
    if (info.ko.length < 2) return;
    let prev = -1;
    let prevHoubetsu = '';
    for (const ko of info.ko) {
      const h = keyText(ko, 'payerNumber').slice(0, 2);
      const r = RANK.get(h) ?? PUBLIC_PRIORITY.length;
      if (r < prev) {
        ctx.report(publicOrder, { rec: ko, at: keySpan(ko, 'payerNumber'), expected: `法別 ${h} before 法別 ${prevHoubetsu}`, found: `法別 ${h} after 法別 ${prevHoubetsu}`, params: { houbetsu: h, after: prevHoubetsu } });
        return;
      }
      prev = r;
      prevHoubetsu = h;
    }
  },
});
