// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) ウ (イ) 公費レコード.
import { defineRecord } from '../../types.js';

export const KO = /* @__PURE__ */ defineRecord({
  id: 'KO',
  name: '公費レコード',
  family: 'claim',
  source: '記録条件仕様（医科用）R04 第1章3(4)ウ(イ) p.11',
  note: '公費負担医療レセプトの場合に記録する（併用する公費の数だけ１～４レコード）。複数記録する場合は「法別番号及び制度の略称表」の順に、先順位を第一公費として最初に記録し、第二～第四公費を順次記録する。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“KO”を記録する。' },
    { key: 'payerNumber', name: '公費負担医療 負担者番号', mode: '英数', maxBytes: 8, format: '固定', kind: 'digits', required: 'required', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, note: '医療券等に記載されている公費負担者番号８桁を記録する。' },
    { key: 'recipientNumber', name: '公費負担医療 受給者番号', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'conditional', mask: { checkDigit: true }, personal: true, note: '受給者番号７桁。７桁に満たない場合は先頭から“0”を記録し７桁で記録。医療観察法（法別３０）の場合は省略。' },
    { key: 'optionalBenefit', name: '公費負担医療 任意給付区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', note: '国民健康保険又は退職者医療において公費負担者に任意給付がある場合は“1”を記録する。その他は省略。' },
    { key: 'actualDays', name: '診療実日数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required' },
    { key: 'totalPoints', name: '合計点数', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required' },
    { key: 'burdenAmount', name: '負担金額 公費', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', note: '医療券等に公費負担医療に係る患者の負担額が記載されている場合に記録。' },
    { key: 'outpatientCopayCovered', name: '負担金額 公費給付対象外来一部負担金', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', note: '医療保険（後期高齢者医療）と公費の併用で、外来一部負担金相当額の一部を公費が給付するときに給付対象額を記録。' },
    { key: 'inpatientCopayCovered', name: '負担金額 公費給付対象入院一部負担金', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', note: '医療保険（後期高齢者医療）と公費の併用で、入院一部負担金相当額の一部を公費が給付するときに給付対象額を記録。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 5, format: '可変', required: 'omit' },
    { key: 'mealCount', name: '食事療養・生活療養 回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', inpatient: 'only', note: '入院レセプトの場合に公費の食事療養及び生活療養の食事回数を記録。その他は省略。' },
    { key: 'mealAmount', name: '食事療養・生活療養 合計金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', inpatient: 'only', note: '入院レセプトの場合に公費の食事療養及び生活療養の合計金額を記録。その他は省略。' },
  ],
});
