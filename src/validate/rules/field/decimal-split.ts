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
  description:
    'A decimal has no more integer and fraction digits than its 記録内容 allows (IY 使用量 5 + 5, TO 使用量 5 + 3, TO 単価 8 + 2 …), whatever its 最大バイト leaves room for.',
  descriptionJa: '小数の項目は、記録内容の整数部・小数部の桁数以内で記録する（医薬品の使用量は整数部５桁・小数部５桁、特定器材の使用量は５桁・３桁、単価は８桁・２桁等）。',
  why: 'Warning where the split is inferred from another kind ([INF]: 労災 IY/TO, 調剤 IY １回用量) or the field rests on [L]/[INF] facts. The split is the table’s `decimal` attribute: a correction is an edit of that entry.',
  whyJa:
    '桁の分け方を他の種類から推定した場合（[INF]：労災 IY/TO、調剤 IY １回用量）や、項目が [L]/[INF] の事実に基づく場合は警告とする。桁の分け方は表の `decimal` 属性であり、訂正はその記載の修正で済む。',
  reference: 'IY 使用量 (R04 l.1118), TO 使用量 (l.1216), TO 単価 (l.1238)「整数部○桁、小数部○桁として、整数部と小数部は小数点で区切り記録する」',
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
