import type { Rec } from '../../../model/record.js';
import { CLAIM_KINDS, KINDS } from '../../../spec/kinds.js';
import { keyInt, keyRef, keySpan } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { burdenOf, payerName } from '../payers.js';

/**
 * HO / KO totals in 金額 as the sums of the amounts by 負担区分 (StructureDef.payerAmounts: 訪問看護 KA 金額).
 * Undefined when an amount or a 負担区分 cannot be read.
 */
export function amountSums(claim: readonly Rec[], ids: readonly string[], amountKey: string): Map<string, number> | undefined {
  const sums = new Map<string, number>();
  for (const r of claim) {
    if (r.prefixed || !ids.includes(r.id)) continue;
    const a = keyInt(r, amountKey);
    const payers = burdenOf(r);
    if (typeof a !== 'number' || payers === undefined) return undefined;
    for (const p of payers) sums.set(p, (sums.get(p) ?? 0) + a);
  }
  return sums;
}

export const payerAmounts = defineRule({
  id: 'cross/payer-amounts',
  severity: 'error',
  presets: ALL_PRESETS,
  kinds: CLAIM_KINDS.filter((k) => KINDS[k].structure.payerAmounts),
  scope: 'receipt',
  receipt(info, ctx) {
    const d = ctx.file.kindDef?.structure.payerAmounts;
    if (!d || (info.ho.length === 0 && info.ko.length === 0)) return;
    const sums = amountSums(info.claim, d.ids, d.amountKey);
    if (!sums) return;
    const low = d.confidence === 'L' || d.confidence === 'INF';
    const check = (rec: Rec, slot: string): void => {
      const total = keyInt(rec, d.totalKey);
      if (typeof total !== 'number') return;
      const want = sums.get(slot) ?? 0;
      if (total === want) return;
      ctx.report(payerAmounts, {
        rec,
        field: keyRef(rec, d.totalKey),
        at: keySpan(rec, d.totalKey),
        expected: String(want),
        found: String(total),
        params: { record: rec.id, want, value: total, payer: payerName(slot) },
        ...(low ? { severity: 'warning' as const } : {}),
      });
    };
    if (info.ho[0]) check(info.ho[0], '1');
    info.ko.forEach((k, i) => i < 4 && check(k, String(i + 2))); // 負担者種別 2–5
  },
});
