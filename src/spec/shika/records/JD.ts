// 歯科 JD 受診日等レコード — the notes say “same as 医科”: layout copied from the official 医科 R04 text (第1章3(4)ウ(エ) p.13) and checked against SR R08 (p.13).
// Confidence of the table: H (layout); the 別表 number of 受診等区分 (29) is [INF]. Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04) for the records the notes call “same as 医科”
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
//   - HealthDataWorks/fhir-ig-jp-rezept-dental @52f89ecef22a7455e8b1c28a02e97c495b4cef7c gofsh_output/input/fsh/*-CodeSystem.fsh (HDW: 別表 numbers of the R02 歯科 spec)
import { defineRecord } from '../../types.js';

export const JD = /* @__PURE__ */ defineRecord({
  id: 'JD',
  name: '受診日等レコード',
  family: 'claim',
  source: 'claim-records.md §4.1 (“same as 医科”); layout of 医科 R04 第1章3(4)ウ(エ) p.13; SR R08 p.13',
  confidence: 'H',
  note: '医科と同じレイアウト（33 項目）。受診日等を記録（任意、複数可：負担者種別ごとに１レコード）。各日の情報は別表29 受診等区分コード。別表番号 29 は歯科の別表番号の並び（27 負担者種別、28 確認区分、30 窓口負担額区分）からの推定 [INF]（HDW は 39 とするが DPC 用の番号の転記と見られる）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“JD”を記録する。' },
    { key: 'payerType', name: '負担者種別', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'shika:27', required: 'required', confidence: 'H', note: '別表２７ 負担者種別コードを記録する。' },
    // [INF] 別表29 = 受診等区分 inferred from the gap in the 歯科 numbering (HDW says 39, copied from DPC); applies to day1–day31 — a correction is one edit of the code table id.
    { key: 'day1', name: '１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H', note: '当該日に受診等がある場合は別表２９ 受診等区分コードを記録、その他は省略。一次請求では網掛けのコード（“9”）は使用しない（医科 R04 と同じ [INF]）。別表番号 29 は推定 [INF]。' },
    { key: 'day2', name: '２日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day3', name: '３日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day4', name: '４日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day5', name: '５日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day6', name: '６日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day7', name: '７日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day8', name: '８日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day9', name: '９日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day10', name: '１０日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day11', name: '１１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day12', name: '１２日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day13', name: '１３日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day14', name: '１４日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day15', name: '１５日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day16', name: '１６日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day17', name: '１７日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day18', name: '１８日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day19', name: '１９日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day20', name: '２０日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day21', name: '２１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day22', name: '２２日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day23', name: '２３日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day24', name: '２４日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day25', name: '２５日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day26', name: '２６日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day27', name: '２７日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day28', name: '２８日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day29', name: '２９日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day30', name: '３０日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
    { key: 'day31', name: '３１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:29', required: 'conditional', confidence: 'H' },
  ],
});
