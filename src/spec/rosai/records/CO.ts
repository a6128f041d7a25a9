// Reconstructed 労災 コメントレコード (CO, 5 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.4.
// No official 労災 記録条件仕様 was readable. Table confidence [H]: ORCA18/51, SK and KW agree (5 fields).
// Sources: ORCA51: Hiroaki-Inomata/ORCA-5-1 jma-receipt.r_5_1_branch/scripts/monthly/rosai_receden_common_const.rb.in @9670a29e354a826f8eaa17c01e8e0a81898468e1 (read: order, 項目名, mode, bytes, fixed flag, required flag);
// ORCA18: miyucy/jma-receipt (branch master-utf8) scripts/monthly/rosai_receden_common_const.rb.in @594ce5942f68cdcb2ff84da28718e00f70cde8ef (as cited by the notes), rosai_receden_check.rb.in @04e543cc4ecf502d50eef4cf522a070fa1c6a0be, rosai_receden_error.rb.in @2bd5b38c779091513ca04384a6b4367843431a5e;
// KW: karte compat_workers.js (read_file id 71329477297; repository not identified) — used only where it agrees.
// Same layout as the 医科 CO (H-era width 76) except field 3 (予備１, not 負担区分).
import { defineRecord } from '../../types.js';

export const CO = /* @__PURE__ */ defineRecord({
  id: 'CO',
  name: 'コメントレコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.4 CO',
  confidence: 'H',
  note: '摘要情報（コメント）。医科の CO と同じ５項目の並びで、第３項目は予備（負担区分ではない）。アフターケアの請求ファイルでも同じレイアウト。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“CO”を記録する。' },
    { key: 'practiceCategory', name: '診療識別', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'rosai:12', required: 'conditional', confidence: 'H', note: '診療識別コードを記録する（昇順、ORCA 23060）。01・99（全体に係る識別コード）は CO だけが使える（23810）。' },
    { key: 'reserved1', name: '予備１', mode: '英数', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「負担区分」。' },
    { key: 'code', name: 'コメントコード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '別に定めるコメントコード（“8”で始まる、ORCA 23070）を記録する。' },
    { key: 'text', name: '文字データ', mode: '漢字', maxBytes: 76, format: '可変', kind: 'text', required: 'conditional', personal: true, confidence: 'H', note: 'コメントコードに応じた文字情報又は数字情報等を記録する（10・30系は必須、40・41系は全角数字、90系は修飾語コード: ORCA 34380〜34400）。記録を要しないコメントコードの場合は省略。' },
  ],
});
