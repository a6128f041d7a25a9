import { valueParams } from '../../engine/read.js';
import { isLow } from '../../engine/compile.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

/**
 * The written form of a number as its table states it ({@link import('../../../spec/types.js').NumberFormatDef}):
 * a leading “-” only where the field is signed, and at most so many digits before and after the point.
 */
export const numberFormat = defineFieldRule({
  id: 'field/number-format',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  description:
    'A number written as its table says: a negative value with one leading “-” only in a signed field (DPC 調整点数 “-3667”, 今月包括合計点数), no “-0”; a decimal with at most its integer and fraction digits (医療機関別係数 9.9999, Burn Index 999.9, 使用量 99999.99999).',
  descriptionJa:
    '数値は表の記録形式どおりに記録する：符号付きの項目（ＤＰＣの調整点数・今月包括合計点数）だけマイナスを先頭の“-”１つで表し（“-0”は不可）、小数は整数部・小数部の桁数以内で記録する（医療機関別係数 9.9999、Burn Index 999.9、使用量 99999.99999）。',
  why: 'Read from FieldDef.number; fields whose format rests on L / INF facts report warnings. Other characters are field/mode\'s, trailing fractional zeros field/fraction-zero\'s.',
  whyJa:
    'FieldDef.number から読む。形式が L / INF の事実に基づく項目は警告とする。その他の文字は field/mode、小数部末尾のゼロは field/fraction-zero が扱う。',
  reference: 'kinds-chozai-dpc.md §3.5 (GT 調整点数・今月包括合計点数; GA 医療機関別係数; KK Burn Index; CD 使用量)',
  applies: (f) => f.def.number !== undefined && f.pos > 1,
  check(v, ctx) {
    const nf = v.spec.def.number!;
    const b = v.buf;
    let i = v.start;
    const e = v.end;
    let problem = '';
    let sign = false;
    if (b[i] === 0x2d) {
      sign = true;
      i++;
      if (!nf.signed) problem = 'sign';
    }
    let int = 0;
    let frac = 0;
    let dot = false;
    let nonzero = false;
    for (; i < e && !problem; i++) {
      const c = b[i]!;
      if (c === 0x2e && !dot) dot = true;
      else if (c >= 0x30 && c <= 0x39) {
        if (dot) frac++;
        else int++;
        if (c !== 0x30) nonzero = true;
      } else return; // not a number at all: field/mode, field/digits
    }
    if (!problem) {
      if (sign && (!nonzero || int === 0)) problem = 'negative-zero';
      else if (nf.intDigits !== undefined && int > nf.intDigits) problem = 'int-digits';
      else if (dot && nf.fracDigits === 0) problem = 'point';
      else if (nf.fracDigits !== undefined && frac > nf.fracDigits) problem = 'frac-digits';
    }
    if (!problem) return;
    const shape = `${nf.signed ? '[-]' : ''}${'9'.repeat(nf.intDigits ?? 1)}${nf.fracDigits ? '.' + '9'.repeat(nf.fracDigits) : ''}`;
    ctx.report(numberFormat, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: shape,
      found: problem,
      params: { ...valueParams(v, ctx.showPersonalData), problem, shape, intDigits: nf.intDigits ?? '', fracDigits: nf.fracDigits ?? '' },
      severity: isLow(nf.confidence) ? 'warning' : confidenceSeverity(v),
    });
  },
});
