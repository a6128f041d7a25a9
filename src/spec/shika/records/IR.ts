// 歯科 IR 医療機関情報レコード — 記録条件仕様（歯科用）令和8年6月版 第1章 3 (4), as transcribed by SR (p.6).
// Confidence of the table: M (field order [H]: SR, AV, PHP-R, PHP-W, UP sample; widths [M]: SR only, shared ones [H] with 医科 R04 IR). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
//   - sosuke-hirayama/uke-parser @ff553ce55e6695f0065ed0c0031af74034f79cc9 uke_parser_shika.rb, uke/shika_shaho.csv (UP: H30-era field list and ORCA sample)
//   - public PHP 歯科 UKE reader, repository not identified (read_file id 43600401180; PHP-R, H-era field list)
//   - public PHP 歯科 UKE writer (RECEIPTS.UKE), repository not identified (read_file id 18406260360; PHP-W, production-style writer)
// NOTE: same identifier as the 医科 IR but a different layout (9 fields: no 医療機関名称 and no マルチボリューム識別情報; 届出 added).
// Kept as a separate table; generic code that reads IR by key finds payer/prefecture/scoreTable/facilityCode/billingMonth/phone here too.
import { defineRecord } from '../../types.js';

export const IR = /* @__PURE__ */ defineRecord({
  id: 'IR',
  name: '医療機関情報レコード',
  family: 'claim',
  source: 'claim-records.md §4.1 IR (SR R08 第1章3(4) p.6; AV explainIR; PHP-R; PHP-W)',
  confidence: 'M',
  note: 'レセプト単位データの先頭に記録する（必須、１レセプトに複数不可）。医科と異なりファイル単位ではなく、各レセプトの RE の直前に毎回記録する [H]（SR、AV・UP の実データ、PHP-W）。医科 IR と同じ識別子だが項目構成は異なる（医療機関名称・マルチボリューム識別情報は UK にある）。支払基金の事務点検 ASP は「医療機関情報レコードの次がレセプト共通レコードでない」をエラーとする（SR 調査）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“IR”を記録する。' },
    { key: 'payer', name: '審査支払機関', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'shika:1', required: 'required', confidence: 'H', note: '別表１ 審査支払機関コードを記録する。' },
    { key: 'prefecture', name: '都道府県', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'shika:2', required: 'required', confidence: 'H', note: '別表２ 都道府県コードを記録する。' },
    { key: 'scoreTable', name: '点数表', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'shika:3', required: 'required', confidence: 'H', note: '別表３ 点数表コードを記録する。歯科は“3”。' },
    { key: 'facilityCode', name: '医療機関コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '保険医療機関について定められた医療機関コード７桁を記録する。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。' },
    { key: 'billingMonth', name: '請求年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'H', note: '請求年月を西暦（YYYYMM）で記録する。' },
    { key: 'phone', name: '電話番号', mode: '英数', maxBytes: 15, format: '可変', kind: 'text', required: 'optional', confidence: 'H', note: '保険医療機関の電話番号。記録は任意とする。“(03)1234-5678”又は“03-1234-5678”の形で記録されている（AV）。' },
    { key: 'facilityStandards', name: '届出', mode: '英数', maxBytes: 40, format: '可変', kind: 'code', table: 'shika:5', repeat: { unit: 2, max: 14 }, required: 'conditional', confidence: 'M', note: '入院外で、別表５ 施設基準届出コード（２桁）を最大１４個連結して記録する。記録するバイト数は２の倍数。IR はレセプトの診療年月時点の状況を記録する（UK は請求年月の前月の状況）（AV）[M]。' },
  ],
});
