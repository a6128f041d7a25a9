// 調剤 調剤報酬請求書レコード (GO): reconstructed, kinds-chozai-dpc.md §2.3 "GO" and §2.5 (totals).
// Confidence: M — name YR (official TOC), positions UP/PO [H]; widths and the totals rule [INF] from the 医科 R04 GO.
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - YR: yusuketakuma/yrese @ f4d0f8f71a62c3e55a57a79ad57092b10620cc70 : docs/claim/record_spec_reading_notes.md (読解ノート of the official R08 調剤 PDF iryokikan_in_07.pdf pp.1-4)
//   - UP: sosuke-hirayama/uke-parser @ ff553ce55e6695f0065ed0c0031af74034f79cc9 : uke_parser_chozai.rb (H30 field names by index)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - IKA: shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04; used only by analogy, [INF])
import { defineRecord } from '../../types.js';

export const GO = /* @__PURE__ */ defineRecord({
  id: 'GO',
  name: '調剤報酬請求書レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 GO, §2.5 (YR, UP, PO; rule = 医科 R04 GO [INF])',
  confidence: 'M',
  note: '調剤報酬請求書情報。１ファイル単位の最後に記録する（必須）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“GO”を記録する。' },
    // [INF] counting rule taken from the official 医科 R04 GO (HO + KO records); PO counts receipts instead [L].
    // [INF] width 6 可変 from the 医科 R04 GO.
    { key: 'totalCount', name: '総件数', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: '１ボリュームの場合は保険薬局単位のレセプトの総件数、複数ボリュームの場合は最終ボリュームにのみ記録する。件数は医科と同じくレセプト種別ごとに 医保単独1、医保+公費n種 1+n、公費単独1、公費n種 n を合算すると推定 [INF]（PO はレセプト数とする [L]）。' },
    // [INF] width 10 可変 and the 主保険 rule from the 医科 R04 GO.
    { key: 'totalPoints', name: '総合計点数', mode: '数字', maxBytes: 10, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: '各レセプトの主保険に係る合計点数の総合計（HO の合計点数、公費のみの場合は最初の KO の合計点数）。複数ボリュームの場合は最終ボリュームにのみ記録する（医科と同じと推定 [INF]）。' },
    { key: 'volume', name: 'マルチボリューム識別情報', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', required: 'required', confidence: 'M', note: '１ボリュームの場合は“99”。複数ボリュームの場合は“01”から昇順に記録し、最終ボリュームに“99”を記録する（医科と同じと推定 [INF]）。' },
  ],
});
