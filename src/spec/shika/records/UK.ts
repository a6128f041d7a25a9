// 歯科 UK 受付情報レコード — 記録条件仕様（歯科用）令和8年6月版 第1章 3 (4), as transcribed by SR (p.5).
// Confidence of the table: M (field order [H]: SR, AV, PHP-R, PHP-W, UP sample; widths [M]: SR only, shared ones [H] with 医科 R04 IR). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
//   - sosuke-hirayama/uke-parser @ff553ce55e6695f0065ed0c0031af74034f79cc9 uke_parser_shika.rb, uke/shika_shaho.csv (UP: H30-era field list and ORCA sample)
//   - public PHP 歯科 UKE reader, repository not identified (read_file id 43600401180; PHP-R, H-era field list)
//   - public PHP 歯科 UKE writer (RECEIPTS.UKE), repository not identified (read_file id 18406260360; PHP-W, production-style writer)
import { defineRecord } from '../../types.js';

export const UK = /* @__PURE__ */ defineRecord({
  id: 'UK',
  name: '受付情報レコード',
  family: 'claim',
  source: 'claim-records.md §4.1 UK (SR R08 第1章3(4) p.5; AV explainUK; PHP-R; PHP-W)',
  confidence: 'M',
  note: '受付情報。１ファイル（保険医療機関単位データ）の先頭に１レコード記録する（必須、複数不可）。歯科固有のレコードで、医科の IR（ファイル先頭）に当たる。各レセプトの先頭には別に医療機関情報レコード（IR）を記録する。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“UK”を記録する。' },
    { key: 'payer', name: '審査支払機関', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'shika:1', required: 'required', confidence: 'H', note: '別表１ 審査支払機関コードを記録する。' },
    { key: 'prefecture', name: '都道府県', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'shika:2', required: 'required', confidence: 'H', note: '別表２ 都道府県コードを記録する。' },
    { key: 'scoreTable', name: '点数表', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'shika:3', required: 'required', confidence: 'H', note: '別表３ 点数表コードを記録する。歯科は“3”。' },
    { key: 'facilityCode', name: '医療機関コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '保険医療機関について定められた医療機関コード７桁を記録する。UP の ORCA 試験データ（H30）は５桁の値を記録しているが、固定７バイトが正しい。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。' },
    { key: 'facilityName', name: '医療機関名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', confidence: 'H', note: '地方厚生（支）局長に届け出た医療機関名称を記録する（全角）。２０文字を超える場合は定められた省略名称（AV の説明）。医科では IR にある項目が、歯科では UK にある（歯科 IR には名称がない）。' },
    { key: 'billingMonth', name: '請求年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'H', note: '請求年月を西暦（YYYYMM）で記録する。' },
    { key: 'facilityStandards', name: '届出', mode: '英数', maxBytes: 40, format: '可変', kind: 'code', table: 'shika:5', repeat: { unit: 2, max: 14 }, required: 'conditional', confidence: 'M', note: '地方厚生（支）局長に届け出た施設基準の別表５ 施設基準届出コード（２桁）を連結して記録する。最大１４個、記録するバイト数は２の倍数。同一コードの重複記録は不可（SR）。UK は請求年月の前月の状況を記録する（AV）。40 バイトは 20 個分だが、SR は最大 14 個とする [M]。' },
    { key: 'volume', name: 'マルチボリューム識別情報', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: 'ボリューム単位ごとに“00”から昇順に２桁の連続番号を記録する（単一ボリュームは“00”）。GO のマルチボリューム識別情報（単一は“99”）と対になる。' },
  ],
});
