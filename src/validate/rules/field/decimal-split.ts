import { isLow } from '../../engine/compile.js';
import { valueParams } from '../../engine/read.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

/**
 * Digits before and after the “.” of a decimal, or undefined when the value is not digits with at most one “.”
 * (field/mode reports those). Exported for the property tests.
 */
export function decimalDigits(b: Uint8Array, start: number, end: number): { int: number; frac: number } | undefined {
  let int = 0;
  let frac = 0;
  let dot = false;
  for (let i = start; i < end; i++) {
    const c = b[i]!;
    if (c === 0x2e) {
      if (dot) return undefined;
      dot = true;
    } else if (c >= 0x30 && c <= 0x39) {
      if (dot) frac++;
      else int++;
    } else return undefined;
  }
  return { int, frac };
}

export const decimalSplit = defineFieldRule({
  id: 'field/decimal-split',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  applies: (f) => f.kind === 'decimal' && f.def.decimal !== undefined && f.pos > 1,
  check(v, ctx) {
    const split = v.spec.def.decimal!;
    const d = decimalDigits(v.buf, v.start, v.end);
    if (!d || (d.int <= split.int && d.frac <= split.frac)) return;
    ctx.report(decimalSplit, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: `整数部 ≤ ${split.int} 桁, 小数部 ≤ ${split.frac} 桁`,
      found: `整数部 ${d.int} 桁, 小数部 ${d.frac} 桁`,
      params: { ...valueParams(v, ctx.showPersonalData), int: split.int, frac: split.frac, intDigits: d.int, fracDigits: d.frac },
      severity: isLow(split.confidence) ? 'warning' : confidenceSeverity(v),
    });
  },
});
