// 調剤 窓口負担額レコード (MF): reconstructed, kinds-chozai-dpc.md §2.3 "SN / JD / MF".
// Confidence: M — PO all-field table; layout = 医科 R04 MF [INF].
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - YR: yusuketakuma/yrese @ f4d0f8f71a62c3e55a57a79ad57092b10620cc70 : docs/claim/record_spec_reading_notes.md (読解ノート of the official R08 調剤 PDF iryokikan_in_07.pdf pp.1-4)
//   - IKA: shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04; used only by analogy, [INF])
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
import { defineRecord } from '../../types.js';

export const MF = /* @__PURE__ */ defineRecord({
  id: 'MF',
  name: '窓口負担額レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 MF (PO; layout = 医科 R04 MF [INF])',
  confidence: 'M',
  note: '医科 R04 の同名レコードと同じレイアウト（PO の全項目表で位置を確認）。任意、複数可。当分の間、一部負担金に係る区分の窓口負担額レコードを記録する（YR ※3）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“MF”を記録する。' },
    { key: 'windowBurdenClass', name: '窓口負担額区分', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'chozai:23', required: 'required', confidence: 'M', note: '別表23 窓口負担額区分コードを記録する。' },
    // [INF] 数字 9 可変 from the 医科 R04 MF 予備１〜３１; PO gives 9 as well.
    { key: 'reserved1', name: '予備１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved2', name: '予備２', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved3', name: '予備３', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved4', name: '予備４', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved5', name: '予備５', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved6', name: '予備６', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved7', name: '予備７', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved8', name: '予備８', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved9', name: '予備９', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved10', name: '予備１０', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved11', name: '予備１１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved12', name: '予備１２', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved13', name: '予備１３', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved14', name: '予備１４', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved15', name: '予備１５', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved16', name: '予備１６', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved17', name: '予備１７', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved18', name: '予備１８', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved19', name: '予備１９', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved20', name: '予備２０', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved21', name: '予備２１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved22', name: '予備２２', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved23', name: '予備２３', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved24', name: '予備２４', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved25', name: '予備２５', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved26', name: '予備２６', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved27', name: '予備２７', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved28', name: '予備２８', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved29', name: '予備２９', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved30', name: '予備３０', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
    { key: 'reserved31', name: '予備３１', mode: '数字', maxBytes: 9, format: '可変', required: 'omit', confidence: 'M' },
  ],
});
