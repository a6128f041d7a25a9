import { isLow } from '../../engine/compile.js';
import { contextOf } from '../../engine/context.js';
import { fieldAt } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import type { CodeCondition } from '../../../spec/types.js';
import { claimConditionedFields, conditionedRecordIds, forEachConditionedCode } from './conditions.js';

const PICK = (c: CodeCondition): boolean => c.insurance !== undefined;

/** 保険種別 (the second digit of a 医科-pattern レセプト種別). */
const INSURANCE: Readonly<Record<string, string>> = { '1': '医保', '2': '公費', '3': '後期高齢者', '4': '退職者' };

export const codeInsurance = defineRule({
  id: 'code/insurance',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: conditionedRecordIds(PICK),
  record(rec, info, ctx) {
    const list = claimConditionedFields(rec, info, PICK);
    if (list.length === 0 || !info) return;
    const ins = contextOf(rec, info, ctx.file.kindDef).insurance;
    if (ins === '') return;
    for (const f of list) {
      forEachConditionedCode(rec, f, (code, cond, index) => {
        if (cond.insurance === undefined || cond.insurance.includes(ins)) return;
        const want = cond.insurance.map((d) => INSURANCE[d] ?? d).join('・');
        ctx.report(codeInsurance, {
          rec,
          field: { key: f.key, name: f.name, position: f.pos },
          at: fieldAt(rec, f.pos) + (f.unit > 0 ? (index - 1) * f.unit : 0),
          length: code.length,
          expected: `a ${want} receipt`,
          found: `“${code}” on a ${INSURANCE[ins] ?? ins} receipt (レセプト種別 ${info.receiptType})`,
          params: { value: code, table: f.table.name, want, insurance: INSURANCE[ins] ?? ins },
          severity: f.low || isLow(cond.confidence) ? 'warning' : undefined,
        });
      });
    }
  },
});
