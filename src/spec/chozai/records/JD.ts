// 調剤 受診日等レコード (JD): reconstructed, kinds-chozai-dpc.md §2.3 "SN / JD / MF".
// Confidence: M — PO all-field table (負担者種別 + 31 日); day values are 別表22 受付等区分 (HDW-M, PO); layout = 医科 R04 JD [INF].
// Sources used:
//   - KCD: shared/spec/kinds-chozai-dpc.md §2 (調剤)
//   - PO: pharma-oss/pharma-oss @ 3c00a2775cbd8ed16b7fa8e1da27ce696c3cab92 : src/lib/receipt/dispensing_uke_validation.ts (all-field tables), dispensing_uke_official_body.ts (builders and byte limits)
//   - HDW: HealthDataWorks/fhir-ig-jp-rezept-medication @ 6175e85594b91da0399c3b18f40d15f386d9fe3e : gofsh_output/input/fsh/*-CodeSystem.fsh, input/pagecontent/mapping.md (cites R02bt1_4_kiroku_chozai.pdf)
//   - IKA: shared/spec/ika-R04/kiroku-ika-R0404.txt (official 医科 R04; used only by analogy, [INF])
// No official 調剤 text was readable: every fact carries a confidence mark. Modes and 固定/可変 that no source states are
// taken from the same-named 医科 R04 field and marked [INF] on the line.
import { defineRecord } from '../../types.js';

export const JD = /* @__PURE__ */ defineRecord({
  id: 'JD',
  name: '受診日等レコード',
  family: 'claim',
  source: 'kinds-chozai-dpc.md §2.3 JD (PO; layout = 医科 R04 JD [INF])',
  confidence: 'M',
  note: '医科 R04 の同名レコードと同じレイアウト（PO の全項目表で位置を確認）。任意、複数可（負担者種別ごとに１レコード）。日の情報は医科の受診等区分に代えて別表22 受付等区分コード。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“JD”を記録する。' },
    { key: 'payerType', name: '負担者種別', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'chozai:20', required: 'required', confidence: 'M' },
    { key: 'day1', name: '１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M', note: '当該日に調剤等がある場合は別表22 受付等区分コードを記録し、その他は省略する。各レコードの算定日情報（CZ の調剤月日、KI の算定日）がある日に対応する項目に記録する（医科と同じ規則と推定 [INF]）。一次請求では“9”を使わない。' },
    { key: 'day2', name: '２日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day3', name: '３日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day4', name: '４日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day5', name: '５日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day6', name: '６日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day7', name: '７日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day8', name: '８日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day9', name: '９日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day10', name: '１０日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day11', name: '１１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day12', name: '１２日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day13', name: '１３日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day14', name: '１４日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day15', name: '１５日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day16', name: '１６日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day17', name: '１７日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day18', name: '１８日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day19', name: '１９日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day20', name: '２０日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day21', name: '２１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day22', name: '２２日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day23', name: '２３日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day24', name: '２４日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day25', name: '２５日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day26', name: '２６日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day27', name: '２７日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day28', name: '２８日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day29', name: '２９日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day30', name: '３０日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
    { key: 'day31', name: '３１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'chozai:22', required: 'conditional', confidence: 'M' },
  ],
});
