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
  description:
    'A code with a validity period is recorded only for 診療年月 within it: レセプト特記事項 17–19 and 22 until 平成30年7月診療分, 41–44 from 令和4年10月診療分.',
  descriptionJa: '記録できる診療年月が定められたコードは、その期間の診療分に限り記録する（レセプト特記事項 17〜19・22 は平成３０年７月診療以前分、41〜44 は令和４年１０月診療以降分）。',
  why: 'The periods are the tables’ `validFrom` / `validUntil` conditions: a correction is an edit of that entry. Warning for tables that rest on [L]/[INF] facts (歯科, DPC).',
  whyJa:
    '期間は表の `validFrom` / `validUntil` 条件であり、訂正はその記載の修正で済む。[L]/[INF] の事実に基づく表（歯科、DPC）では警告とする。',
  reference: '別表9 注2・注3 and 備考 (R04 l.2030–2063)',
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
