import { ALL_PRESETS, defineFieldRule } from '../define.js';
import { firstUnlisted, unlistedFinding } from './codes.js';

/**
 * The 別表 of the records that exist only inside the 履歴管理ブロック (JY 事由コード・補正区分, MD 理由番号・
 * 理由内容・医療機関等連絡, RT 理由対象区分, JR 縦覧区分, MK 再審査等申し出機関・審査結果・変更理由番号・理由1〜3).
 * code/unknown does not run on history lines (the claim records kept there are the claim as it was sent); these
 * records are the payer's own, so their codes are checked here, never above a warning. A code of an open family
 * (国保 200番台 …) is accepted without a finding.
 */
export const codeHistoryUnknown = defineFieldRule({
  id: 'code/history-unknown',
  severity: 'warning',
  presets: ALL_PRESETS,
  scope: 'field',
  history: true,
  description:
    'In a history-only record (JY, MD, RT, JR, MK), a field that references a 別表 holds codes listed in it (事由コード, 補正区分, 理由番号, 理由内容, 理由対象区分, 縦覧区分, 再審査等申し出機関, 審査結果, 変更理由番号, 原審どおり理由 …).',
  descriptionJa: '履歴管理ブロックにだけ現れるレコード（JY・MD・RT・JR・MK）の別表を参照する項目には、その別表のコードを記録する。',
  why:
    'Warning: the payer wrote these lines and the 医療機関 keeps them unchanged, yet the clerk still wants to know of a code nobody lists. The tables are reconstructed ([M]); MK 変更理由番号 → 理由番号 rests on one source (HenParser).',
  whyJa:
    '警告とする：これらの行は保険者が記録し医療機関はそのまま残すものだが、どこにも載っていないコードは事務担当者も知りたい。表は再構成したもの（[M]）であり、MK 変更理由番号 → 理由番号 は１つの情報源（HenParser）による。',
  reference: 'return-files.md §2.7, §2.10–2.13, §3.3, §3.6–3.10; pinus/HenParser Ref.py',
  applies: (f) => f.table !== undefined && f.pos > 1 && f.record.family === 'history',
  check(v, ctx) {
    if (!v.prefixed) return; // an unprefixed history-only record is structure/unexpected-record's, and code/unknown's
    const c = firstUnlisted(v);
    if (c === undefined) return;
    ctx.report(codeHistoryUnknown, { rec: v.rec, field: v.spec.field, at: v.start, length: v.length, ...unlistedFinding(v, c, ctx.showPersonalData) });
  },
});
