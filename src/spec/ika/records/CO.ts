// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) オ (エ) コメントレコード.
import { defineRecord } from '../../types.js';

export const CO = /* @__PURE__ */ defineRecord({
  id: 'CO',
  name: 'コメントレコード',
  family: 'claim',
  source: '記録条件仕様（医科用）R04 第1章3(4)オ(エ) p.19',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“CO”を記録する。' },
    { key: 'practiceCategory', name: '診療識別', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'ika:20', required: 'conditional', note: '別表20 診療識別コードを記録する。診療識別を必要としないコメントの場合は、記録を省略する。' },
    { key: 'burdenCategory', name: '負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'ika:21', required: 'required' },
    { key: 'code', name: 'コメントコード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', note: '別に定めるコメントコードを記録する。' },
    { key: 'text', name: '文字データ', mode: '漢字', maxBytes: 76, format: '可変', required: 'conditional', personal: true, note: 'コメントコードに応じた文字情報又は数字情報等を記録する。文字データの記録を要しないコメントコードの場合は、記録を省略する。' },
  ],
  note: '摘要情報。記録は任意、複数可。臓器提供者レセプト情報内でも同じレイアウトを用い、負担区分は臓器受容者のレセプト種別に該当したコード（別表21）を記録する（第1章3(4)キ p.22）。注: 98レコード限度（第1章3(3)ア(オ)注1）は「必須※1」のSI/IY/TOについての注であり、COに及ぶかは本文上明確でない。',
});
