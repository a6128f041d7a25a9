// 調剤 医薬品レコード (IY): reconstructed, kinds-chozai-dpc.md §2.3 "IY". Not the 医科 IY layout (10 fields, no 算定日).
// Confidence: H for positions and widths (UP, NDB, PO, MIG comment; SEG reads #3-4).
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : uke_parser_chozai.rb (H30 field names by index)
//   - NDB: harakonan/research-public @ 38bcaf46810a90246663274dc3397d9ec2881b74 (files added in b50cd48894fcb257a2d40f04a77658c8fd24ec31) : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/49_CREATE_TABLE_TNDS_T_RCP_PHA_IY.sql (H29 column order and widths)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - MIG: public Python UKE→SQLite loader (index file id 60551822730, repository not identified) and its sample generator (index file id 60558601659): CZ counted as 71 fields
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
import { defineRecord } from '../../types.js';

export const IY = /* @__PURE__ */ defineRecord({
  id: 'IY',
  name: '医薬品レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 IY (UP, NDB, PO, MIG, SEG)',
  confidence: 'H',
  note: '処方情報内で医薬品を記録する（IY 又は TO のいずれか１レコード以上が必須、複数可）。当該処方（剤）を構成する医薬品ごとに１レコード。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“IY”を記録する。' },
    { key: 'burdenCategory', name: '負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:13', required: 'required', confidence: 'H', note: '別表13 負担区分コードを記録する。' },
    { key: 'code', name: '医薬品コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '別に定める医薬品コードを記録する。' },
    { key: 'quantity', name: '使用量', mode: '数字', maxBytes: 11, format: '可変', kind: 'decimal', decimal: { int: 5, frac: 5 }, required: 'conditional', confidence: 'H', note: '１調剤単位（内服は１日量と推定 [INF]）の使用量。整数部５桁、小数部５桁として、整数部と小数部は小数点で区切り記録する（NDB 10,5；医科 IY と同じ）。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 7, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する（NDB 7）。' },
    { key: 'reserved2', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する（NDB 1）。' },
    { key: 'mixingCode', name: '混合区分 コード', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:16', required: 'conditional', confidence: 'H', note: '計量混合・自家製剤・無菌製剤の場合に別表16 混合区分コードを記録する。' },
    { key: 'mixingBranch', name: '混合区分 枝', mode: '数字', maxBytes: 1, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '同時に混合する医薬品のまとまりを示す番号と推定 [INF]。' },
    { key: 'incompatibilityClass', name: '配合不適区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', confidence: 'H', note: '配合不適の場合に記録すると推定 [INF]。' },
    { key: 'doseOnce', name: '１回用量', mode: '数字', maxBytes: 11, format: '可変', kind: 'decimal', decimal: { int: 5, frac: 5, confidence: 'INF' }, required: 'conditional', confidence: 'H', note: '１回の用量。整数部５桁、小数部５桁（NDB 10,5）と推定 [INF]。' },
  ],
});
