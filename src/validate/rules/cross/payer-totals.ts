import type { Rec } from '../../../model/record.js';
import { keyInt, keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { burdenOf, payerName } from '../payers.js';
import { blockOpeners, groupRole } from '../../../spec/structure.js';
import type { PayerTotalsDef } from '../../../spec/types.js';
import { isLow } from '../../engine/compile.js';


/**
 * The 合計点数 each payer slot's 摘要 records add up to: Σ 点数 × 回数 over the 点数・回数算定単位 whose
 * 負担区分 names the slot, 点数 and 回数 read from the unit's last record (the one with 点数), the kind's
 * `PayerTotalsDef` naming the records. Undefined when a unit cannot be read (点数 or 回数 not an integer, an
 * unknown 負担区分), or the receipt has a block of its own (臓器提供者: whose points the recipient's totals may
 * include — not modelled), a record of `blockIds`.
 */
export function payerSums(claim: readonly Rec[], def: PayerTotalsDef, blockIds: ReadonlySet<string>): Map<string, number> | undefined {
  const sums = new Map<string, number>();
  let category = '';
  for (const r of claim) {
    if (r.prefixed) continue;
    if (blockIds.has(r.id)) return undefined;
    // A lump sum of the kind (DPC GT 今月包括合計点数): signed, to the payers of its 負担区分.
    const lump = def.lumpSums?.find((l) => l.record === r.id);
    if (lump) {
      const v = keyText(r, lump.key);
      if (v === '') continue;
      const payers = burdenOf(r);
      if (!/^-?[0-9]{1,15}$/.test(v) || payers === undefined) return undefined;
      for (const p of payers) sums.set(p, (sums.get(p) ?? 0) + Number(v));
      continue;
    }
    if (def.categoryOnly?.includes(r.id)) {
      const c = keyText(r, 'practiceCategory');
      if (c !== '') category = c;
      continue;
    }
    if (!def.units.includes(r.id)) continue;
    const c = keyText(r, 'practiceCategory');
    if (c !== '') category = c;
    const points = keyInt(r, 'points');
    if (points === null) continue; // not the unit's last record
    const times = keyInt(r, 'times');
    const payers = burdenOf(r);
    if (points === undefined || times === undefined || times === null || payers === undefined) return undefined;
    if (def.amountCategories?.includes(category)) continue;
    for (const p of payers) sums.set(p, (sums.get(p) ?? 0) + points * times);
  }
  return sums;
}

export const payerTotals = defineRule({
  id: 'cross/payer-totals',
  severity: 'error',
  presets: ALL_PRESETS,
  // The kinds whose descriptor says what the totals add up (KindDef.payerTotals): 医科 (official) and DPC (the 包括
  // part added, warnings [INF]); the other kinds' 摘要 differ.
  scope: 'receipt',
  receipt(info, ctx) {
    if (info.ho.length === 0 && info.ko.length === 0) return;
    const k = ctx.file.kindDef;
    const def = k?.payerTotals;
    if (!k || !def) return;
    if (def.skipGroupHeads && groupRole(k.structure, info.re) === 'head') return;
    const severity = isLow(def.confidence) ? 'warning' : undefined;
    const sums = payerSums(info.claim, def, blockOpeners(k.structure));
    if (!sums) return;
    const check = (rec: Rec, slot: string): void => {
      const total = keyInt(rec, 'totalPoints');
      if (typeof total !== 'number') return; // empty / not a number: field rules
      const want = sums.get(slot) ?? 0;
      if (total === want) return;
      ctx.report(payerTotals, {
        rec,
        field: keyRef(rec, 'totalPoints'),
        at: keySpan(rec, 'totalPoints'),
        expected: String(want),
        found: String(total),
        params: { record: rec.id, want, value: total, payer: payerName(slot) },
        severity,
      });
    };
    if (info.ho[0]) check(info.ho[0], '1');
    info.ko.forEach((k, i) => i < 4 && check(k, String(i + 2))); // 負担者種別 2–5
  },
});
