// 歯科 SI 医科診療行為レコード — 記録条件仕様（歯科用）令和8年6月版 第1章 3 (4), as transcribed by SR (p.22).
// Confidence of the table: H (order: SR, AV, UP, PHP-W; widths: SR, equal to 医科 R04 SI). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
//   - sosuke-hirayama/uke-parser @ff553ce55e6695f0065ed0c0031af74034f79cc9 uke_parser_shika.rb, uke/shika_shaho.csv (UP: H30-era field list and ORCA sample)
//   - public PHP 歯科 UKE writer (RECEIPTS.UKE), repository not identified (read_file id 18406260360; PHP-W, production-style writer)
//   - shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04) for the records the notes call “same as 医科”
import { defineRecord } from '../../types.js';

export const SI = /* @__PURE__ */ defineRecord({
  id: 'SI',
  name: '医科診療行為レコード',
  family: 'claim',
  source: 'claim-records.md §4.1 SI (SR R08 第1章3(4) p.22; AV explainSI; UP; PHP-W)',
  confidence: 'H',
  note: '摘要情報。歯科レセプトで医科の診療行為コードを算定する場合に記録する。医科の診療行為レコード（SI、44 項目）と同じ識別子だが、コメント①～③の対がない（38 項目）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SI”を記録する。' },
    { key: 'practiceCategory', name: '診療識別', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'shika:20', required: 'conditional', confidence: 'H', note: '別表２０ 診療識別コードを記録する。診療識別を必要としない診療行為の場合は省略。' },
    { key: 'burdenCategory', name: '負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'shika:21', required: 'required', confidence: 'H', note: '別表２１ 負担区分コードを記録する。' },
    { key: 'code', name: '診療行為コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '別に定める診療行為コード（医科の診療行為コード、先頭“1”）を記録する。' },
    { key: 'quantity', name: '数量データ', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '数量データを必要とする診療行為の場合は、診療行為コードで規定している単位で整数値を記録する。その他は省略。' },
    { key: 'points', name: '点数', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '点数・回数算定単位内の最終レコードに診療行為の点数を記録する。その他は省略。' },
    { key: 'times', name: '回数', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '診療行為の回数を記録する。点数・回数算定単位内の回数は同一。回数は算定日情報の合計値と一致する。' },
    { key: 'day1', name: '１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '診療行為の算定がある場合は、当該日の回数を記録する。' },
    { key: 'day2', name: '２日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day3', name: '３日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day4', name: '４日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day5', name: '５日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day6', name: '６日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day7', name: '７日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day8', name: '８日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day9', name: '９日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day10', name: '１０日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day11', name: '１１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day12', name: '１２日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day13', name: '１３日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day14', name: '１４日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day15', name: '１５日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day16', name: '１６日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day17', name: '１７日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day18', name: '１８日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day19', name: '１９日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day20', name: '２０日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day21', name: '２１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day22', name: '２２日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day23', name: '２３日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day24', name: '２４日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day25', name: '２５日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day26', name: '２６日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day27', name: '２７日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day28', name: '２８日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day29', name: '２９日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day30', name: '３０日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'day31', name: '３１日の情報', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
  ],
});
