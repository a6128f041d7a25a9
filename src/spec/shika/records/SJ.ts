// 歯科 SJ 症状詳記レコード — 記録条件仕様（歯科用）令和8年6月版 第1章 3 (4), as transcribed by SR (p.26); same layout as 医科 R04 第1章3(4)カ p.19.
// Confidence of the table: M (SR only for 歯科; identical to the official 医科 R04 layout; no 歯科 sample carries SJ). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04) for the records the notes call “same as 医科”
//   - HealthDataWorks/fhir-ig-jp-rezept-dental @52f89ecef22a7455e8b1c28a02e97c495b4cef7c gofsh_output/input/fsh/*-CodeSystem.fsh (HDW: 別表 numbers of the R02 歯科 spec)
import { defineRecord } from '../../types.js';

export const SJ = /* @__PURE__ */ defineRecord({
  id: 'SJ',
  name: '症状詳記レコード',
  family: 'claim',
  source: 'claim-records.md §4.1 SJ (SR R08 第1章3(4) p.26); layout of 医科 R04 第1章3(4)カ p.19',
  confidence: 'M',
  note: '医科と同じレイアウト（3 項目）。症状詳記を記録（任意、複数可）。レセプトの最後（摘要の後）に記録する。症状詳記区分は別表25（歯科の番号）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SJ”を記録する。' },
    { key: 'detailType', name: '症状詳記区分', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'shika:25', required: 'conditional', confidence: 'M', note: '別表２５ 症状詳記区分コードを記録する。同一症状詳記区分の症状詳記データを複数レコードにまたがって記録する場合は、後続レコードの症状詳記区分の記録を省略する（医科 R04 と同じ [INF]）。' },
    { key: 'detailText', name: '症状詳記データ', mode: '漢字', maxBytes: 2400, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'M', note: '症状詳記区分コードに応じた症状詳記を記録する。' },
  ],
});
