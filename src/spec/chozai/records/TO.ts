// 調剤 特定器材レコード (TO): reconstructed, kinds-chozai-dpc.md §2.3 "TO". Not the 医科 TO layout.
// Confidence: H for #1-6 (UP, NDB, PO); #7 [L] (予備 vs 特定器材名称).
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : uke_parser_chozai.rb (H30 field names by index)
//   - NDB: harakonan/research-public @ 38bcaf46810a90246663274dc3397d9ec2881b74 (files added in b50cd48894fcb257a2d40f04a77658c8fd24ec31) : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/50_CREATE_TABLE_TNDS_T_RCP_PHA_TO.sql (H29 column order and widths)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
import { defineRecord } from '../../types.js';

export const TO = /* @__PURE__ */ defineRecord({
  id: 'TO',
  name: '特定器材レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 TO (UP, NDB, PO)',
  confidence: 'H',
  note: '処方情報内で特定器材を記録する（IY 又は TO のいずれか１レコード以上が必須、複数可）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“TO”を記録する。' },
    { key: 'burdenCategory', name: '負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'required', confidence: 'H' },
    { key: 'code', name: '特定器材コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '別に定める特定器材コードを記録する。' },
    { key: 'quantity', name: '使用量', mode: '数字', maxBytes: 9, format: '可変', kind: 'decimal', decimal: { int: 5, frac: 3 }, required: 'conditional', confidence: 'H', note: '整数部５桁、小数部３桁として、整数部と小数部は小数点で区切り記録する（NDB 8,3；医科 TO と同じ）。' },
    { key: 'unitCode', name: '単位コード', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'chozai:17', required: 'conditional', confidence: 'H', note: '別表17 特定器材単位コードを記録する。' },
    { key: 'unitPrice', name: '単価', mode: '数字', maxBytes: 11, format: '可変', kind: 'decimal', decimal: { int: 8, frac: 2 }, required: 'conditional', confidence: 'H', note: '購入価格により算定する特定器材の場合に、整数部８桁、小数部２桁で記録する（NDB 10,2；医科 TO と同じ）。' },
    // [L] conflict: 特定器材名称 (NDB SPCFC_DEV_NAME NVARCHAR2(20), PO) vs 予備 (UP; 医科 R04 analogy). 特定器材名称 chosen; if the spec says 予備, set required to omit.
    { key: 'materialName', name: '特定器材名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', confidence: 'L', note: 'NDB（平成29年）の列名と PO（R08、40バイト）による。UP（平成30年）はこの位置を「予備」とし、医科 R04 TO でも同じ位置は「予備」（漢字40）。読み手は名称が入っていてもいなくても受け付けること。' },
  ],
});
