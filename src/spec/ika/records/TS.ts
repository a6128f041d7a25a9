// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) キ (ウ) 臓器提供者請求情報レコード.
import { defineRecord } from '../../types.js';

export const TS = /* @__PURE__ */ defineRecord({
  id: 'TS',
  name: '臓器提供者請求情報レコード',
  family: 'claim',
  source: '記録条件仕様（医科用）R04 第1章3(4)キ(ウ) p.22',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“TS”を記録する。' },
    { key: 'actualDays', name: '診療実日数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', note: '臓器提供者の診療実日数を記録する。' },
    { key: 'totalPoints', name: '合計点数', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required', note: '臓器提供者の合計点数を記録する。' },
    { key: 'mealTimes', name: '食事療養・生活療養 回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', inpatient: 'only', note: '臓器提供者レセプト種別が入院の場合は、食事療養及び生活療養の食事回数を記録する。その他の場合は省略。' },
    { key: 'mealAmount', name: '食事療養・生活療養 合計金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', inpatient: 'only', note: '臓器提供者レセプト種別が入院の場合は、食事療養及び生活療養の合計金額を記録する。その他の場合は省略。' },
  ],
  note: '臓器提供者レセプトの請求情報として記録（必須、複数可）。TR の次、臓器提供者の SY より前に置く。臓器提供者のレセプト情報は診療年月及び入院・入院外別に記録する（第1章3(3)ア(キ) p.2）。',
});
