// Reconstructed from shared/spec/return-files.md §2.4 (HG 返戻合計レコード). [H]: MD13, ORCA ORCBM550, ORV GOHG_IDX.
import { defineRecord } from '../../types.js';

export const HG = /* @__PURE__ */ defineRecord({
  id: 'HG',
  name: '返戻合計レコード',
  family: 'return',
  source: 'return-files.md §2.4 (MD13 rezept.hrl; ORCA ORCBM550; ORV GOHG_IDX)',
  confidence: 'H',
  note: '保険医療機関単位データの最後に記録必須（GO と同じ形）。「総件数及び総合計点数の集計方法については、一次請求記録条件仕様の…「診療報酬請求書レコード」の注と同じ。」: 医保単独 1件、医保＋公費 n 種 = 1+n 件、公費単独 n 種 = n 件；総合計点数は主保険の合計点数（HO、HO がなければ第一公費の KO）。履歴管理ブロックの行は数えない。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HG”を記録する。' },
    { key: 'totalCount', name: '総件数', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', note: '「1 保険医療機関単位のレセプト件数を合計して記録する。 … 3 複数ボリュームに分割して記録した場合、保険医療機関単位の最終ボリューム以外は、記録を省略する。」' },
    { key: 'totalPoints', name: '総合計点数', mode: '数字', maxBytes: 10, format: '可変', kind: 'integer', required: 'conditional', note: '「1 保険医療機関単位の各レセプトの主保険に係る合計点数を合算して記録する。」 最終ボリューム以外は記録を省略する。' },
    { key: 'volume', name: 'マルチボリューム識別情報', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '「保険医療機関単位に、最終ボリューム以外の場合は“01”から昇順に2桁の連続番号を記録し、最終ボリュームの場合は“99”を記録する。」 ORCA は“99”以外を警告 W10 とする。' },
  ],
});
