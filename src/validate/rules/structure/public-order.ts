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
  description: 'Several KO are recorded in 公費 priority order (第一公費 first), per the 法別番号 order of 「法別番号及び制度の略称表」.',
  descriptionJa: '公費レコードを複数記録する場合は「法別番号及び制度の略称表」の順番により、先順位の公費を第一公費として最初に記録する。',
  why:
    'The spec refers to a table in the 記載要領 that is not in shared/spec; the priority list used here comes from one production generator ([M]) and says nothing about 地方単独 公費, so an order it disagrees with is a warning.',
  whyJa:
    '仕様が参照する記載要領の表は shared/spec にない。ここで使う優先順位の一覧は１つの本番の作成ソフトによるもの（[M]）で、地方単独 公費については何も示さないため、これと合わない順は警告とする。',
  reference: '第1章3(3)ア(カ) 注3; claim-records.md §1.1',
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
