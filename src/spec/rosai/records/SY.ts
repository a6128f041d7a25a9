// Reconstructed 労災 傷病名レコード (SY, 8 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.4.
// No official 労災 記録条件仕様 was readable. Table confidence [H]: ORCA18/51 and SK (RousaiSYRecord) agree.
// Sources: ORCA51: Hiroaki-Inomata/ORCA-5-1 jma-receipt.r_5_1_branch/scripts/monthly/rosai_receden_common_const.rb.in @9670a29e354a826f8eaa17c01e8e0a81898468e1 (read: order, 項目名, mode, bytes, fixed flag, required flag);
// ORCA18: miyucy/jma-receipt (branch master-utf8) scripts/monthly/rosai_receden_common_const.rb.in @594ce5942f68cdcb2ff84da28718e00f70cde8ef (as cited by the notes), rosai_receden_check.rb.in @04e543cc4ecf502d50eef4cf522a070fa1c6a0be, rosai_receden_error.rb.in @2bd5b38c779091513ca04384a6b4367843431a5e;
// SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/Models/ReceiptDataModel.cs @8be0ca4e10cd35effc84a56ee158185be2f7e8ce (RousaiRERecord, AfterCareRERecord) (RousaiRecedenRecord writes RousaiSYRecord after RR);
// KW: karte compat_workers.js (read_file id 71329477297; repository not identified) — used only where it agrees.
// Same layout as the 医科 SY except field 4 (予備１, not 転帰区分).
import { defineRecord } from '../../types.js';

export const SY = /* @__PURE__ */ defineRecord({
  id: 'SY',
  name: '傷病名レコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.4 SY',
  confidence: 'H',
  note: '傷病名を記録する（必須）。１レセプトに１〜99件（ORCA 25540/22020）。医科の SY と同じ８項目だが、第４項目は予備（転帰区分ではない）。アフターケアの請求ファイルには記録しない（SK・KW）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“SY”を記録する。' },
    { key: 'diseaseCode', name: '傷病名コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '別に定める傷病名コード。未コード化傷病名は“0000999”を記録し、傷病名称を記録する（ORCA 32090）。' },
    // [M] 固定: 医科 and ORCA18 fixed; ORCA51 drops the flag (to accept 7-digit 和暦 too).
    { key: 'startDate', name: '診療開始日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', confidence: 'M', note: '西暦で記録する。生年月日より前は誤り（ORCA 32210）。どの傷病名の診療開始日も療養期間―初日より後のときは誤り（32060）。2020年4月請求分以前は和暦７桁。' },
    { key: 'reserved1', name: '予備１', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「転帰区分」（労災の転帰は RR 転帰事由）。KW-compat も空欄、KW-next は“1”を書く [L]。' },
    { key: 'modifierCodes', name: '修飾語コード', mode: '英数', maxBytes: 80, format: '可変', kind: 'digits', repeat: { unit: 4, max: 20 }, required: 'conditional', confidence: 'H', note: '修飾語が必要な場合に４桁コードを連結して記録（バイト数は４の倍数、ORCA 21680）。' },
    { key: 'diseaseName', name: '傷病名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', confidence: 'H', note: '未コード化傷病名（“0000999”）の場合に記録する（ORCA 32090）。その他は省略。' },
    { key: 'mainDisease', name: '主傷病', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:11', required: 'conditional', confidence: 'H', note: '主傷病の場合に“01”を記録する。その他は省略（ORCA 32200）。' },
    { key: 'supplementaryComment', name: '補足コメント', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', confidence: 'H', note: '傷病名に補足コメントが必要な場合に記録する。' },
  ],
});
