// 調剤 保険者レコード (HO): reconstructed, kinds-chozai-dpc.md §2.3 "HO".
// Confidence: H for positions and most widths (UP, PO, NDB; SEG reads #2-4 and #10); 記号・番号 widths [INF] from 医科 R04.
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : uke_parser_chozai.rb (H30 field names by index)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - NDB: harakonan/research-public @ 38bcaf46810a90246663274dc3397d9ec2881b74 (files added in b50cd48894fcb257a2d40f04a77658c8fd24ec31) : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/44_CREATE_TABLE_TNDS_T_RCP_PHA_HO.sql (H29 column order and widths)
//   - SEG: scrambleegg7/Shikaku @ 8c81e8b7f38ed03f0218a42748cc4ebaf277e7ce : RECEPTHokenClass.py (reads real RECEIPTY.CYO files: RE #5-9, HO #2-4 and #10, KO #2-4, #8, #10)
//   - IKA: shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04; used only by analogy, [INF])
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
import { defineRecord } from '../../types.js';

export const HO = /* @__PURE__ */ defineRecord({
  id: 'HO',
  name: '保険者レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 HO (UP, PO, NDB, SEG)',
  confidence: 'H',
  note: '医療保険レセプト（国民健康保険、退職者医療、後期高齢者医療を含む）の場合に記録する。１レセプトに複数不可。公費単独・公費併用のみのレセプトでは記録しない。医科と異なり食事療養の項目はない。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HO”を記録する。' },
    { key: 'insurerNumber', name: '保険者番号', mode: '英数', maxBytes: 8, format: '固定', kind: 'digits', required: 'required', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, confidence: 'H', note: '保険者番号が８桁に満たない場合は、先頭から“スペース”を記録し、８桁で記録する（医科と同じと推定 [INF]）。' },
    // [INF] width 38 and mode from the 医科 R04 HO; position [H] (UP, PO, SEG).
    { key: 'cardSymbol', name: '被保険者証（手帳）等の記号', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'conditional', personal: true, confidence: 'M', note: '「記号及び番号」欄の記号。番号のみの場合は省略。英数と漢字を混在しない。R08 では「被保険者資格に係る記号」と改称（PO [L]）。' },
    // [INF] width 38 and mode from the 医科 R04 HO; position [H].
    { key: 'cardNumber', name: '被保険者証（手帳）等の番号', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'M', note: '「記号及び番号」欄の番号（後期高齢者は被保険者番号）。英数と漢字を混在しない。R08 では「被保険者資格に係る番号」と改称（PO [L]）。' },
    { key: 'receptionCount', name: '処方箋受付回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '当該レセプトに係る処方箋の受付回数を記録する。医科 HO の診療実日数の位置にある（意味が異なるため別キー）。NDB 2。' },
    { key: 'totalPoints', name: '合計点数', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '医療保険に係る請求点数の合計（NDB 8）。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 5, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する（NDB 5, PO 5）。' },
    { key: 'occupationalReason', name: '職務上の事由', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:9', required: 'conditional', confidence: 'H', note: '船員保険の被保険者等で職務上の取扱いとなる場合に別表９のコードを記録する（医科と同じ条件と推定 [INF]）。' },
    { key: 'certificateNumber', name: '証明書番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '国保・退職者医療で「一部負担金減額、免除、徴収猶予証明書」に証明書番号が記載されている場合に記録する（PO 3）。（先頭ゼロ: 医科 R04 の証明書番号と同じく、数字・可変の一般則により上位桁のゼロは記録しない（kind integer）。）' },
    { key: 'burdenAmount', name: '一部負担金', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: '一部負担金額が必要な場合に当該金額を記録する（条件は医科の「負担金額 医療保険」と同じと推定 [INF]）。NDB 8（医科は 9）。' },
    { key: 'reserved2', name: '負担金額減免 予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する（NDB 1, PO 1）。UP はこの項目から減額金額までを「負担金額減免」の下に置く。' },
    { key: 'reductionClass', name: '負担金額減免 減免区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:10', required: 'conditional', confidence: 'H', note: '一部負担金減額、免除、徴収猶予証明書が提示された場合等に別表10のコードを記録する。' },
    { key: 'reductionRate', name: '負担金額減免 減額割合', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '一部負担金が「割」の単位で減額される場合に百分率（％）で記録する。' },
    { key: 'reductionAmount', name: '負担金額減免 減額金額', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '一部負担金が「円」の単位で減額される場合に記録する。' },
  ],
});
