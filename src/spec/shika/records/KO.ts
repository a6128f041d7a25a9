// 歯科 KO 公費レコード — 記録条件仕様（歯科用）令和8年6月版 第1章 3 (4), as transcribed by SR (p.11).
// Confidence of the table: M (order [H]: SR, AV, UP, PHP-R and 10-field samples; widths [M]: SR, [H] where equal to 医科 R04 KO). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
//   - sosuke-hirayama/uke-parser @ff553ce55e6695f0065ed0c0031af74034f79cc9 uke_parser_shika.rb, uke/shika_shaho.csv (UP: H30-era field list and ORCA sample)
//   - public PHP 歯科 UKE reader, repository not identified (read_file id 43600401180; PHP-R, H-era field list)
//   - shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04) for the records the notes call “same as 医科”
import { defineRecord } from '../../types.js';

export const KO = /* @__PURE__ */ defineRecord({
  id: 'KO',
  name: '公費レコード',
  family: 'claim',
  source: 'claim-records.md §4.1 KO (SR R08 第1章3(4) p.11; AV explainKO; UP; PHP-R)',
  confidence: 'M',
  note: '公費負担医療レセプトの場合に記録する（併用する公費の数だけ１～４レコード、公費の優先順に第一公費から）。医科 KO と同じ識別子で、公費給付対象一部負担金が１項目、予備なし（10 項目）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“KO”を記録する。' },
    { key: 'payerNumber', name: '負担者番号', mode: '英数', maxBytes: 8, format: '固定', kind: 'digits', required: 'required', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, confidence: 'H', note: '医療券等に記載されている公費負担者番号８桁を記録する。医科 R04 の表記は「公費負担医療 負担者番号」。' },
    { key: 'recipientNumber', name: '受給者番号', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'conditional', mask: { checkDigit: true }, personal: true, confidence: 'H', note: '受給者番号７桁。７桁に満たない場合は先頭から“0”を記録し７桁で記録。医療観察法の場合は省略。' },
    { key: 'optionalBenefit', name: '任意給付区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', confidence: 'H', note: '国民健康保険又は退職者医療において公費負担者に任意給付がある場合は“1”を記録する。その他は省略。' },
    { key: 'actualDays', name: '診療実日数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '公費の診療実日数を記録する。' },
    { key: 'totalPoints', name: '合計点数', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '公費の合計点数を記録する。' },
    { key: 'burdenAmount', name: '負担金額（公費）', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医療券等に公費負担医療に係る患者の負担額が記載されている場合等に記録。' },
    { key: 'copayCovered', name: '公費給付対象一部負担金', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: '公費給付対象となる一部負担金相当額を記録する。歯科は１項目で、医科の「公費給付対象外来一部負担金」「公費給付対象入院一部負担金」の分割がない [M]（SR、AV、UP、PHP-R は位置のみ）。' },
    { key: 'mealCount', name: '食事療養・生活療養 回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', inpatient: 'only', required: 'conditional', confidence: 'H', note: '入院レセプトの場合に公費の食事回数を記録。その他は省略。' },
    { key: 'mealAmount', name: '食事療養・生活療養 合計金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', inpatient: 'only', required: 'conditional', confidence: 'H', note: '入院レセプトの場合に公費の食事療養・生活療養の合計金額を記録。その他は省略。' },
  ],
});
