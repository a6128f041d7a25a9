// 調剤 コメントレコード (CO): reconstructed, kinds-chozai-dpc.md §2.3 "CO and TK". Not the 医科 CO layout (no 診療識別/負担区分).
// Confidence: H (UP, NDB, PO; 文字データ width also = 医科 R04 CO 76).
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : uke_parser_chozai.rb (H30 field names by index)
//   - NDB: harakonan/research-public @ 38bcaf46810a90246663274dc3397d9ec2881b74 (files added in b50cd48894fcb257a2d40f04a77658c8fd24ec31) : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/51_CREATE_TABLE_TNDS_T_RCP_PHA_CO.sql (H29 column order and widths)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - IKA: shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04; used only by analogy, [INF])
import { defineRecord } from '../../types.js';

export const CO = /* @__PURE__ */ defineRecord({
  id: 'CO',
  name: 'コメントレコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 CO (UP, NDB, PO)',
  confidence: 'H',
  note: '処方情報内のコメント（任意、複数可）。当該処方の IY/TO の後に記録する。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“CO”を記録する。' },
    { key: 'code', name: 'コメントコード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '別に定めるコメントコードを記録する（例: 810000001 は文字データを自由記載するコメント）。' },
    { key: 'text', name: '文字データ', mode: '漢字', maxBytes: 76, format: '可変', kind: 'text', required: 'conditional', personal: true, confidence: 'H', note: 'コメントコードに応じた文字情報又は数字情報等を記録する。記録を要しないコメントコードの場合は省略する。NDB 38 文字、PO 76 バイト、医科 R04 CO 76。R06/R08 で拡張されたかは未確認。' },
  ],
});
