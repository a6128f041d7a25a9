import type { Rec } from '../../../model/record.js';
import { keyInt, keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { burdenOf, payerName } from '../payers.js';
import { groupRole } from '../../../spec/structure.js';
import type { PayerTotalsDef } from '../../../spec/types.js';
import { isLow } from '../../engine/compile.js';

/** 診療識別 whose 点数 is a 金額 (円), counted in HO 食事療養・生活療養 合計金額, not in 合計点数. */
const AMOUNT_CATEGORIES = new Set(['97']);
const UNIT_RECORDS = new Set(['SI', 'IY', 'TO']);

/**
 * The 合計点数 each payer slot's 摘要 records add up to: Σ 点数 × 回数 over the 点数・回数算定単位 whose
 * 負担区分 names the slot, 点数 and 回数 read from the unit's last record (the one with 点数). Undefined when
 * a unit cannot be read (点数 or 回数 not an integer, an unknown 負担区分), or the receipt has a 臓器提供者
 * block (whose points the recipient's totals may include: not modelled).
 */
export function payerSums(claim: readonly Rec[], extra?: PayerTotalsDef): Map<string, number> | undefined {
  const sums = new Map<string, number>();
  let category = '';
  for (const r of claim) {
    if (r.prefixed) continue;
    if (r.id === 'TI' || r.id === 'TR') return undefined;
    // A lump sum of the kind (DPC GT 今月包括合計点数): signed, to the payers of its 負担区分.
    const lump = extra?.lumpSums?.find((l) => l.record === r.id);
    if (lump) {
      const v = keyText(r, lump.key);
      if (v === '') continue;
      const payers = burdenOf(r);
      if (!/^-?[0-9]{1,15}$/.test(v) || payers === undefined) return undefined;
      for (const p of payers) sums.set(p, (sums.get(p) ?? 0) + Number(v));
      continue;
    }
    if (r.id === 'CO') {
      const c = keyText(r, 'practiceCategory');
      if (c !== '') category = c;
      continue;
    }
    if (!UNIT_RECORDS.has(r.id)) continue;
    const c = keyText(r, 'practiceCategory');
    if (c !== '') category = c;
    const points = keyInt(r, 'points');
    if (points === null) continue; // not the unit's last record
    const times = keyInt(r, 'times');
    const payers = burdenOf(r);
    if (points === undefined || times === undefined || times === null || payers === undefined) return undefined;
    if (AMOUNT_CATEGORIES.has(category)) continue;
    for (const p of payers) sums.set(p, (sums.get(p) ?? 0) + points * times);
  }
  return sums;
}

export const payerTotals = defineRule({
  id: 'cross/payer-totals',
  severity: 'error',
  presets: ALL_PRESETS,
  // 医科 (official) and DPC (KindDef.payerTotals: the 包括 part added, warnings [INF]); the other kinds' 摘要 differ.
  kinds: ['ika', 'dpc'],
  scope: 'receipt',
  description:
    'HO 合計点数 equals Σ 点数 × 回数 of the 摘要 records whose 負担区分 includes 医保, and each KO 合計点数 the same sum for its 公費 (①, ② … in KO order); 点数 and 回数 from the last record of each 点数・回数算定単位, 食事療養 (診療識別 97, a 金額) not counted.',
  descriptionJa:
    '保険者レコードの合計点数は負担区分に医保を含む摘要レコードの点数×回数の合計（点数・回数算定単位ごとに最終レコードの点数と回数）に、公費レコードの合計点数はその公費（記録順に公費①②…）を含む摘要レコードの合計に一致する（診療識別97 食事療養・生活療養は金額のため除く）。',
  why:
    'DPC: the sum adds GT 今月包括合計点数 (the 包括 part, signed) to the 出来高 摘要, and a 総括レセプト is not checked (it carries its 明細\'s sums) — inferred from the DPC fields [INF], so warnings. Not checked for a receipt with a 臓器提供者 block (whether the recipient\'s totals include the donor\'s points is not modelled) or with a unit that cannot be read (other rules report it). A wrong HO total otherwise surfaces only as a cross/totals mismatch on GO.',
  whyJa:
    'DPC：合計には GT 今月包括合計点数（包括部分、符号付き）を出来高の摘要に加え、総括レセプトは確認しない（明細の合計を持つため）。これは DPC の項目からの推定 [INF] のため警告とする。臓器提供者ブロックのあるレセプト（受ける側の合計に提供者の点数を含むかはモデル化していない）や、読めない単位のあるレセプト（他のルールが報告する）は確認しない。その場合、HO の合計の誤りは GO での cross/totals の不一致としてのみ現れる。',
  reference: 'HO/KO 合計点数; SI/IY/TO 点数「点数・回数算定単位内の最終レコードのみ記録する」 (kiroku-ika-R0404.txt l.687, l.768, l.1024); 別表21 注1',
  receipt(info, ctx) {
    if (info.ho.length === 0 && info.ko.length === 0) return;
    const k = ctx.file.kindDef;
    const extra = k?.payerTotals;
    if (extra?.skipGroupHeads && groupRole(k?.structure, info.re) === 'head') return;
    const severity = isLow(extra?.confidence) ? 'warning' : undefined;
    const sums = payerSums(info.claim, extra);
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
