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
  description: 'RE 診療科: when any 組み合わせ名称 (人体の部位等, 性別等, 医学的処置, 特定疾病) is recorded, 診療科名 is too; 診療科２ and ３ only on 入院外 receipts.',
  descriptionJa: 'レセプト共通レコードの診療科: 組み合わせ名称のいずれかに記録がある場合は診療科名を記録する。診療科２及び３は外来診療の場合に記録する。',
  reference: 'RE 診療科 備考1・2',
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
