import type { Rec } from '../../../model/record.js';
import { keyAt, keyEmpty, keyPos, keyRef } from '../../engine/read.js';
import type { RuleContext } from '../../types.js';
import { ALL_PRESETS, defineRule } from '../define.js';

const MEAL: Record<string, readonly string[]> = { HO: ['mealCount', 'mealAmount'], KO: ['mealCount', 'mealAmount'] };

function inpatientOnly(rec: Rec, key: string, ctx: RuleContext): void {
  if (keyEmpty(rec, key)) return;
  ctx.report(inpatient, { rec, field: keyRef(rec, key), at: keyAt(rec, key), expected: 'empty on an 入院外 receipt', found: 'recorded', params: { problem: 'outpatient' } });
}

export const inpatient = defineRule({
  id: 'record/inpatient',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['RE', 'HO', 'KO'],
  description: 'Fields for 入院 receipts follow レセプト種別: 入院年月日 is recorded on 入院 receipts and omitted otherwise; 病棟区分 and the 食事療養・生活療養 fields only on 入院 receipts.',
  descriptionJa: 'レセプト種別が入院の場合は入院年月日を記録し、その他の場合は省略する。病棟区分及び食事療養・生活療養の回数・合計金額は入院レセプトの場合に限り記録する。',
  reference: 'RE 入院年月日・病棟区分, HO/KO 食事療養・生活療養',
  record(rec, info, ctx) {
    if (rec.prefixed || !info || info.inpatient === undefined) return;
    const id = rec.id;
    if (id === 'RE') {
      if (keyPos(rec, 'admissionDate') === 0) return;
      const has = !keyEmpty(rec, 'admissionDate');
      if (info.inpatient && !has) {
        ctx.report(inpatient, { rec, field: keyRef(rec, 'admissionDate'), at: keyAt(rec, 'admissionDate'), expected: '入院年月日 on an 入院 receipt', found: 'empty', params: { problem: 'missing' } });
      } else if (!info.inpatient && has) inpatientOnly(rec, 'admissionDate', ctx);
      if (!info.inpatient) inpatientOnly(rec, 'wardType', ctx);
      return;
    }
    if (info.inpatient) return;
    for (const key of MEAL[id] ?? []) inpatientOnly(rec, key, ctx);
  },
});
