import { fieldAt, fieldEmpty, fieldRef, posOf } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

const DEPTS = [1, 2, 3].map((k) => ({
  k,
  name: posOf('RE', `department${k}Name`),
  nameKey: `department${k}Name`,
  parts: ['BodyPart', 'Sex', 'Treatment', 'Disease'].map((p) => posOf('RE', `department${k}${p}`)),
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
      const anyPart = d.parts.some((p) => !fieldEmpty(rec, p));
      const hasName = !fieldEmpty(rec, d.name);
      if (anyPart && !hasName) {
        ctx.report(department, { rec, field: fieldRef('RE', d.nameKey), at: fieldAt(rec, d.name), expected: '診療科名 recorded', found: 'empty', params: { n: d.k, problem: 'name' } });
      }
      if (d.k > 1 && (anyPart || hasName) && info?.inpatient === true) {
        ctx.report(department, { rec, field: fieldRef('RE', d.nameKey), at: fieldAt(rec, d.name), expected: `診療科${d.k} only on 入院外 receipts`, found: '入院 receipt', params: { n: d.k, problem: 'inpatient' } });
      }
    }
  },
});
