// Reconstructed 労災 医療機関情報レコード (IR, 10 fields): shared/spec/kinds-nursing-rousai-dental-returns.md §2.4,
// §2.7. No official 労災 記録条件仕様 was readable. Table confidence [H]: ORCA and SK agree position by position.
// Sources: ORCA51: Hiroaki-Inomata/ORCA-5-1 jma-receipt.r_5_1_branch/scripts/monthly/rosai_receden_common_const.rb.in @9670a29e354a826f8eaa17c01e8e0a81898468e1 (read: order, 項目名, mode, bytes, fixed flag, required flag);
// ORCA18: miyucy/jma-receipt (branch master-utf8) scripts/monthly/rosai_receden_common_const.rb.in @594ce5942f68cdcb2ff84da28718e00f70cde8ef (as cited by the notes), rosai_receden_check.rb.in @04e543cc4ecf502d50eef4cf522a070fa1c6a0be, rosai_receden_error.rb.in @2bd5b38c779091513ca04384a6b4367843431a5e;
// SK: Sotatek-ChinhVu/smart-test CalculateService/Receipt/ViewModels/RecedenViewModel.cs @1bc3c08865bc62d00369ec1e037c50d67bb7aab9 (IR, GetRSRecord, GetASRecord);
// KW: karte compat_workers.js (read_file id 71329477297; repository not identified) — used only where it agrees; FAQ: mhlw.go.jp …/rousai/rezeptsystem/faq-05.html (stored excerpt).
// Same layout as the 医科 IR except field 2 (予備１, not 審査支払機関) and the content of field 8.
import { defineRecord } from '../../types.js';

export const IR = /* @__PURE__ */ defineRecord({
  id: 'IR',
  name: '医療機関情報レコード',
  family: 'claim',
  source: 'kinds-nursing-rousai-dental-returns.md §2.4 IR',
  confidence: 'H',
  note: 'ファイルの先頭に１件だけ記録する（ORCA 19281/19282）。次のレコードはレセプト共通レコードでなければならない（ORCA 19230）。医科の IR と同じ10項目だが、２番目は予備（審査支払機関ではない）で、請求年月には最新の診療年月を記録する。アフターケアの請求ファイルも同じレイアウト（SK・KW）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: '“IR”を記録する。' },
    { key: 'reserved1', name: '予備１', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。医科ではこの位置が「審査支払機関」。労災の請求先は都道府県労働局であり、審査支払機関コードは記録しない。' },
    { key: 'prefecture', name: '都道府県', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'rosai:1', required: 'required', confidence: 'H', note: '医療機関の所在地の都道府県コード。' },
    { key: 'scoreTable', name: '点数表', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'rosai:2', required: 'required', confidence: 'H', note: '“1”（医科）を記録する。' },
    { key: 'facilityCode', name: '医療機関コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '保険医療機関コード（７桁）。労災の指定病院等の番号は RS（AS）に記録する。' },
    { key: 'reserved2', name: '予備２', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'H', note: '記録を省略する。' },
    { key: 'facilityName', name: '医療機関名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', confidence: 'H', note: '２０文字を超える場合は、医療機関名がわかるように省略してよい（FAQ）。「(株)」等の環境依存文字・旧字体は使えない（FAQ）。' },
    // [M] 固定: ORCA18 sets the fixed flag, ORCA51 drops it; the 西暦 value is always 6 digits, so 固定 is kept.
    { key: 'billingMonth', name: '請求年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'M', note: '実際には、ファイル内のレセプトの最も新しい診療年月（療養期間の年月）を記録する：ORCA・SK・KW の３実装とも提出月ではなくこの値を書く [H]。療養期間―末日の年月がこれより後のレセプトは「次月以降に請求可能」とされる（ORCA 21590）。西暦 YYYYMM。2020年4月請求分以前は和暦 GYYMM（５桁、年号区分は別表3）。ORCA51 は固定の印を外している（和暦５桁も読むため）。' },
    { key: 'volume', name: 'マルチボリューム識別情報', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'H', note: 'ボリューム単位ごとに“00”から昇順に２桁の連続番号を記録する（単一ボリュームは“00”）。アフターケアのファイルでは SK は空欄、KW は“00”を書く [L]。' },
    { key: 'phone', name: '電話番号', mode: '英数', maxBytes: 15, format: '可変', kind: 'text', required: 'optional', confidence: 'H' },
  ],
});
