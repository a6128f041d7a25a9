import { keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

export const optionalRecords = defineRule({
  id: 'structure/optional-records',
  severity: 'error',
  presets: CLAIM_PRESETS,
  // SN / JD as 医科 R04 states them; 歯科 the same (claim-records.md §4.1 [H]); 調剤 records SN also on 公費-only receipts.
  kinds: ['ika', 'shika', 'dpc'],
  scope: 'receipt',
  receipt(info, ctx) {
    const hasHo = info.ho.length > 0;
    const payers = (hasHo ? 1 : 0) + info.ko.length;
    let sn = 0;
    const jd = new Set<string>();
    for (const rec of info.claim) {
      const id = rec.id;
      if (id === 'SN') {
        sn++;
        const kind = keyText(rec, 'payerType');
        if (!hasHo) ctx.report(optionalRecords, { rec, at: rec.offset, expected: 'no SN without HO', found: 'SN', params: { problem: 'sn-without-ho' } });
        else if (sn > 1) ctx.report(optionalRecords, { rec, at: rec.offset, expected: 'at most 1 SN', found: `${sn} SN`, params: { problem: 'sn-count', count: sn } });
        else if (kind !== '' && kind !== '1') ctx.report(optionalRecords, { rec, at: keySpan(rec, 'payerType'), expected: 'SN for 負担者種別 1 (the HO)', found: `負担者種別 ${kind}`, params: { problem: 'sn-kind', kind } });
      } else if (id === 'JD') {
        const kind = keyText(rec, 'payerType');
        const n = Number(kind);
        const exists = kind === '1' ? hasHo : /^[2-5]$/.test(kind) && n - 1 <= info.ko.length;
        if (jd.has(kind)) ctx.report(optionalRecords, { rec, at: rec.offset, expected: 'one JD per 負担者種別', found: `second JD for 負担者種別 ${kind}`, params: { problem: 'jd-duplicate', kind } });
        else if (/^[1-5]$/.test(kind) && !exists) ctx.report(optionalRecords, { rec, at: keySpan(rec, 'payerType'), expected: `JD for one of the receipt's ${payers} payers`, found: `負担者種別 ${kind}`, params: { problem: 'jd-payer', kind, payers } });
        jd.add(kind);
      }
    }
  },
});
