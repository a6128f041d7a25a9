import { valueParams } from '../../engine/read.js';
import { isLow } from '../../engine/compile.js';
import { CLAIM_PRESETS, defineFieldRule } from '../define.js';
import { validDate } from './date.js';

/**
 * The mirror of field/date-wareki for files of a 和暦 edition: there a 西暦 date is the odd one out
 * (a writer that mixed layouts, or a date pasted in from a newer file).
 */
export const dateSeireki = defineFieldRule({
  id: 'field/date-seireki',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'field',
  history: false,
  editionDates: 'wareki',
  applies: (f) => (f.kind === 'ym' || f.kind === 'ymd') && f.pos > 1,
  check(v, ctx) {
    if (v.length !== 6 && v.length !== 8) return;
    if (!v.allDigits()) return;
    if (validDate(v) !== 'seireki') return;
    ctx.report(dateSeireki, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: v.spec.kind === 'ym' ? 'GYYMM (和暦)' : 'GYYMMDD (和暦)',
      found: v.spec.kind === 'ym' ? 'YYYYMM (西暦)' : 'YYYYMMDD (西暦)',
      params: valueParams(v, ctx.showPersonalData),
      severity: isLow(ctx.file.edition?.confidence) ? 'warning' : undefined,
    });
  },
});
