// Reconstructed 労災 症状詳記レコード (SJ, 3 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.4.
// No official 労災 記録条件仕様 was readable. Table confidence [M] (the notes mark it M): ORCA18/51 and SK agree on the
// layout; the 区分 rules come from ORCA alone.
// Sources: ORCA51: Hiroaki-Inomata/ORCA-5-1 jma-receipt.r_5_1_branch/scripts/monthly/rosai_receden_common_const.rb.in @9670a29e354a826f8eaa17c01e8e0a81898468e1 (read: order, 項目名, mode, bytes, fixed flag, required flag);
// ORCA18: miyucy/jma-receipt (branch master-utf8) scripts/monthly/rosai_receden_common_const.rb.in @594ce5942f68cdcb2ff84da28718e00f70cde8ef (as cited by the notes), rosai_receden_check.rb.in @04e543cc4ecf502d50eef4cf522a070fa1c6a0be, rosai_receden_error.rb.in @2bd5b38c779091513ca04384a6b4367843431a5e;
// SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/Models/ReceiptDataModel.cs @8be0ca4e10cd35effc84a56ee158185be2f7e8ce (RousaiRERecord, AfterCareRERecord) (GetSyoubyoKeikaSJ: 区分 07 for 労災, empty for アフターケア).
// Same layout as the 医科 SJ.
import { defineRecord } from '../../types.js';

export const SJ = /* @__PURE__ */ defineRecord({
  id: 'SJ',
  name: '症状詳記レコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.4 SJ',
  confidence: 'M',
  note: '症状詳記（任意、複数可）。１レセプト999件まで（ORCA 23820）。医科の SJ と同じ３項目。アフターケアの請求ファイルでも同じレイアウトで、区分は記録しない（SK）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“SJ”を記録する。' },
    { key: 'detailType', name: '症状詳記区分', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:14', required: 'conditional', confidence: 'M', note: '症状詳記区分コード（ORCA: 01〜07, 50, 51, 52, 90; 23840）。レセプト内の最初の SJ には必ず記録し（23830）、同一区分の詳記を複数レコードに分ける場合は後続レコードで省略する。アフターケアでは区分を記録しない（SK）[M]。' },
    // [M] required as in the 医科 SJ; ORCA51's required flag is off for this field (it never writes an empty SJ).
    { key: 'detailText', name: '症状詳記データ', mode: '漢字', maxBytes: 2400, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'M', note: '症状詳記を記録する。RR「傷病の経過」が５０文字を超える場合の経過もここに記録する（FAQ; SK は区分“07”、先頭行【傷病の経過】）。' },
  ],
});
