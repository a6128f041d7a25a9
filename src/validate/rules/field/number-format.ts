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
