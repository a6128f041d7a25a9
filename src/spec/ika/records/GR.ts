// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) ウ (カ) 包括評価対象外理由レコード.
import { defineRecord } from '../../types.js';

export const GR = /* @__PURE__ */ defineRecord({
  id: 'GR',
  name: '包括評価対象外理由レコード',
  family: 'claim',
  source: '記録条件仕様（医科用）R04 第1章3(4)ウ(カ) p.14',
  note: '包括評価の対象外となった理由を記録（任意、複数可）。平成30年3月診療以前分で短期滞在手術等基本料３の患者は、平成28年4月版に基づき医科点数表算定理由“07”を記録する。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“GR”を記録する。' },
    { key: 'reason', name: '医科点数表算定理由', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'ika:17', required: 'required' },
    { key: 'dpcCode', name: 'ＤＰＣコード', mode: '英数', maxBytes: 14, format: '可変', kind: 'code', required: 'conditional', dependsOn: { key: 'reason', values: ['08', '09', '10', '11'], then: 'required' }, upperCase: 'XABC', since: { month: '201610', source: 'GR ＤＰＣコード 備考「平成２８年９月診療以前分は、記録を省略する」(l.950–953)' }, note: '医科点数表算定理由が“08”～“11”の場合は別に定めるＤＰＣコードを記録する（“01”～“06”の場合は任意）。“X”“A”“B”“C”は半角大文字。平成28年9月診療以前分は省略。' },
  ],
});
