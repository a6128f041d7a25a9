// 調剤 資格確認レコード (SN): reconstructed, kinds-chozai-dpc.md §2.3 "SN / JD / MF".
// Confidence: M — PO all-field table; shape identical to the official 医科 R04 SN (第1章3(4)ウ(ウ) p.12), whose modes/widths/notes are applied [INF].
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - YR: yusuketakuma/yrese @ f4d0f8f71a62c3e55a57a79ad57092b10620cc70 : docs/claim/record_spec_reading_notes.md (読解ノート of the official R08 調剤 PDF iryokikan_in_07.pdf pp.1-4)
//   - IKA: shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04; used only by analogy, [INF])
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
import { defineRecord } from '../../types.js';

export const SN = /* @__PURE__ */ defineRecord({
  id: 'SN',
  name: '資格確認レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 SN (PO; layout = 医科 R04 SN [INF])',
  confidence: 'M',
  note: '医科 R04 の同名レコードと同じレイアウト（PO の全項目表で位置を確認）。任意、複数可。保険薬局からの請求時は、保険者レコードに対応する資格確認レコード、及び負担者番号が“12”で始まる公費レコードに対応する資格確認レコードを記録する（YR ※2）。医科と異なり公費単独レセプトでも記録できる。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SN”を記録する。' },
    { key: 'payerType', name: '負担者種別', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:20', required: 'required', confidence: 'M' },
    { key: 'confirmationType', name: '確認区分', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'chozai:21', required: 'conditional', confidence: 'M', note: '保険薬局からの請求時は、「負担者種別」が“1”である場合に記録する（医科と同じと推定 [INF]）。一次請求では別表21の“01”のみを使う（同）。' },
    { key: 'insurerNumberConfirmed', name: '保険者番号等（資格確認）', mode: '英数', maxBytes: 8, format: '可変', kind: 'digits', required: 'omit', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, confidence: 'M', note: '記録を省略する。一次請求の場合は省略；履歴請求データについては審査支払機関で記録されたままとする（医科と同じと推定 [INF]）。' },
    { key: 'cardSymbolConfirmed', name: '被保険者証（手帳）等の記号（資格確認）', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'omit', personal: true, confidence: 'M', note: '記録を省略する（医科と同じと推定 [INF]）。R08 では「被保険者資格に係る記号」（PO [L]）。' },
    { key: 'cardNumberConfirmed', name: '被保険者証（手帳）等の番号（資格確認）', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'omit', personal: true, confidence: 'M', note: '記録を省略する（医科と同じと推定 [INF]）。R08 では「被保険者資格に係る番号」（PO [L]）。' },
    { key: 'branchNumber', name: '枝番', mode: '英数', maxBytes: 2, format: '可変', kind: 'digits', required: 'conditional', personal: true, confidence: 'M', note: '電子資格確認で通知された枝番又は被保険者証等の「枝番」欄の番号。２桁に満たない場合は先頭に“0”を記録し２桁。後期高齢者医療又は負担者種別が公費負担医療の場合は省略（医科と同じと推定 [INF]）。' },
    { key: 'recipientNumber', name: '受給者番号', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'omit', mask: { checkDigit: true }, personal: true, confidence: 'M', note: '記録を省略する（医科と同じと推定 [INF]）。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', confidence: 'M' },
  ],
});
