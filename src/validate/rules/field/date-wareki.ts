import { readSpecDate } from '../../../codec/dates.js';
import { valueParams } from '../../engine/read.js';
import { CLAIM_PRESETS, defineFieldRule } from '../define.js';
import { validDate } from './date.js';

export const dateWareki = defineFieldRule({
  id: 'field/date-wareki',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'field',
  history: false,
  editionDates: 'seireki',
  applies: (f) => (f.kind === 'ym' || f.kind === 'ymd') && f.pos > 1,
  check(v, ctx) {
    if (v.length !== 5 && v.length !== 7) return;
    if (!v.allDigits()) return;
    const d = validDate(v);
    if (!d || typeof d === 'string' || d.layout !== 'wareki') return;
    // A file of the kind's 和暦 edition (its header month before the switch to 西暦).
    const from = ctx.file.kindDef?.seirekiFrom;
    if (from) {
      const h = readSpecDate(ctx.file.headerBillingMonth);
      if (h && h.iso.slice(0, 7).replace('-', '') < from.month) return;
    }
    ctx.report(dateWareki, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: v.spec.kind === 'ym' ? 'YYYYMM (西暦)' : 'YYYYMMDD (西暦)',
      found: v.spec.kind === 'ym' ? 'GYYMM (和暦)' : 'GYYMMDD (和暦)',
      params: valueParams(v, ctx.showPersonalData),
    });
  },
});
