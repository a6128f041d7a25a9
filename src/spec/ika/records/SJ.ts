// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) カ 症状詳記情報「症状詳記レコード」.
import { defineRecord } from '../../types.js';

export const SJ = /* @__PURE__ */ defineRecord({
  id: 'SJ',
  name: '症状詳記レコード',
  family: 'claim',
  source: '記録条件仕様（医科用）R04 第1章3(4)カ p.19',
  note: '症状詳記を記録（任意、複数可）。同一の症状詳記区分を複数記録する場合は症状詳記の順に記録する。段落を分ける場合は段落ごとに複数の症状詳記レコードに分けて記録する。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SJ”を記録する。' },
    { key: 'detailType', name: '症状詳記区分', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'ika:23', required: 'conditional', note: '同一症状詳記区分の症状詳記データを複数レコードにまたがって記録する場合は、後続レコードの症状詳記区分の記録を省略する。' },
    { key: 'detailText', name: '症状詳記データ', mode: '漢字', maxBytes: 2400, format: '可変', kind: 'text', required: 'required', personal: true, note: '症状詳記区分コードに応じた症状詳記を記録する。' },
  ],
});
