// 調剤 処方基本レコード (SH): reconstructed, kinds-chozai-dpc.md §2.3 "SH".
// Confidence: H for positions and widths (UP, NDB, PO; SEG reads #2-3).
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : uke_parser_chozai.rb (H30 field names by index)
//   - NDB: harakonan/research-public @ 38bcaf46810a90246663274dc3397d9ec2881b74 (files added in b50cd48894fcb257a2d40f04a77658c8fd24ec31) : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/47_CREATE_TABLE_TNDS_T_RCP_PHA_SH.sql (H29 column order and widths)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - YR: yusuketakuma/yrese @ f4d0f8f71a62c3e55a57a79ad57092b10620cc70 : docs/claim/record_spec_reading_notes.md (読解ノート of the official R08 調剤 PDF iryokikan_in_07.pdf pp.1-4)
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
import { defineRecord } from '../../types.js';

export const SH = /* @__PURE__ */ defineRecord({
  id: 'SH',
  name: '処方基本レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 SH (UP, NDB, PO, SEG)',
  confidence: 'H',
  note: '処方情報（１処方＝１剤）の先頭に記録する（必須、１処方に複数不可）。医薬品の剤形、用法等を記録し、後に CZ（調剤日ごと）、IY/TO（１以上）、CO（任意）が続く（YR）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SH”を記録する。' },
    // [INF] 固定 2 with leading zero: NDB VARCHAR2(2), PO pads to 2, samples show "01"; the spec wording is not known.
    { key: 'prescriptionNumber', name: 'Ｎｏ', mode: '数字', maxBytes: 2, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '処方（剤）の番号（剤番号）。レセプト内で“01”から２桁で記録する。CZ の「算定先Ｎｏ」はこの番号を指す。' },
    { key: 'dosageForm', name: '剤形コード', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:11', required: 'required', confidence: 'H', note: '別表11 剤形コードを記録する。' },
    // [INF] 可変 and conditional: codes are 3 digits, PO accepts 1-3 digits and may leave it empty.
    { key: 'usageCode', name: '用法 用法コード', mode: '数字', maxBytes: 3, format: '可変', kind: 'code', table: 'chozai:12', required: 'conditional', confidence: 'H', note: '別表12 用法コードを記録する（３桁、先頭の“0”を保持）。用法がない剤（材料等）は省略と推定 [INF]。' },
    { key: 'specialInstruction', name: '用法 特別指示', mode: '漢字', maxBytes: 80, format: '可変', kind: 'text', required: 'conditional', confidence: 'H', note: '用法の補足（特別指示）を記録する。NDB 40 文字、PO 80 バイト。' },
    { key: 'unitDrugPoints', name: '単位薬剤料 合計', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '１調剤単位（内服は１日分）の薬剤料点数を記録する（NDB 7）。CZ の薬剤料点数は単位薬剤料×調剤数量と推定 [INF]。' },
    { key: 'unitDrugPointsPublic1', name: '単位薬剤料 第一公費', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '公費負担医療に係る単位薬剤料。当該公費の対象となる薬剤料が合計と異なる場合に記録すると推定 [INF]。' },
    { key: 'unitDrugPointsPublic2', name: '単位薬剤料 第二公費', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'unitDrugPointsPublic3', name: '単位薬剤料 第三公費', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'unitDrugPointsPublic4', name: '単位薬剤料 第四公費', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
  ],
});
