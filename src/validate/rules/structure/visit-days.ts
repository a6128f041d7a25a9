import { CLAIM_KINDS, KINDS } from '../../../spec/kinds.js';
import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

/**
 * The days a per-day record marks against the receipt's dated records (StructureDef.visitDays: 訪問看護 JD
 * 1日の情報 … 31日の情報 against the KA 算定年月日 of the 指定訪問看護年月).
 */
export const visitDays = defineRule({
  id: 'structure/visit-days',
  severity: 'warning',
  presets: CLAIM_PRESETS,
  kinds: CLAIM_KINDS.filter((k) => KINDS[k].structure.visitDays),
  scope: 'receipt',
  receipt(info, ctx) {
    const d = ctx.file.kindDef?.structure.visitDays;
    if (!d) return;
    const month = keyText(info.re, 'serviceMonth');
    const days = new Set<number>();
    for (const r of info.claim) {
      if (r.prefixed || !d.dates.ids.includes(r.id)) continue;
      const v = keyText(r, d.dates.key);
      if (/^\d{8}$/.test(v) && v.startsWith(month)) days.add(Number(v.slice(6)));
    }
    for (const jd of info.claim) {
      if (jd.prefixed || jd.id !== d.record) continue;
      for (let day = 1; day <= 31; day++) {
        const key = `${d.dayPrefix}${day}`;
        const v = keyText(jd, key);
        const marked = v !== '' && !d.mismatchCodes.includes(v);
        if (marked === days.has(day) || (v !== '' && !marked)) continue;
        ctx.report(visitDays, {
          rec: jd,
          field: keyRef(jd, key),
          at: keySpan(jd, key),
          expected: marked ? `no mark (no ${d.dates.ids.join('/')} on day ${day})` : `a mark (a ${d.dates.ids.join('/')} on day ${day})`,
          found: marked ? v : 'empty',
          params: { day, problem: marked ? 'extra' : 'missing', record: d.record, dates: d.dates.ids.join('/') },
        });
        break;
      }
    }
  },
});
