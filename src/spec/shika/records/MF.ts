// 歯科 MF 窓口負担額レコード — the notes say “same as 医科”: layout copied from the official 医科 R04 text (第1章3(4)ウ(オ) p.13) and checked against SR R08 (p.13).
// Confidence of the table: H (医科 R04 layout + SR + 33-field AV samples). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04) for the records the notes call “same as 医科”
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
import { defineRecord } from '../../types.js';

export const MF = /* @__PURE__ */ defineRecord({
  id: 'MF',
  name: '窓口負担額レコード',
  family: 'claim',
  source: 'claim-records.md §4.1 (“same as 医科”); layout of 医科 R04 第1章3(4)ウ(オ) p.13; SR R08 p.13',
  confidence: 'H',
  note: '医科と同じレイアウト（33 項目）。窓口負担額等に係る情報を記録（任意、複数可）。窓口負担額区分は別表30（歯科の番号）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“MF”を記録する。' },
    { key: 'windowBurdenClass', name: '窓口負担額区分', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'shika:30', required: 'required', confidence: 'H', note: '別表３０ 窓口負担額区分コードを記録する。医科 R04 では網掛けのコード（“03”“04”）は使用しない [INF: 歯科も同じと推定]。' },
    { key: 'reserved1', name: '予備１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved2', name: '予備２', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved3', name: '予備３', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved4', name: '予備４', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved5', name: '予備５', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved6', name: '予備６', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved7', name: '予備７', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved8', name: '予備８', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved9', name: '予備９', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved10', name: '予備１０', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved11', name: '予備１１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved12', name: '予備１２', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved13', name: '予備１３', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved14', name: '予備１４', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved15', name: '予備１５', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved16', name: '予備１６', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved17', name: '予備１７', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved18', name: '予備１８', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved19', name: '予備１９', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved20', name: '予備２０', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved21', name: '予備２１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved22', name: '予備２２', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved23', name: '予備２３', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved24', name: '予備２４', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved25', name: '予備２５', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved26', name: '予備２６', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved27', name: '予備２７', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved28', name: '予備２８', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved29', name: '予備２９', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved30', name: '予備３０', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
    { key: 'reserved31', name: '予備３１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'H' },
  ],
});
