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
  description:
    'A JD marks exactly the days that carry a dated record of the receipt (訪問看護: the KA 算定年月日 in the 指定訪問看護年月): every marked day has one, every such day is marked (別表25 “9” 不一致 marks a day without one).',
  descriptionJa: '受診日等レコードは、訪問看護療養費レコードの算定年月日に記録されている日に対応する項目に記録する（記録した日には算定年月日があり、算定年月日の日はすべて記録する。不一致の日は別表２５ “9”）。',
  why: 'A warning: the spec itself names the consequence of a mismatch (JD 備考2: the receipt is then not split by the payer’s 資格確認), so the file is still accepted.',
  whyJa:
    '警告とする：不一致の場合の結果は仕様自体が定めており（JD 備考2：そのレセプトは保険者の資格確認によって分割されない）、ファイルは受け付けられる。',
  reference: '訪問看護 R06 JD 備考1・2; 別表25',
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
