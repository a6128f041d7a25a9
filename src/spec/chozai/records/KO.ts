// 調剤 公費レコード (KO): reconstructed, kinds-chozai-dpc.md §2.3 "KO".
// Confidence: H for positions and widths (UP, PO, NDB; SEG reads #2-4, #8, #10).
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : uke_parser_chozai.rb (H30 field names by index)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - NDB: harakonan/research-public @ 38bcaf46810a90246663274dc3397d9ec2881b74 (files added in b50cd48894fcb257a2d40f04a77658c8fd24ec31) : ndb/NDB-UTDPH/TestDBSetup/ddl/09_NDB_RECEIPT/45_CREATE_TABLE_TNDS_T_RCP_PHA_KO.sql (H29 column order and widths)
//   - SEG: scrambleegg7/Shikaku @ 8c81e8b7f38ed03f0218a42748cc4ebaf277e7ce : RECEPTHokenClass.py (reads real RECEIPTY.CYO files: RE #5-9, HO #2-4 and #10, KO #2-4, #8, #10)
//   - IKA: shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04; used only by analogy, [INF])
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
import { defineRecord } from '../../types.js';

export const KO = /* @__PURE__ */ defineRecord({
  id: 'KO',
  name: '公費レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 KO (UP, PO, NDB, SEG)',
  confidence: 'H',
  note: '公費負担医療レセプトの場合に記録する（併用する公費の数だけ１～４レコード）。複数記録する場合は「法別番号及び制度の略称表」の順に第一公費から記録する（YR）。医科と異なり食事療養・入院の項目はない。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“KO”を記録する。' },
    { key: 'payerNumber', name: '公費負担医療 負担者番号', mode: '英数', maxBytes: 8, format: '固定', kind: 'digits', required: 'required', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, confidence: 'H', note: '医療券等に記載されている公費負担者番号８桁を記録する。' },
    { key: 'recipientNumber', name: '公費負担医療 受給者番号', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'conditional', mask: { checkDigit: true }, personal: true, confidence: 'H', note: '受給者番号７桁。７桁に満たない場合は先頭から“0”を記録し７桁で記録する（医科と同じと推定 [INF]）。' },
    { key: 'optionalBenefit', name: '公費負担医療 任意給付区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', required: 'conditional', confidence: 'H', note: '国民健康保険又は退職者医療において公費負担者に任意給付がある場合は“1”を記録する（医科と同じと推定 [INF]）。' },
    { key: 'receptionCount', name: '処方箋受付回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '当該公費に係る処方箋の受付回数（NDB 2）。' },
    { key: 'totalPoints', name: '合計点数', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: '当該公費に係る請求点数の合計（NDB 8）。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 5, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する（NDB 5, PO 5）。' },
    { key: 'burdenAmount', name: '一部負担金額', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: '医療券等に記載された公費負担医療に係る患者の負担額等を記録する（条件は医科の「負担金額 公費」と同じと推定 [INF]）。NDB 8。' },
    { key: 'reserved2', name: '予備', mode: '数字', maxBytes: 6, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する（NDB 6, PO 6）。医科ではこの位置が「公費給付対象外来一部負担金」。' },
    { key: 'outpatientCopayCovered', name: '公費給付対象一部負担金', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: '医療保険（後期高齢者医療）と公費の併用で、一部負担金相当額の一部を公費が給付するときに給付対象額を記録する（医科の外来と同じ扱いと推定 [INF]）。NDB 6。' },
  ],
});
