// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) ク 診療報酬請求書レコード.
import { defineRecord } from '../../types.js';

export const GO = /* @__PURE__ */ defineRecord({
  id: 'GO',
  name: '診療報酬請求書レコード',
  family: 'claim',
  source: '記録条件仕様（医科用）R04 第1章3(4)ク p.23',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“GO”を記録する。' },
    { key: 'totalCount', name: '総件数', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'conditional', note: '１ボリュームの場合は保険医療機関単位のレセプトの総件数、複数ボリュームの場合は最終ボリュームにのみ総件数を記録する。その他の場合は省略。件数はレセプト種別ごとに 医保単独1、医保+公費1～4種 2～5、公費単独1、公費2～4種 2～4 を合算。' },
    { key: 'totalPoints', name: '総合計点数', mode: '数字', maxBytes: 10, format: '可変', kind: 'integer', required: 'conditional', note: '各レセプトの主保険に係る点数の総合計点数（保険者レコードの合計点数、公費のみの場合は最初に記録された公費レコードの合計点数）。複数ボリュームの場合は最終ボリュームにのみ記録。その他の場合は省略。' },
    { key: 'volume', name: 'マルチボリューム識別情報', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '１ボリュームの場合は“99”。複数ボリュームの場合は、ボリューム単位ごとに“01”から昇順に２桁の連続番号を記録し、最終ボリュームに“99”を記録する。' },
  ],
  note: '診療報酬請求書情報。１ファイル単位の最後に記録（必須）。備考: 電子資格確認を行った結果、保険者等の振替又は分割となるレセプト等の場合は、審査支払機関において「総件数」及び「総合計点数」に“0”を記録する。',
});
