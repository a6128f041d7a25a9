// 調剤 薬局情報レコード (YK): 記録条件仕様（調剤用）— reconstructed, kinds-chozai-dpc.md §2.3 "YK".
// Confidence: M (YR copied the official R08 p.4 table; UP, NDB and PO give the same order; NDB widths agree).
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - YR: yusuketakuma/yrese @ f4d0f8f71a62c3e55a57a79ad57092b10620cc70 : docs/claim/record_spec_reading_notes.md (読解ノート of the official R08 調剤 PDF iryokikan_in_07.pdf pp.1-4)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : uke_parser_chozai.rb (H30 field names by index)
//   - NDB: harakonan/research-public @ 38bcaf46810a90246663274dc3397d9ec2881b74 (files added in b50cd48894fcb257a2d40f04a77658c8fd24ec31) : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/42_CREATE_TABLE_TNDS_T_RCP_PHA_YK.sql (H29 column order and widths)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
import { defineRecord } from '../../types.js';

export const YK = /* @__PURE__ */ defineRecord({
  id: 'YK',
  name: '薬局情報レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 YK (YR = official R08 調剤 p.4 via reading notes; UP; NDB; PO)',
  confidence: 'M',
  note: '薬局情報。１ファイル単位の先頭に記録する（必須、１ファイルに１レコード）。医科 IR と異なり 薬局コードと名称の間に予備はない（[H]）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“YK”を記録する。' },
    { key: 'payer', name: '審査支払機関', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:1', required: 'required', confidence: 'H', note: '別表１ 審査支払機関コードを記録する。' },
    { key: 'prefecture', name: '都道府県', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'chozai:2', required: 'required', confidence: 'H', note: '保険薬局の所在する都道府県コード（別表２）を記録する。' },
    { key: 'scoreTable', name: '点数表', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:3', required: 'required', confidence: 'H', note: '別表３ 点数表コードを記録する。調剤は“4”。' },
    { key: 'facilityCode', name: '薬局コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '保険薬局について定められた薬局コード（７桁）を記録する。医科 IR の医療機関コードに当たる（キーを共用）。' },
    { key: 'facilityName', name: '薬局連絡先名称', mode: '漢字', maxBytes: 40, format: '可変', required: 'required', confidence: 'M', note: '地方厚生（支）局長に届け出た保険薬局の名称を記録する。項目名は YR・UP・HDW-M とも「薬局連絡先名称」。幅は YR のみ（NDB は名称列を持たない）。' },
    { key: 'billingMonth', name: '請求年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'H', note: '西暦 YYYYMM で記録する。平成版（和暦）は GYYMM の５桁（NDB）。' },
    { key: 'volume', name: 'マルチボリューム識別情報', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: 'ボリューム単位ごとに“00”から昇順に２桁の連続番号を記録する。レセプトはボリュームをまたいで分割しない。' },
    // [INF] required = optional as for 医科 IR 電話番号; YR does not say whether it may be omitted, PO treats it as required.
    { key: 'phone', name: '電話番号', mode: '英数', maxBytes: 15, format: '可変', required: 'optional', confidence: 'M', note: '保険薬局の電話番号。括弧・ハイフンを含めてよい（YR）。' },
  ],
});
