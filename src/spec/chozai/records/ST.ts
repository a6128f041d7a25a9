// 調剤 分割技術料レコード (ST): reconstructed, kinds-chozai-dpc.md §2.3 "ST" (16 fields).
// Confidence: H for positions and widths (UP names, NDB widths, PO); meanings [INF].
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : uke_parser_chozai.rb (H30 field names by index)
//   - NDB: harakonan/research-public @ 38bcaf46810a90246663274dc3397d9ec2881b74 (files added in b50cd48894fcb257a2d40f04a77658c8fd24ec31) : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/70_CREATE_TABLE_TNDS_T_RCP_PHA_ST.sql (H29 column order and widths)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - YR: yusuketakuma/yrese @ f4d0f8f71a62c3e55a57a79ad57092b10620cc70 : docs/claim/record_spec_reading_notes.md (読解ノート of the official R08 調剤 PDF iryokikan_in_07.pdf pp.1-4)
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
import { defineRecord } from '../../types.js';

export const ST = /* @__PURE__ */ defineRecord({
  id: 'ST',
  name: '分割技術料レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 ST (UP, NDB, PO)',
  confidence: 'H',
  note: '分割対象点数、分割技術料を記録する（任意、複数可。YR）。レセプトの最後（KI の後）に記録する。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“ST”を記録する。' },
    // [INF] width 2 可変 as CZ 医師番号 (NDB masks it).
    { key: 'doctorNumber', name: '医師番号', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: 'CZ の医師番号と同じ（RE の保険医氏名の順番と推定 [INF]）。' },
    // [INF] width 8 固定 from the H-era 7.
    { key: 'prescriptionDate', name: '処方月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', confidence: 'H', note: '処方箋の交付年月日（YYYYMMDD）。' },
    // [INF] width 8 固定 from the H-era 7.
    { key: 'dispensingDate', name: '調剤月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', confidence: 'H', note: '調剤年月日（YYYYMMDD）。' },
    { key: 'receptionSeq', name: '処方箋受付回', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', confidence: 'H' },
    { key: 'splitInstructionCount', name: '分割指示回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '医師の指示による分割の回数を記録すると推定 [INF]（NDB 2）。' },
    { key: 'splitTargetPoints', name: '分割対象点数（保険）', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医療保険に係る分割の対象となる技術料の点数と推定 [INF]。' },
    { key: 'splitPoints', name: '分割後点数（保険）', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '医療保険に係る分割後の点数（分割技術料）と推定 [INF]。' },
    { key: 'splitTargetPointsPublic1', name: '分割対象点数（第一公費）', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'splitPointsPublic1', name: '分割後点数（第一公費）', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'splitTargetPointsPublic2', name: '分割対象点数（第二公費）', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'splitPointsPublic2', name: '分割後点数（第二公費）', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'splitTargetPointsPublic3', name: '分割対象点数（第三公費）', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'splitPointsPublic3', name: '分割後点数（第三公費）', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'splitTargetPointsPublic4', name: '分割対象点数（第四公費）', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
    { key: 'splitPointsPublic4', name: '分割後点数（第四公費）', mode: '数字', maxBytes: 7, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H' },
  ],
});
