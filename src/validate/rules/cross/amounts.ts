import { amountTotals, receiptAmounts } from '../../../model/totals.js';
import { keyInt, keyRef, keySpan, keyText } from '../../engine/read.js';
import { isLow } from '../../engine/compile.js';
import { ALL_PRESETS, defineRule } from '../define.js';

interface Pending {
  /** レセプト番号 order (1-based). */
  readonly n: number;
  readonly points: number;
  readonly recorded: number | null | undefined;
}

interface S {
  pending: Pending[];
  amount: number;
  count: number;
  uncertain: boolean;
  done: boolean;
}

/**
 * Sums in yen (the kind's AmountsDef; 労災 RR and RS). Everything but 【イ】 is checked on the receipt
 * itself; 【イ】 needs the trailer's 単価, so it is checked on the trailer, naming the receipt.
 */
export const amounts = defineRule<S>({
  id: 'cross/amounts',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'file',
  init: () => ({ pending: [], amount: 0, count: 0, uncertain: false, done: false }),
  receipt(info, ctx, s) {
    const a = ctx.file.kindDef?.amounts;
    if (!a) return;
    s.count++;
    const t = receiptAmounts(info.claim, a, undefined);
    const rr = t.record;
    const tot = amountTotals([{ claim: info.claim }], a);
    if (tot.unreadable.length) s.uncertain = true;
    else s.amount += tot.amount;
    if (!rr || t.unreadable) return;
    const k = a.receiptKeys;
    const check = (key: string, want: number, what: string) => {
      const v = keyInt(rr, key);
      if (v === undefined) return; // not an integer: the field rules say so
      const got = v ?? 0;
      if (got === want) return;
      ctx.report(amounts, { rec: rr, field: keyRef(rr, key), at: keySpan(rr, key) ?? rr.offset, expected: String(want), found: keyText(rr, key) || 'empty', params: { what, want, value: keyText(rr, key) }, severity: isLow(a.confidence) ? 'warning' : undefined });
    };
    check(k.points, t.points, 'points');
    check(k.yenAmount, t.yenAmount, 'yen');
    if (k.mealAmount) check(k.mealAmount, t.inpatient ? t.mealAmount : 0, 'meal');
    if (k.mealCount) check(k.mealCount, t.inpatient ? t.mealCount : 0, 'meal-count');
    const i = keyInt(rr, k.pointsAmount);
    const y = keyInt(rr, k.yenAmount);
    const m = k.mealAmount ? keyInt(rr, k.mealAmount) : null;
    if (i !== undefined && y !== undefined && m !== undefined) check(k.total, (i ?? 0) + (y ?? 0) + (t.inpatient ? (m ?? 0) : 0), 'total');
    s.pending.push({ n: s.count, points: keyInt(rr, k.points) ?? 0, recorded: i });
  },
  tail(rec, ctx, s) {
    const a = ctx.file.kindDef?.amounts;
    const st = ctx.file.kindDef?.structure;
    if (!a || !st || s.done || rec.prefixed || rec.id !== st.trailer) return;
    s.done = true;
    const tk = a.trailerKeys;
    const price = keyInt(rec, tk.unitPrice);
    if (typeof price === 'number') {
      for (const p of s.pending) {
        if (p.recorded === undefined) continue;
        const want = Math.floor((p.points * price) / 100);
        if ((p.recorded ?? 0) === want) continue;
        ctx.report(amounts, { rec, field: keyRef(rec, tk.unitPrice), at: keySpan(rec, tk.unitPrice), expected: String(want), found: String(p.recorded ?? 'empty'), params: { what: 'points-amount', receipt: p.n, want, value: String(p.recorded ?? '') }, severity: isLow(a.confidence) ? 'warning' : undefined });
      }
    }
    const c = keyInt(rec, tk.count);
    if (c !== undefined && (c ?? 0) !== s.count) {
      ctx.report(amounts, { rec, field: keyRef(rec, tk.count), at: keySpan(rec, tk.count), expected: String(s.count), found: keyText(rec, tk.count) || 'empty', params: { what: 'count', want: s.count, value: keyText(rec, tk.count) }, severity: isLow(a.confidence) ? 'warning' : undefined });
    }
    const m = keyInt(rec, tk.amount);
    if (!s.uncertain && m !== undefined && (m ?? 0) !== s.amount) {
      ctx.report(amounts, { rec, field: keyRef(rec, tk.amount), at: keySpan(rec, tk.amount), expected: String(s.amount), found: keyText(rec, tk.amount) || 'empty', params: { what: 'amount', want: s.amount, value: keyText(rec, tk.amount) }, severity: isLow(a.confidence) ? 'warning' : undefined });
    }
  },
});
