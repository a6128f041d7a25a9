import { isLow } from '../../engine/compile.js';
import { contextOf } from '../../engine/context.js';
import { fieldAt } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';
import type { CodeCondition } from '../../../spec/types.js';
import { claimConditionedFields, conditionedRecordIds, forEachConditionedCode } from './conditions.js';

const PICK = (c: CodeCondition): boolean => c.setting !== undefined;

export const codeSetting = defineRule({
  id: 'code/setting',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: conditionedRecordIds(PICK),
  record(rec, info, ctx) {
    const list = claimConditionedFields(rec, info, PICK);
    if (list.length === 0 || !info) return;
    const c = contextOf(rec, info, ctx.file.kindDef);
    if (c.inpatient === undefined) return;
    for (const f of list) {
      forEachConditionedCode(rec, f, (code, cond) => {
        if (cond.setting === undefined || (cond.setting === 'inpatient') === c.inpatient) return;
        ctx.report(codeSetting, {
          rec,
          field: { key: f.key, name: f.name, position: f.pos },
          at: fieldAt(rec, f.pos),
          expected: `a code for ${c.inpatient ? '入院' : '入院外'} receipts`,
          found: `“${code}” (${cond.setting === 'inpatient' ? '入院' : '入院外'} only)`,
          params: { value: code, table: f.table.name, side: cond.setting, donor: c.donor ? 1 : 0 },
          severity: f.low || isLow(cond.confidence) ? 'warning' : undefined,
        });
      });
    }
  },
});
