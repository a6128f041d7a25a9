import { keyAt, keyEmpty, keyPos, keyRef } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/** The 診療科 groups of an RE (医科 three, DPC one, 歯科 and 調剤 none): found by key in the record's own table. */
const DEPTS = [1, 2, 3].map((k) => ({
  k,
  nameKey: `department${k}Name`,
  parts: ['BodyPart', 'Sex', 'Treatment', 'Disease'].map((p) => `department${k}${p}`),
}));

export const department = defineRule({
  id: 'record/department',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['RE'],
  record(rec, info, ctx) {
    if (rec.prefixed) return;
    for (const d of DEPTS) {
      if (keyPos(rec, d.nameKey) === 0) break;
      const anyPart = d.parts.some((p) => !keyEmpty(rec, p));
      const hasName = !keyEmpty(rec, d.nameKey);
      if (anyPart && !hasName) {
        ctx.report(department, { rec, field: keyRef(rec, d.nameKey), at: keyAt(rec, d.nameKey), expected: '診療科名 recorded', found: 'empty', params: { n: d.k, problem: 'name' } });
      }
      if (d.k > 1 && (anyPart || hasName) && info?.inpatient === true) {
        ctx.report(department, { rec, field: keyRef(rec, d.nameKey), at: keyAt(rec, d.nameKey), expected: `診療科${d.k} only on 入院外 receipts`, found: '入院 receipt', params: { n: d.k, problem: 'inpatient' } });
      }
    }
  },
});
