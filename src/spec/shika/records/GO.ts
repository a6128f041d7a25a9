// 歯科 GO 診療報酬請求書レコード — the notes say “as 医科”: layout copied from the official 医科 R04 text (第1章3(4)ク p.23) and checked against SR R08 (p.27).
// Confidence of the table: H (医科 R04 layout; SR R08; 歯科 手引き excerpt 123-S; GO totals recomputed on AV and UP 歯科 samples). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04) for the records the notes call “same as 医科”
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
//   - sosuke-hirayama/uke-parser @ff553ce55e6695f0065ed0c0031af74034f79cc9 uke_parser_shika.rb, uke/shika_shaho.csv (UP: H30-era field list and ORCA sample)
//   - https://123deta.com (123-S: excerpt of the 支払基金 電子レセプトの作成手引き 歯科, GO chapter; via claim-records.md §0)
import { defineRecord } from '../../types.js';

export const GO = /* @__PURE__ */ defineRecord({
  id: 'GO',
  name: '診療報酬請求書レコード',
  family: 'claim',
  source: 'claim-records.md §1.2, §4.1 GO (“as 医科”; SR R08 p.27; 123-S 歯科 手引き excerpt); layout of 医科 R04 第1章3(4)ク p.23',
  confidence: 'H',
  note: '医科と同じレイアウト（4 項目）。１ファイル単位の最後に記録（必須）。総件数・総合計点数の数え方は医科と同じ（SR calcGoTotals、手引き p.27 注、AV の実データで再計算して一致）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“GO”を記録する。' },
    { key: 'totalCount', name: '総件数', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '保険医療機関単位のレセプトの総件数（１ボリュームの場合）、複数ボリュームの場合は最終ボリュームにのみ記録する。件数はレセプト種別ごとに 医保単独 1、医保+公費 n 種 1+n、公費単独 1、公費 n 種併用 n を合算（HO があれば 1 ＋ KO の数）。' },
    { key: 'totalPoints', name: '総合計点数', mode: '数字', maxBytes: 10, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '各レセプトの主保険に係る合計点数（HO の合計点数、公費のみの場合は最初に記録された KO の合計点数）の総合計。複数ボリュームの場合は最終ボリュームにのみ記録。' },
    { key: 'volume', name: 'マルチボリューム識別情報', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '１ボリュームの場合は“99”。複数ボリュームの場合は“01”から昇順に記録し、最終ボリュームに“99”を記録する。' },
  ],
});
