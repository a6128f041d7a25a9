// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) エ 傷病名情報「傷病名レコード」.
import { defineRecord } from '../../types.js';

export const SY = /* @__PURE__ */ defineRecord({
  id: 'SY',
  name: '傷病名レコード',
  family: 'claim',
  source: '記録条件仕様（医科用）R04 第1章3(4)エ p.14',
  note: '傷病名を記録（必須、１レセプトに複数可）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SY”を記録する。' },
    { key: 'diseaseCode', name: '傷病名コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', note: '別に定める傷病名コード。未コード化傷病名については“0000999”を記録する。' },
    { key: 'startDate', name: '診療開始日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', note: '保険診療を開始した年月日を西暦で記録する。' },
    { key: 'outcome', name: '転帰区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ika:18', required: 'required' },
    { key: 'modifierCodes', name: '修飾語コード', mode: '英数', maxBytes: 80, format: '可変', kind: 'digits', repeat: { unit: 4, max: 20 }, required: 'conditional', note: '傷病名コードの傷病名（未コード化傷病名を除く）に接頭語又は接尾語が必要な場合に、別に定める修飾語コードを順に記録。最大２０個まで。バイト数は４の倍数。' },
    { key: 'diseaseName', name: '傷病名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', note: '未コード化傷病名（“0000999”）に限り、当該傷病名を記録する。その他は省略。' },
    { key: 'mainDisease', name: '主傷病', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'ika:19', required: 'conditional', note: '主傷病の場合に記録する。その他は省略。' },
    { key: 'supplementaryComment', name: '補足コメント', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', note: '傷病名に対する補足コメントが必要な場合に記録する。その他は省略。' },
  ],
});
