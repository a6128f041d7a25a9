// 歯科 HO 保険者レコード — 記録条件仕様（歯科用）令和8年6月版 第1章 3 (4), as transcribed by SR (p.9-10).
// Confidence of the table: H (order: SR, AV, UP, PHP-R and 14-field samples; widths: SR, equal to 医科 R04 HO). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
//   - sosuke-hirayama/uke-parser @ff553ce55e6695f0065ed0c0031af74034f79cc9 uke_parser_shika.rb, uke/shika_shaho.csv (UP: H30-era field list and ORCA sample)
//   - public PHP 歯科 UKE reader, repository not identified (read_file id 43600401180; PHP-R, H-era field list)
//   - shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04) for the records the notes call “same as 医科”
import { defineRecord } from '../../types.js';

export const HO = /* @__PURE__ */ defineRecord({
  id: 'HO',
  name: '保険者レコード',
  family: 'claim',
  source: 'claim-records.md §4.1 HO (SR R08 第1章3(4) p.9-10; AV explainHO; UP; PHP-R)',
  confidence: 'H',
  note: '医療保険レセプトの場合に記録する（１レセプトに複数不可）。医科 HO と同じ識別子・同じ項目で、医科の第7項目「予備」がない（14 項目）。職務上の事由は別表13、減免区分は別表14（歯科の番号）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HO”を記録する。' },
    { key: 'insurerNumber', name: '保険者番号', mode: '英数', maxBytes: 8, format: '固定', kind: 'digits', required: 'required', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, confidence: 'H', note: '保険者番号が８桁に満たない場合は、先頭から“スペース”を記録し、８桁で記録する。' },
    { key: 'cardSymbol', name: '被保険者資格に係る記号', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'conditional', personal: true, confidence: 'H', note: '記号。番号のみ設定されている場合は省略。英数と漢字を混在しない。記号と番号を合せた文字数の上限はモードごとに１９文字。R08 の項目名（SR）。R06 以前（AV、UP）及び医科 R04 では「被保険者証（手帳）等の記号」。' },
    { key: 'cardNumber', name: '被保険者資格に係る番号', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'H', note: '番号（後期高齢者医療は被保険者番号）。英数と漢字を混在しない。R08 の項目名（SR）。R06 以前及び医科 R04 では「被保険者証（手帳）等の番号」。' },
    { key: 'actualDays', name: '診療実日数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '医療保険等の診療実日数を記録する。' },
    { key: 'totalPoints', name: '合計点数', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '医療保険等の合計点数を記録する。' },
    { key: 'mealCount', name: '食事療養・生活療養 回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', inpatient: 'only', required: 'conditional', confidence: 'H', note: '入院レセプトの場合に食事療養及び生活療養の食事回数を記録。その他は省略。' },
    { key: 'mealAmount', name: '食事療養・生活療養 合計金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', inpatient: 'only', required: 'conditional', confidence: 'H', note: '入院レセプトの場合に食事療養及び生活療養の合計金額を記録。その他は省略。' },
    { key: 'occupationalReason', name: '職務上の事由', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:13', required: 'conditional', confidence: 'H', note: '船員保険の被保険者及び共済組合の船員組合員で職務上の取扱いとなる場合に別表１３ 職務上の事由コードを記録する。' },
    { key: 'certificateNumber', name: '証明書番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '国保・退職者医療で一部負担金減額、免除、徴収猶予証明書に証明書番号が記載されている場合に記録。（先頭ゼロ: 医科 R04 の証明書番号と同じく、数字・可変の一般則により上位桁のゼロは記録しない（kind integer）。）' },
    { key: 'burdenAmount', name: '負担金額（医療保険）', mode: '数字', maxBytes: 9, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '入院における負担金額又は入院外における一部負担金額が必要な場合に記録。' },
    { key: 'reductionClass', name: '減免区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:14', required: 'conditional', confidence: 'H', note: '一部負担金減額、免除、徴収猶予証明書が提示された場合等に別表１４ 減免区分コードを記録する。' },
    { key: 'reductionRate', name: '減額割合', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '負担金額が「割」の単位で減額される場合に百分率（％）で記録。' },
    { key: 'reductionAmount', name: '減額金額', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '負担金額が「円」の単位で減額される場合に記録。' },
  ],
});
