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
  description: 'A code bound to a kind of insurance is recorded only on receipts of that kind, told by レセプト種別: レセプト特記事項 41–44 (区カ, 区キ, 多カ, 多キ) on 後期高齢者 receipts only.',
  descriptionJa: '保険の種別が定められたコードは、その種別のレセプト（レセプト種別で判断）に限り記録する（レセプト特記事項 41〜44 は後期高齢者医療のみ）。',
  why: 'The kinds are the tables’ `insurance` condition: a correction is an edit of that entry. Only for kinds whose レセプト種別 follow the 医科 pattern. Warning for tables that rest on [L]/[INF] facts.',
  whyJa:
    '種別は表の `insurance` 条件であり、訂正はその記載の修正で済む。レセプト種別が医科の形に従う種類に限る。[L]/[INF] の事実に基づく表では警告とする。',
  reference: '別表9 注3「４１」～「４４」は…後期高齢者医療のみ記録する (R04 l.2060–2063)',
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
