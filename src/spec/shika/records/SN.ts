// 歯科 SN 資格確認レコード — the notes say “same as 医科”: layout copied from the official 医科 R04 text (第1章3(4)ウ(ウ) p.12) and checked against SR R08 (p.12).
// Confidence of the table: H (医科 R04 official layout + SR R08 widths agree + 9-field AV samples); 項目名 of the 記号/番号 items follow R08 (SR). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04) for the records the notes call “same as 医科”
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
import { defineRecord } from '../../types.js';

export const SN = /* @__PURE__ */ defineRecord({
  id: 'SN',
  name: '資格確認レコード',
  family: 'claim',
  source: 'claim-records.md §4.1 (“same as 医科”); layout of 医科 R04 第1章3(4)ウ(ウ) p.12; SR R08 p.12',
  confidence: 'H',
  note: '医科と同じレイアウト（医科 R04 の SN と同じ 9 項目、SR の R08 転記とも一致）。資格確認の状況を記録（任意、複数可）。保険医療機関からの請求時は、保険者レコードに対応する資格確認レコードを記録する。負担者種別は別表27、確認区分は別表28（歯科の番号）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SN”を記録する。' },
    { key: 'payerType', name: '負担者種別', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'shika:27', required: 'required', confidence: 'H', note: '別表２７ 負担者種別コードを記録する。' },
    { key: 'confirmationType', name: '確認区分', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'shika:28', required: 'conditional', confidence: 'H', note: '保険医療機関からの請求時は、「負担者種別」が“1”である場合に別表２８ 確認区分コードを記録する。一次請求の場合は網掛けのコード（“02”～“14”）は使用しない（医科 R04 と同じ [INF]）。' },
    { key: 'insurerNumberConfirmed', name: '保険者番号等（資格確認）', mode: '英数', maxBytes: 8, format: '可変', kind: 'digits', required: 'omit', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, confidence: 'H', note: '記録を省略する。履歴請求データについては審査支払機関で記録されたままとする（医科 R04 と同じ）。' },
    { key: 'cardSymbolConfirmed', name: '被保険者資格に係る記号（資格確認）', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'omit', personal: true, confidence: 'H', note: '記録を省略する。R08 の項目名（SR）。医科 R04 では「被保険者証（手帳）等の記号（資格確認）」。' },
    { key: 'cardNumberConfirmed', name: '被保険者資格に係る番号（資格確認）', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'omit', personal: true, confidence: 'H', note: '記録を省略する。R08 の項目名（SR）。医科 R04 では「被保険者証（手帳）等の番号（資格確認）」。' },
    { key: 'branchNumber', name: '枝番', mode: '英数', maxBytes: 2, format: '可変', kind: 'digits', required: 'conditional', personal: true, confidence: 'H', note: '電子資格確認で通知された枝番又は被保険者証等の「枝番」欄の番号。２桁に満たない場合は先頭に“0”を記録し２桁。後期高齢者医療又は負担者種別が公費負担医療の場合は省略。' },
    { key: 'recipientNumber', name: '受給者番号', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'omit', mask: { checkDigit: true }, personal: true, confidence: 'H', note: '記録を省略する。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。' },
  ],
});
