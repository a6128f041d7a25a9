import type { Rec } from '../../../model/record.js';
import { fieldAt, fieldEmpty, fieldRef, posOf } from '../../engine/read.js';
import type { RuleContext } from '../../types.js';
import { ALL_PRESETS, defineRule } from '../define.js';

const ADMISSION = posOf('RE', 'admissionDate');
const WARD = posOf('RE', 'wardType');
const MEAL: Record<string, readonly string[]> = { HO: ['mealCount', 'mealAmount'], KO: ['mealCount', 'mealAmount'] };

function inpatientOnly(rec: Rec, id: string, key: string, ctx: RuleContext): void {
  const p = posOf(id, key);
  if (fieldEmpty(rec, p)) return;
  ctx.report(inpatient, { rec, field: fieldRef(id, key), at: fieldAt(rec, p), expected: 'empty on an 入院外 receipt', found: 'recorded', params: { problem: 'outpatient' } });
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
      const has = !fieldEmpty(rec, ADMISSION);
      if (info.inpatient && !has) {
        ctx.report(inpatient, { rec, field: fieldRef('RE', 'admissionDate'), at: fieldAt(rec, ADMISSION), expected: '入院年月日 on an 入院 receipt', found: 'empty', params: { problem: 'missing' } });
      } else if (!info.inpatient && has) inpatientOnly(rec, 'RE', 'admissionDate', ctx);
      if (!info.inpatient && !fieldEmpty(rec, WARD)) inpatientOnly(rec, 'RE', 'wardType', ctx);
      return;
    }
    if (info.inpatient) return;
    for (const key of MEAL[id] ?? []) inpatientOnly(rec, id, key, ctx);
  },
});
