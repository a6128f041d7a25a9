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
  applies: (f) => f.table !== undefined && f.pos > 1 && f.record.family === 'history',
  check(v, ctx) {
    if (!v.prefixed) return; // an unprefixed history-only record is structure/unexpected-record's, and code/unknown's
    const c = firstUnlisted(v);
    if (c === undefined) return;
    ctx.report(codeHistoryUnknown, { rec: v.rec, field: v.spec.field, at: v.start, length: v.length, ...unlistedFinding(v, c, ctx.showPersonalData) });
  },
});
