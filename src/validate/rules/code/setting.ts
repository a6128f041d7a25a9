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
  description:
    'A code of the 入院 or 入院外 side of its table is recorded only on receipts of that side, told by レセプト種別 (臓器提供者レセプト: 臓器提供者レセプト種別): 診療識別 12 再診 and 25 処方 are 入院外 only; 24, 28, 39, 90, 92 and 97 are 入院 only.',
  descriptionJa:
    '別表の入院・入院外の欄に分かれたコードは、その側のレセプト（レセプト種別、臓器提供者レセプトは臓器提供者レセプト種別で判断）に限り記録する（診療識別 12 再診・25 処方は入院外のみ、24・28・39・90・92・97 は入院のみ）。',
  why:
    'The sides are the tables’ `setting` condition (別表20: 12 and 25 stand in the 入院外 column of the text; 24, 28 and 39 follow the transcription of the printed table, whose columns the text extraction loses): a correction is an edit of that entry. Warning for tables that rest on [L]/[INF] facts.',
  whyJa:
    '入院・入院外の別は表の `setting` 条件である（別表20：12 と 25 は本文の入院外の欄にある。24、28、39 は印刷された表の転記に従う。本文のテキスト抽出では欄が失われる）。訂正はその記載の修正で済む。[L]/[INF] の事実に基づく表では警告とする。',
  reference: '別表20 診療識別コード（入院・入院外の欄）(R04 l.2253–2310)',
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
