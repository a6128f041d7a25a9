import { isLow } from '../../engine/compile.js';
import { contextOf } from '../../engine/context.js';
import { fieldAt } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import type { CodeCondition } from '../../../spec/types.js';
import { claimConditionedFields, conditionedRecordIds, forEachConditionedCode } from './conditions.js';

const PICK = (c: CodeCondition): boolean => c.validFrom !== undefined || c.validUntil !== undefined;

export const codePeriod = defineRule({
  id: 'code/period',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: conditionedRecordIds(PICK),
  record(rec, info, ctx) {
    const list = claimConditionedFields(rec, info, PICK);
    if (list.length === 0 || !info) return;
    const month = contextOf(rec, info, ctx.file.kindDef).month;
    if (month === '') return;
    for (const f of list) {
      forEachConditionedCode(rec, f, (code, cond, index) => {
        const before = cond.validFrom !== undefined && month < cond.validFrom;
        const after = cond.validUntil !== undefined && month > cond.validUntil;
        if (!before && !after) return;
        const bound = before ? cond.validFrom! : cond.validUntil!;
        ctx.report(codePeriod, {
          rec,
          field: { key: f.key, name: f.name, position: f.pos },
          at: fieldAt(rec, f.pos) + (f.unit > 0 ? (index - 1) * f.unit : 0),
          length: code.length,
          expected: before ? `診療年月 from ${bound}` : `診療年月 until ${bound}`,
          found: `“${code}” for 診療年月 ${month}`,
          params: { value: code, table: f.table.name, bound: `${bound.slice(0, 4)}年${Number(bound.slice(4, 6))}月`, month: `${month.slice(0, 4)}年${Number(month.slice(4, 6))}月`, problem: before ? 'before' : 'after' },
          severity: f.low || isLow(cond.confidence) ? 'warning' : undefined,
        });
      });
    }
  },
});
