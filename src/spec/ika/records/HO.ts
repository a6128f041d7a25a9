// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) ウ (ア) 保険者レコード.
import { defineRecord } from '../../types.js';

export const HO = /* @__PURE__ */ defineRecord({
  id: 'HO',
  name: '保険者レコード',
  family: 'claim',
  source: '記録条件仕様（医科用）R04 第1章3(4)ウ(ア) p.9-10',
  note: '医療保険レセプト（国民健康保険、退職者医療又は後期高齢者医療を含む）の場合に記録する。１レセプトに複数不可。公費負担医療単独・公費併用のみのレセプトでは記録不可。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HO”を記録する。' },
    { key: 'insurerNumber', name: '保険者番号', mode: '英数', maxBytes: 8, format: '固定', kind: 'digits', required: 'required', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, note: '保険者番号が８桁に満たない場合は、先頭から“スペース”を記録し、８桁で記録する。' },
    { key: 'cardSymbol', name: '被保険者証（手帳）等の記号', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'conditional', personal: true, note: '「記号及び番号」欄の記号。番号のみ設定されている場合は省略。英数と漢字を混在しない。記号と番号を合せた文字数の上限は英数：１９、漢字：１９。' },
    { key: 'cardNumber', name: '被保険者証（手帳）等の番号', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'required', personal: true, note: '「記号及び番号」欄の番号（後期高齢者は被保険者番号）。英数と漢字を混在しない。記号と番号を合せた文字数の上限は英数：１９、漢字：１９。' },
    { key: 'actualDays', name: '診療実日数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required' },
    { key: 'totalPoints', name: '合計点数', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 5, format: '可変', required: 'omit' },
    { key: 'mealCount', name: '食事療養・生活療養 回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', inpatient: 'only', note: '入院レセプトの場合に食事療養及び生活療養の食事回数を記録。その他は省略。' },
    { key: 'mealAmount', name: '食事療養・生活療養 合計金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', inpatient: 'only', note: '入院レセプトの場合に食事療養及び生活療養の合計金額を記録。その他は省略。' },
    { key: 'occupationalReason', name: '職務上の事由', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'ika:15', required: 'conditional', note: '船員保険の被保険者で職務上の取扱いとなる場合（「１職務上」「３通勤災害」は災害発生時が平成21年12月31日以前に限る）、共済組合の船員組合員で下船後３月以内の傷病で職務上の取扱いとなる場合に記録。' },
    { key: 'certificateNumber', name: '証明書番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', note: '国保・退職者医療で「国民健康保険一部負担金減額、免除、徴収猶予証明書」に証明書番号が記載されている場合に記録。（先頭ゼロ: 数字・可変の項目は「上位桁のゼロ…を除いた数字を記録する。ただし、別表等に規定されているコードの１文字目等の“0”及び特に定める場合の“0”については記録する」(医科 R04 第1章3(3)ウ(ウ) l.330–341)。証明書番号は別表のコードでなく、KO 受給者番号・SN 枝番のような「先頭から“0”を記録し」の定めもないので、上位桁のゼロは記録しない（kind integer、field/leading-zero）。）' },
    { key: 'burdenAmount', name: '負担金額 医療保険', mode: '数字', maxBytes: 9, format: '可変', kind: 'integer', required: 'conditional', note: '入院における負担金額又は入院外における一部負担金額が必要な場合に記録。' },
    { key: 'reductionClass', name: '減免区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'ika:16', required: 'conditional', note: '一部負担金減額、免除、徴収猶予証明書が提示された場合又は広域連合長から減額等を受けた場合に記録。' },
    { key: 'reductionRate', name: '減額割合', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', note: '負担金額が「割」の単位で減額される場合に百分率（％）で記録。' },
    { key: 'reductionAmount', name: '減額金額', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', note: '負担金額が「円」の単位で減額される場合に記録。' },
  ],
});
