// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) ア (ア) 医療機関情報レコード.
import { defineRecord } from '../../types.js';

export const IR = /* @__PURE__ */ defineRecord({
  id: 'IR',
  name: '医療機関情報レコード',
  family: 'claim',
  source: '記録条件仕様（医科用）R04 第1章3(4)ア(ア) p.5',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“IR”を記録する。' },
    { key: 'payer', name: '審査支払機関', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ika:1', required: 'required' },
    { key: 'prefecture', name: '都道府県', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'ika:2', required: 'required' },
    { key: 'scoreTable', name: '点数表', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ika:3', required: 'required' },
    { key: 'facilityCode', name: '医療機関コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit' },
    { key: 'facilityName', name: '医療機関名称', mode: '漢字', maxBytes: 40, format: '可変', required: 'required' },
    { key: 'billingMonth', name: '請求年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required' },
    { key: 'volume', name: 'マルチボリューム識別情報', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: 'ボリューム単位ごとに“00”から昇順に２桁の連続番号を記録する。' },
    { key: 'phone', name: '電話番号', mode: '英数', maxBytes: 15, format: '可変', required: 'optional' },
  ],
});
