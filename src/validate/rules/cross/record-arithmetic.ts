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
