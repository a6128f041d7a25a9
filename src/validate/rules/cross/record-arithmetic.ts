import type { Rec } from '../../../model/record.js';
import type { ArithmeticDef } from '../../../spec/types.js';
import { isLow } from '../../engine/compile.js';
import { keyInt, keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/** A decimal field as a fraction n / 10^scale (exact integer arithmetic), or undefined. */
function decimalOf(v: string): { n: bigint; scale: number } | undefined {
  const m = /^([0-9]{1,9})(?:\.([0-9]{1,9}))?$/.exec(v);
  if (!m) return undefined;
  const frac = m[2] ?? '';
  return { n: BigInt(m[1]! + frac), scale: frac.length };
}

const sameOn = (a: Rec, b: Rec, keys: readonly string[]): boolean => keys.every((k) => keyText(a, k) === keyText(b, k));

/** The value `def` wants for `rec`, or undefined when an operand is missing or unreadable (other rules report it). */
function wanted(def: ArithmeticDef, rec: Rec, claim: readonly Rec[]): number | undefined {
  if (def.product) {
    let p = 1;
    for (const k of def.product) {
      const v = keyInt(rec, k);
      if (typeof v !== 'number') return undefined;
      p *= v;
    }
    return p;
  }
  if (def.sum) {
    let total = 0;
    let any = false;
    for (const r of claim) {
      if (r.prefixed || r.id !== def.sum.record || !sameOn(r, rec, def.sum.match)) continue;
      const v = keyInt(r, def.sum.key);
      if (typeof v !== 'number') return undefined;
      total += v;
      any = true;
    }
    return any ? total : undefined;
  }
  if (def.scaled) {
    const base = keyInt(rec, def.scaled.key);
    if (typeof base !== 'number') return undefined;
    const by = def.scaled.by;
    const src = claim.find((r) => !r.prefixed && r.id === by.record && sameOn(r, rec, by.match));
    const f = src ? decimalOf(keyText(src, by.key)) : undefined;
    if (!f) return undefined;
    // base × n / 10^scale, rounded half up.
    const d = 10n ** BigInt(f.scale);
    return Number((BigInt(base) * f.n * 2n + d) / (2n * d));
  }
  return undefined;
}

export const recordArithmetic = defineRule({
  id: 'cross/record-arithmetic',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  description:
    'Arithmetic the kind states between fields of a receipt\'s records holds (KindDef.arithmetic): DPC HH 包括小計点数 = 入院期間区分別点数 × 日数 [INF], GT 包括小計点数合算 = Σ HH 包括小計点数 of the same 診療年月・請求調整区分・自他保険区分・負担区分 [M], GT 包括評価点数 = 合算 × GA 医療機関別係数, rounded half up [INF].',
  descriptionJa:
    '種類ごとに定める項目間の計算が合う：ＤＰＣ 包括評価レコードの包括小計点数＝入院期間区分別点数×日数 [INF]、合計調整レコードの包括小計点数合算＝診療年月・請求調整区分・自他保険区分・負担区分が一致する包括小計点数の合計 [M]、包括評価点数＝合算×医療機関別係数（外泊レコード、四捨五入）[INF]。',
  why: 'Facts marked L / INF report warnings; a value an operand of which is empty or unreadable is left to the field rules.',
  whyJa: 'L / INF の事実に基づく場合は警告とする。計算に使う項目のいずれかが空又は読めない値は、項目のルールに任せる。',
  reference: 'kinds-chozai-dpc.md §3.5 HH, GT (MD rezept_dpc.hrl)',
  receipt(info, ctx) {
    const defs = ctx.file.kindDef?.arithmetic;
    if (!defs) return;
    for (const rec of info.claim) {
      if (rec.prefixed) continue;
      for (const def of defs) {
        if (def.record !== rec.id) continue;
        const value = keyInt(rec, def.key);
        if (typeof value !== 'number') continue;
        const want = wanted(def, rec, info.claim);
        if (want === undefined || want === value) continue;
        ctx.report(recordArithmetic, {
          rec,
          field: keyRef(rec, def.key),
          at: keySpan(rec, def.key),
          expected: String(want),
          found: String(value),
          params: { want, value, how: def.product ? 'product' : def.sum ? 'sum' : 'scaled' },
          severity: isLow(def.confidence) ? 'warning' : undefined,
        });
      }
    }
  },
});
