import { receiptTotals } from '../../../model/totals.js';
import { keyInt, keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { isLow } from '../../engine/compile.js';

interface S {
  count: number;
  points: number;
  uncertain: boolean;
  /** Group members were left out (DPC 総括 明細): the totals rest on the group rule's confidence. */
  grouped: boolean;
  done: boolean;
}

export const totals = defineRule<S>({
  id: 'cross/totals',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'file',
  init: () => ({ count: 0, points: 0, uncertain: false, grouped: false, done: false }),
  receipt(info, ctx, s) {
    // The totals of src/model/totals.ts (what the resubmission writer records in GO). A receipt without
    // HO or KO adds nothing; an unreadable 主保険 合計点数 leaves 総合計点数 unchecked.
    const t = receiptTotals(info, ctx.file.kindDef?.structure);
    if (t.grouped) s.grouped = true;
    s.count += t.count;
    if (t.points !== undefined) s.points += t.points;
    else if (t.main) s.uncertain = true;
  },
  tail(rec, ctx, s) {
    if (s.done || rec.prefixed || (rec.id !== 'GO' && rec.id !== 'HG')) return;
    s.done = true;
    // The kind's totals rule: 総件数 and 総合計点数 by payer (医科, 歯科, 調剤, DPC); 訪問看護 GO carries none.
    if (ctx.file.kindDef?.totals !== 'payers') return;
    if (keyText(rec, 'volume') !== '99') return; // non-final volume: cross/multi-volume
    const hv = ctx.file.headerVolume;
    if (hv !== '' && hv !== '00') return; // final volume of several: the totals cover files we do not see
    const c = keyText(rec, 'totalCount');
    const p = keyText(rec, 'totalPoints');
    if (ctx.file.isReturn && c === '0' && p === '0') return;
    // Totals that leave group members out (DPC 総括 [INF]) are only as sure as that rule: a warning when it is L / INF.
    const severity = s.grouped && isLow(ctx.file.kindDef?.structure.groups?.totalsConfidence) ? 'warning' : undefined;
    const cn = keyInt(rec, 'totalCount');
    if (cn !== undefined && cn !== s.count) {
      ctx.report(totals, { rec, field: keyRef(rec, 'totalCount'), at: keySpan(rec, 'totalCount'), expected: String(s.count), found: c === '' ? 'empty' : c, params: { what: 'count', want: s.count, value: c }, severity });
    }
    const pn = keyInt(rec, 'totalPoints');
    if (!s.uncertain && pn !== undefined && pn !== s.points) {
      ctx.report(totals, { rec, field: keyRef(rec, 'totalPoints'), at: keySpan(rec, 'totalPoints'), expected: String(s.points), found: p === '' ? 'empty' : p, params: { what: 'points', want: s.points, value: p }, severity });
    }
  },
});
