import type { Rec } from '../../../model/record.js';
import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import { receiptPayers } from '../payers.js';

export const jdPayers = defineRule({
  id: 'structure/jd-payers',
  severity: 'warning',
  presets: ALL_PRESETS,
  kinds: ['ika', 'dpc', 'houkan'],
  scope: 'receipt',
  receipt(info, ctx) {
    let jd: Rec[] | undefined;
    for (const r of info.claim) {
      if (r.id === 'TI') break; // the 臓器提供者 block has no JD
      if (r.id === 'JD' && !r.prefixed) (jd ??= []).push(r);
    }
    if (!jd) return;
    // A duplicate JD, or one for a payer the receipt lacks, is structure/optional-records (an error);
    // this rule adds the converse: a payer the receipt has and no JD records.
    const want = [...receiptPayers(info)]; // 負担者種別 digits
    const seen = new Set(jd.map((r) => keyText(r, 'payerType')));
    const missing = want.filter((t) => !seen.has(t));
    if (missing.length === 0) return;
    const r = jd[jd.length - 1]!;
    ctx.report(jdPayers, { rec: r, field: keyRef(r, 'payerType'), at: keySpan(r, 'payerType'), expected: `a JD for each payer (負担者種別 ${want.join(', ')})`, found: `none for ${missing.join(', ')}`, params: { missing: missing.join('・'), want: want.join('・') } });
  },
});
